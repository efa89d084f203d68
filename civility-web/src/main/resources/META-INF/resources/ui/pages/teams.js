// teams page of the browser UI (队伍). Texts: org/civility/web/ui/station*.properties, keys "station.teams.*".
// A station's five teams (专家, 专业, 志愿者, 五老, 草根宣讲) and their members: form a team, find a registered
// volunteer of the station by name or phone and add them, take a member off. A five-elders member joins with one of
// the five categories (R-TEAM-1), a professional team's member with what they do; the API checks both again.
import { t, h, field, select, table, formatDate, get, getAll, del, post, button, act, form, submit, limit, can, navigate, ifMatch } from '../app.js';
import { stationPage, label, options, done } from './station.js';

export const TEAM_KINDS = {
  EXPERT: 'station.teams.kind.EXPERT', PROFESSIONAL: 'station.teams.kind.PROFESSIONAL',
  VOLUNTEER: 'station.teams.kind.VOLUNTEER', FIVE_ELDERS: 'station.teams.kind.FIVE_ELDERS',
  GRASSROOTS_SPEAKER: 'station.teams.kind.GRASSROOTS_SPEAKER',
};
const CATEGORIES = {
  VETERAN_PARTY_MEMBER: 'station.teams.category.VETERAN_PARTY_MEMBER', RETIRED_CADRE: 'station.teams.category.RETIRED_CADRE',
  VETERAN_SOLDIER: 'station.teams.category.VETERAN_SOLDIER', RETIRED_TEACHER: 'station.teams.category.RETIRED_TEACHER',
  FORMER_MODEL_WORKER: 'station.teams.category.FORMER_MODEL_WORKER',
};
const PROFESSIONS = {
  ARTIST: 'station.teams.profession.ARTIST', LAWYER: 'station.teams.profession.LAWYER',
  DOCTOR: 'station.teams.profession.DOCTOR', TECHNICIAN: 'station.teams.profession.TECHNICIAN',
  SUCCESSFUL_FARMER: 'station.teams.profession.SUCCESSFUL_FARMER', OTHER: 'station.teams.profession.OTHER',
};

/** Whether a volunteer matches what was typed: part of the real name, or digits of the phone (masked or not). */
function matches(v, query) {
  const q = query.trim();
  if (!q) return false;
  if (v.realName.includes(q)) return true;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 3 && (v.phone ?? '').replace(/\D/g, '').includes(digits);
}

stationPage('station-teams', {
  title: 'station.teams.title',
  nav: 'station.teams.nav',
  visible: () => can('MANAGE_TEAMS', ['STATION']),
  content: async (body, station, params) => {
    const route = extra => ({ unit: station.id, ...extra });
    const [teams, volunteers] = await Promise.all([getAll(`v1/teams?unit=${station.id}`, 500),
      getAll(`v1/volunteers?unit=${station.id}`, 5000)]);
    const manage = can('MANAGE_TEAMS', ['STATION']);

    body.append(h('h2', { id: 'teams-heading', text: t('station.teams.list') }),
      h('p', { class: 'hint', text: t('station.teams.intro') }));
    if (!teams.length) body.append(h('p', { id: 'teams-none', text: t('station.teams.none') }));
    else {
      body.append(table(['station.teams.name', 'station.teams.kindCol', 'station.teams.members', 'station.teams.formedAt',
        'common.actions'], teams.map(x => [x.name, label(TEAM_KINDS, x.kind), String(x.memberCount), formatDate(x.formedAt, false),
        button(t('station.teams.open'), () => navigate('station-teams', route({ team: x.id })), {
          class: 'secondary', 'aria-label': t('station.teams.openLabel', { name: x.name }),
          'aria-pressed': String(x.id === params.team) })]), { id: 'teams', 'aria-labelledby': 'teams-heading' }));
    }
    const chosen = teams.find(x => x.id === params.team);
    if (chosen) body.append(teamPanel(await get(`v1/teams/${chosen.id}`), volunteers, params, route, manage));
    if (manage) body.append(formTeamForm(station, route));
  },
});

/** One team: its members, each with what they are in it, and (for its keepers) finding and adding a volunteer. */
function teamPanel(team, volunteers, params, route, manage) {
  const names = new Map(volunteers.map(v => [v.id, v.realName]));
  const again = (text, extra = {}) => done('station-teams', route({ team: team.id, ...extra }), text);
  const panel = h('section', { class: 'panel', id: 'team-panel', 'aria-labelledby': 'team-heading' },
    h('h2', { id: 'team-heading', text: t('station.teams.of', { name: team.name }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('station.teams.kindCol') }), h('dd', { id: 'team-kind', text: label(TEAM_KINDS, team.kind) }),
      h('dt', { text: t('station.teams.formedAt') }), h('dd', { text: formatDate(team.formedAt, false) })));
  const what = m => (m.category ? label(CATEGORIES, m.category) : m.profession ? label(PROFESSIONS, m.profession) : '');
  panel.append(h('h3', { id: 'members-heading', text: t('station.teams.membersOf', { n: team.members.length }) }));
  if (!team.members.length) panel.append(h('p', { id: 'team-members-none', text: t('station.teams.noMembers') }));
  else {
    const headers = ['station.teams.member', 'station.teams.role', 'station.teams.joinedAt'];
    panel.append(table(manage ? [...headers, 'common.actions'] : headers, team.members.map(m => {
      const name = names.get(m.volunteerId) ?? m.volunteerId;
      const cells = [name, what(m), formatDate(m.joinedAt, false)];
      if (!manage) return cells;
      const remove = button(t('station.teams.remove'), null, { class: 'secondary',
        'aria-label': t('station.teams.removeLabel', { name, team: team.name }) });
      remove.addEventListener('click', act(panel, remove, async () => {
        await del(`v1/teams/${team.id}/members/${m.volunteerId}`, ifMatch(team.version));
        again(t('station.teams.removed', { name, team: team.name }));
      }));
      return [...cells, remove];
    }), { id: 'team-members', 'aria-labelledby': 'members-heading' }));
  }
  if (manage) panel.append(addMemberSection(team, volunteers, params, again));
  return panel;
}

/** Finds the station's volunteers by name or phone, then adds the one chosen with their category or profession. */
function addMemberSection(team, volunteers, params, again) {
  const query = (params.q ?? '').trim();
  const input = h('input', { name: 'q', id: 'member-search-q', value: query, maxlength: 50, autocomplete: 'off' });
  const section = h('section', { 'aria-labelledby': 'add-member-heading' },
    h('h3', { id: 'add-member-heading', text: t('station.teams.addMember') }),
    form({ id: 'member-search', role: 'search', 'aria-label': t('station.teams.search') },
      [field('station.teams.searchLabel', input, 'station.teams.searchHint'), submit('station.teams.find')],
      async () => again(null, { q: input.value.trim() })));
  if (!query) return section;
  const members = new Set(team.members.map(m => m.volunteerId));
  const found = volunteers.filter(v => !members.has(v.id) && matches(v, query)).slice(0, 50);
  section.append(h('p', { id: 'member-search-result', role: 'status',
    text: found.length ? t('station.teams.found', { n: found.length, q: query }) : t('station.teams.notFound', { q: query }) }));
  if (!found.length) return section;
  const volunteer = select({ name: 'volunteer', required: true }, found.map(v => ({ value: v.id,
    label: t('station.teams.volunteerOption', { name: v.realName, phone: v.phone ?? '', age: v.age }) })));
  const parts = [field('station.teams.volunteer', volunteer)];
  let category = null;
  let profession = null;
  if (team.kind === 'FIVE_ELDERS') {
    category = select({ name: 'category', required: true }, options(CATEGORIES), 'VETERAN_PARTY_MEMBER');
    parts.push(field('station.teams.category', category, 'station.teams.categoryHint'));
  }
  if (team.kind === 'PROFESSIONAL') {
    profession = select({ name: 'profession' }, [{ value: '', label: t('station.teams.noProfession') }, ...options(PROFESSIONS)], '');
    parts.push(field('station.teams.profession', profession));
  }
  section.append(form({ id: 'add-member' }, [...parts, submit('station.teams.add')], async () => {
    const name = found.find(v => v.id === volunteer.value)?.realName ?? '';
    await post(`v1/teams/${team.id}/members`, { volunteerId: volunteer.value, category: category?.value || null,
      profession: profession?.value || null }, ifMatch(team.version));
    again(t('station.teams.added', { name, team: team.name }));
  }));
  return section;
}

function formTeamForm(station, route) {
  const kind = select({ name: 'kind' }, options(TEAM_KINDS), 'VOLUNTEER');
  const name = h('input', { name: 'name', required: true, ...limit('FormTeamDto.name'), autocomplete: 'off' });
  return h('section', { 'aria-labelledby': 'form-team-heading' },
    h('h2', { id: 'form-team-heading', text: t('station.teams.form') }),
    h('p', { class: 'hint', text: t('station.teams.formHint') }),
    form({ id: 'form-team' }, [field('station.teams.kindCol', kind), field('station.teams.name', name),
      submit('station.teams.formSubmit')], async () => {
      const team = await post('v1/teams', { unit: station.id, kind: kind.value, name: name.value.trim() });
      done('station-teams', route({ team: team.id }), t('station.teams.formed', { name: team.name }));
    }));
}
