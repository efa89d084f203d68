// commendations page of the browser UI (表彰). Texts: org/civility/web/ui/station*.properties, keys
// "station.commendations.*". The year's commended at a station: its outstanding volunteers and teams (R-RECG-1, ranked
// by hours then ratings within each unit's quota, GET v1/units/{id}/commendations), a volunteer named only if they
// consented to public naming; and the households and people its appraisal campaigns awarded that year (评, R-APPR-1).
import { t, h, field, select, table, formatDate, get, getAll, unit, can, navigate } from '../app.js';
import { stationPage, label, APPRAISAL_KINDS } from './station.js';


const hours = n => t('station.commendations.hoursOf', { n: n.toLocaleString('zh-CN', { maximumFractionDigits: 1 }) });

stationPage('station-commendations', {
  title: 'station.commendations.title',
  nav: 'station.commendations.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']),
  content: async (body, station, params) => {
    const thisYear = new Date().getFullYear();
    const year = Number(params.year) >= 1900 && Number(params.year) <= 2100 ? Number(params.year) : thisYear;
    const choice = select({ name: 'year', id: 'commendations-year' }, [thisYear - 2, thisYear - 1, thisYear].map(y => ({
      value: String(y), label: t('station.commendations.yearOption', { year: y }) })), String(year));
    choice.addEventListener('change', () => navigate('station-commendations', { unit: station.id, year: choice.value }));
    body.append(h('div', { class: 'station-bar' }, field('station.commendations.year', choice, 'station.commendations.yearHint')));

    const [commendation, campaigns, households] = await Promise.all([
      get(`v1/units/${station.id}/commendations?year=${year}`), getAll(`v1/appraisals?unit=${station.id}`, 500),
      getAll(`v1/households?unit=${station.id}`, 5000)]);
    const unitName = async id => (id === station.id ? station.name : (await unit(id).catch(() => null))?.name ?? '');
    const units = new Map();
    for (const c of commendation.commended) if (!units.has(c.unit)) units.set(c.unit, await unitName(c.unit));

    const volunteers = commendation.commended.filter(c => c.nominee === 'VOLUNTEER');
    const teams = commendation.commended.filter(c => c.nominee === 'TEAM');
    const rating = c => (c.averageRating ? t('station.commendations.ratingOf', { n: c.averageRating }) : t('station.commendations.noRating'));

    body.append(h('h2', { id: 'commended-volunteers-heading', text: t('station.commendations.volunteers', { year }) }),
      h('p', { class: 'hint', text: t('station.commendations.volunteersHint') }));
    body.append(volunteers.length
      ? table(['station.commendations.rank', 'station.commendations.volunteer', 'station.commendations.unit',
        'station.commendations.hours', 'station.commendations.rating'], volunteers.map(c => [String(c.rank),
        c.named ? c.name : h('em', { text: t('station.commendations.unnamed') }), units.get(c.unit), hours(c.hours), rating(c)]),
      { id: 'commended-volunteers', 'aria-labelledby': 'commended-volunteers-heading' })
      : h('p', { id: 'commended-volunteers-none', text: t('station.commendations.noVolunteers') }));

    body.append(h('h2', { id: 'commended-teams-heading', text: t('station.commendations.teams', { year }) }));
    body.append(teams.length
      ? table(['station.commendations.rank', 'station.commendations.team', 'station.commendations.unit',
        'station.commendations.hours'], teams.map(c => [String(c.rank), c.name ?? '', units.get(c.unit), hours(c.hours)]),
      { id: 'commended-teams', 'aria-labelledby': 'commended-teams-heading' })
      : h('p', { id: 'commended-teams-none', text: t('station.commendations.noTeams') }));

    // The appraisals' awards of the year: a nomination stands once its campaign is awarded (R-APPR-1).
    const heads = new Map(households.map(x => [x.id, x.head]));
    const awards = campaigns.filter(c => c.year === year && c.phase === 'AWARDED').flatMap(c => c.nominations
      .filter(n => n.status === 'AWARDED').map(n => [label(APPRAISAL_KINDS, c.kind), c.title,
        heads.get(n.householdId) ?? '', n.person ?? '', n.stars ? t('station.commendations.stars', { n: n.stars }) : '',
        formatDate(c.awardedAt, false)]));
    body.append(h('h2', { id: 'commended-households-heading', text: t('station.commendations.households', { year }) }),
      h('p', { class: 'hint', text: t('station.commendations.householdsHint') }));
    body.append(awards.length
      ? table(['station.commendations.kind', 'station.commendations.campaign', 'station.commendations.household',
        'station.commendations.person', 'station.commendations.starsCol', 'station.commendations.awardedAt'], awards,
      { id: 'commended-households', 'aria-labelledby': 'commended-households-heading' })
      : h('p', { id: 'commended-households-none', text: t('station.commendations.noHouseholds') }));
  },
});
