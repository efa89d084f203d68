// station assessments of the browser UI (领导小组考核, R-ASSESS-1). Texts: org/civility/web/ui/institute*.properties,
// keys "institute.assess.*". For those who assess the stations below an institute or a center (core's
// ASSESS_STATIONS, from /me): a station's figures for whole months that have ended, the rating and the rewards or
// penalties decided, stored with those figures; and the station's assessments made before.
import {
  page, t, h, field, select, table, formatDate, get, post, form, submit, limit, can, unitsWith, navigate, subtreeOf,
  success, validMonth,
} from '../app.js';

const TIERS = ['INSTITUTE', 'CENTER'];
const RATINGS = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'];

const pad = n => String(n).padStart(2, '0');
/** The month before this one (YYYY-MM, in the browser's zone): the latest that has ended. */
function lastMonth() {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}
const rating = r => t(`institute.assess.rating.${r}`);

function figuresTable(f) {
  return table(['institute.assess.figure', 'institute.assess.value'], [
    [t('institute.assess.venues'), String(f.venues)],
    [t('institute.assess.teams'), String(f.teams)],
    [t('institute.assess.activities'), String(f.activitiesHeld)],
    [t('institute.assess.lectureMonths'), t('institute.assess.ofMonths', { kept: f.lectureMonthsKept, months: f.lectureMonths })],
    [t('institute.assess.records'), t('institute.assess.ofActivities', { complete: f.recordsComplete, held: f.activitiesHeld })],
  ], { id: 'assess-figures' });
}

function history(assessments) {
  if (!assessments.length) return h('p', { id: 'assess-history-none', text: t('institute.assess.historyNone') });
  return table(['institute.assess.period', 'institute.assess.rating', 'institute.assess.figuresShort',
    'institute.assess.decision', 'institute.assess.by'], assessments.map(a => [
    a.from === a.to ? a.from : `${a.from} — ${a.to}`,
    rating(a.rating),
    t('institute.assess.figuresLine', { venues: a.figures.venues, teams: a.figures.teams,
      activities: a.figures.activitiesHeld, kept: a.figures.lectureMonthsKept, months: a.figures.lectureMonths,
      complete: a.figures.recordsComplete }),
    a.decision,
    `${a.assessedBy}（${formatDate(a.assessedAt)}）`,
  ]), { id: 'assess-history' });
}

page('assessments', {
  title: 'institute.assess.title',
  nav: 'institute.assess.nav',
  visible: () => can('ASSESS_STATIONS', TIERS),
  render: async (body, params) => {
    const stations = (await subtreeOf(unitsWith('ASSESS_STATIONS', TIERS)))
      .map(({ unit }) => unit).filter(u => u.tier === 'STATION');
    if (!stations.length) {
      body.append(h('p', { id: 'assess-no-station', text: t('institute.assess.noStation') }));
      return;
    }
    const station = stations.find(s => s.id === params.station) ?? stations[0];
    const from = validMonth(params.from) ?? lastMonth();
    const to = validMonth(params.to) ?? from;
    const stationChoice = select({ name: 'station', id: 'assess-station' },
      stations.map(s => ({ value: s.id, label: s.name })), station.id);
    const fromInput = h('input', { type: 'month', name: 'from', id: 'assess-from', required: true, value: from, max: lastMonth() });
    const toInput = h('input', { type: 'month', name: 'to', id: 'assess-to', required: true, value: to, max: lastMonth() });
    body.append(h('p', { class: 'hint', text: t('institute.assess.intro') }),
      form({ id: 'assess-period', class: 'stack export-period' }, [field('institute.assess.station', stationChoice),
        field('institute.assess.from', fromInput), field('institute.assess.to', toInput), submit('institute.assess.show')],
      async () => navigate('assessments', { station: stationChoice.value, from: fromInput.value, to: toInput.value })));

    const [figures, made] = await Promise.all([
      get(`v1/assessments/figures?station=${station.id}&from=${from}&to=${to}`),
      get(`v1/assessments?station=${station.id}&limit=50`),
    ]);
    const historyBox = h('div', { id: 'assess-history-box' }, history(made.items));
    const ratingChoice = select({ name: 'rating', id: 'assess-rating' }, RATINGS.map(r => ({ value: r, label: rating(r) })), 'PASS');
    const decision = h('textarea', { name: 'decision', id: 'assess-decision', required: true, rows: 3,
      ...limit('AssessStationDto.decision') });
    const assess = form({ id: 'assess-form' }, [
      h('h2', { id: 'assess-figures-heading', text: t('institute.assess.figuresOf', { station: station.name,
        period: from === to ? from : `${from} — ${to}` }) }),
      figuresTable(figures),
      field('institute.assess.rating', ratingChoice),
      field('institute.assess.decision', decision, 'institute.assess.decisionHint'),
      submit('institute.assess.submit')], async f => {
      const stored = await post('v1/assessments', { station: station.id, from, to, rating: ratingChoice.value,
        decision: decision.value.trim() });
      decision.value = '';
      const list = await get(`v1/assessments?station=${station.id}&limit=50`);
      historyBox.replaceChildren(history(list.items));
      success(f, t('institute.assess.stored', { station: station.name, rating: rating(stored.rating) }));
    }, { again: true, notices: true });
    body.append(assess, h('h2', { id: 'assess-history-heading', text: t('institute.assess.history', { station: station.name }) }),
      historyBox);
  },
});
