// family ceremonies page of the browser UI (庆, 红白理事会). Texts: org/civility/web/ui/station*.properties, keys
// "station.ceremonies.*". A station's red-and-white affairs council registers weddings and funerals; one over the
// village's limits (村规民约) is recorded all the same and flagged with each limit it breaks, for the council's
// persuasion visit (劝导), which is recorded here (R-CELE-1). Below, the year's "our festivals" plan (我们的节日).
import {
  t, h, field, select, table, formatDate, get, post, getAll, button, act, form, submit, limit, can, navigate, ifMatch, THEMES,
} from '../app.js';
import { stationPage, label, options, done } from './station.js';

const KINDS = { WEDDING: 'station.ceremonies.kind.WEDDING', FUNERAL: 'station.ceremonies.kind.FUNERAL' };
const STATUS = {
  REGISTERED: 'station.ceremonies.status.REGISTERED', FLAGGED: 'station.ceremonies.status.FLAGGED',
  VISITED: 'station.ceremonies.status.VISITED',
};
const LIMITS = {
  'max-tables': 'station.ceremonies.limit.tables', 'max-gift-fen': 'station.ceremonies.limit.gift',
  'max-days': 'station.ceremonies.limit.days',
};
const FESTIVALS = {
  SPRING_FESTIVAL: 'station.ceremonies.festival.SPRING_FESTIVAL', LANTERN: 'station.ceremonies.festival.LANTERN',
  QINGMING: 'station.ceremonies.festival.QINGMING', DRAGON_BOAT: 'station.ceremonies.festival.DRAGON_BOAT',
  QIXI: 'station.ceremonies.festival.QIXI', MID_AUTUMN: 'station.ceremonies.festival.MID_AUTUMN',
  DOUBLE_NINTH: 'station.ceremonies.festival.DOUBLE_NINTH',
};

const yuan = fen => t('station.ceremonies.yuan', { n: (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) });
const day = iso => formatDate(`${iso}T00:00:00`, false);
const limitKey = setting => setting.slice(setting.lastIndexOf('.') + 1);
/** A limit's or a request's value as people say it: tables, yuan per guest, days. */
function amount(setting, value) {
  const key = limitKey(setting);
  if (key === 'max-gift-fen') return yuan(value);
  return t(key === 'max-days' ? 'station.ceremonies.days' : 'station.ceremonies.tables', { n: value });
}
function statusBadge(c) {
  return h('span', { class: `badge ceremony-${c.status.toLowerCase()}`, text: label(STATUS, c.status) });
}

stationPage('station-ceremonies', {
  title: 'station.ceremonies.title',
  nav: 'station.ceremonies.nav',
  visible: () => can('MANAGE_CELEBRATIONS', ['STATION']),
  content: async (body, station, params) => {
    const route = extra => ({ unit: station.id, ...extra });
    const ceremonies = (await getAll(`v1/ceremonies?unit=${station.id}`, 1000)).reverse();
    const chosen = ceremonies.find(c => c.id === params.ceremony);
    if (chosen) body.append(ceremonyPanel(await get(`v1/ceremonies/${chosen.id}`), route));

    const flagged = ceremonies.filter(c => c.status === 'FLAGGED').length;
    body.append(h('h2', { id: 'ceremonies-heading', text: t('station.ceremonies.list') }),
      h('p', { id: 'ceremonies-flagged', class: flagged ? 'month-status missed' : 'hint',
        text: flagged ? t('station.ceremonies.flaggedCount', { n: flagged }) : t('station.ceremonies.noneFlagged') }));
    if (!ceremonies.length) body.append(h('p', { id: 'ceremonies-none', text: t('station.ceremonies.none') }));
    else {
      body.append(table(['station.ceremonies.date', 'station.ceremonies.kind', 'station.ceremonies.host',
        'station.ceremonies.tablesCol', 'station.ceremonies.giftCol', 'station.ceremonies.daysCol', 'common.status',
        'station.ceremonies.breaches', 'common.actions'], ceremonies.map(c => [
        day(c.date), label(KINDS, c.kind), c.host, String(c.tables), yuan(c.giftFen), String(c.days), statusBadge(c),
        c.breaches.length ? c.breaches.map(b => t(LIMITS[limitKey(b.setting)] ?? b.setting)).join('、') : t('station.ceremonies.withinLimits'),
        button(t('station.ceremonies.open'), () => navigate('station-ceremonies', route({ ceremony: c.id })), {
          class: 'secondary', 'aria-label': t('station.ceremonies.openLabel', { host: c.host, date: day(c.date) }),
          'aria-pressed': String(c.id === params.ceremony) }),
      ]), { id: 'ceremonies', 'aria-labelledby': 'ceremonies-heading' }));
    }
    body.append(registerForm(station, route));
    body.append(await festivalPlan(station, params, route));
  },
});

/** One ceremony: what was declared against the limits it was checked by, each breach, and the persuasion visit. */
function ceremonyPanel(c, route) {
  const panel = h('section', { class: 'panel', id: 'ceremony-panel', 'aria-labelledby': 'ceremony-heading' },
    h('h2', { id: 'ceremony-heading', text: t('station.ceremonies.of', { host: c.host, kind: label(KINDS, c.kind) }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('common.status') }), h('dd', { id: 'ceremony-status' }, statusBadge(c)),
      h('dt', { text: t('station.ceremonies.date') }), h('dd', { text: day(c.date) }),
      h('dt', { text: t('station.ceremonies.registeredBy') }), h('dd', { text: `${c.registeredBy} · ${formatDate(c.registeredAt)}` })));
  const rows = [['max-tables', c.tables, c.limitsApplied.maxTables], ['max-gift-fen', c.giftFen, c.limitsApplied.maxGiftFen],
    ['max-days', c.days, c.limitsApplied.maxDays]];
  panel.append(h('h3', { id: 'ceremony-limits-heading', text: t('station.ceremonies.againstLimits') }),
    table(['station.ceremonies.item', 'station.ceremonies.requested', 'station.ceremonies.villageLimit', 'station.ceremonies.check'],
      rows.map(([key, requested, max]) => [t(LIMITS[key]), amount(key, requested), amount(key, max),
        requested > max ? h('strong', { class: 'over', text: t('station.ceremonies.over', { by: amount(key, requested - max) }) })
          : t('station.ceremonies.within')]), { id: 'ceremony-limits', 'aria-labelledby': 'ceremony-limits-heading' }));
  if (c.status === 'FLAGGED') {
    panel.append(h('p', { id: 'ceremony-flagged', class: 'month-status missed', text: t('station.ceremonies.flaggedHint', {
      breaches: c.breaches.map(b => t('station.ceremonies.breach', { what: t(LIMITS[limitKey(b.setting)] ?? b.setting),
        requested: amount(b.setting, b.requested), limit: amount(b.setting, b.limit) })).join('；') }) }));
    const note = h('textarea', { name: 'note', rows: 3, required: true, ...limit('VisitDto.note') });
    panel.append(h('h3', { id: 'visit-heading', text: t('station.ceremonies.visit') }),
      form({ id: 'record-visit', 'aria-labelledby': 'visit-heading' }, [field('station.ceremonies.visitNote', note, 'station.ceremonies.visitHint'),
        submit('station.ceremonies.saveVisit')], async () => {
        await post(`v1/ceremonies/${c.id}/visit`, { note: note.value.trim() }, ifMatch(c.version));
        done('station-ceremonies', route({ ceremony: c.id }), t('station.ceremonies.visited', { host: c.host }));
      }));
  }
  if (c.visit) {
    panel.append(h('h3', { text: t('station.ceremonies.visit') }), h('p', { id: 'ceremony-visit',
      text: t('station.ceremonies.visitRecord', { who: c.visit.visitedBy, when: formatDate(c.visit.visitedAt), note: c.visit.note }) }));
  }
  return panel;
}

function registerForm(station, route) {
  const kind = select({ name: 'kind' }, options(KINDS), 'WEDDING');
  const host = h('input', { name: 'host', required: true, ...limit('RegisterCeremonyDto.host'), autocomplete: 'off' });
  const date = h('input', { name: 'date', type: 'date', required: true });
  const tables = h('input', { name: 'tables', type: 'number', min: 1, max: 500, required: true, inputmode: 'numeric' });
  const gift = h('input', { name: 'gift', type: 'number', min: 0, step: '0.01', required: true, inputmode: 'decimal' });
  const days = h('input', { name: 'days', type: 'number', min: 1, max: 30, required: true, value: 1, inputmode: 'numeric' });
  return h('section', { 'aria-labelledby': 'register-ceremony-heading' },
    h('h2', { id: 'register-ceremony-heading', text: t('station.ceremonies.register') }),
    h('p', { class: 'hint', text: t('station.ceremonies.registerHint') }),
    form({ id: 'register-ceremony' }, [field('station.ceremonies.kind', kind), field('station.ceremonies.host', host, 'station.ceremonies.hostHint'),
      field('station.ceremonies.date', date), field('station.ceremonies.tablesCol', tables),
      field('station.ceremonies.gift', gift, 'station.ceremonies.giftHint'), field('station.ceremonies.daysCol', days),
      submit('station.ceremonies.registerSubmit')], async () => {
      const c = await post('v1/ceremonies', { unit: station.id, kind: kind.value, host: host.value.trim(), date: date.value,
        tables: Number(tables.value), giftFen: Math.round(Number(gift.value) * 100), days: Number(days.value) });
      done('station-ceremonies', route({ ceremony: c.id }), t(c.status === 'FLAGGED' ? 'station.ceremonies.registeredFlagged'
        : 'station.ceremonies.registered', { host: c.host, n: c.breaches.length }));
    }));
}

/** 我们的节日: the year's festivals with the celebration suggested for each, and planning them as activities. */
async function festivalPlan(station, params, route) {
  const thisYear = new Date().getFullYear();
  const year = Number(params.year) >= 1900 && Number(params.year) <= 2100 ? Number(params.year) : thisYear;
  const plan = await get(`v1/units/${station.id}/festival-plan?year=${year}`);
  const choice = select({ name: 'year', id: 'festival-year' }, [thisYear - 1, thisYear, thisYear + 1].map(y => ({
    value: String(y), label: t('station.ceremonies.yearOption', { year: y }) })), String(year));
  choice.addEventListener('change', () => navigate('station-ceremonies', route({ year: choice.value })));
  const section = h('section', { 'aria-labelledby': 'festival-heading' },
    h('h2', { id: 'festival-heading', text: t('station.ceremonies.festivals', { year }) }),
    h('p', { class: 'hint', text: t('station.ceremonies.festivalsHint') }),
    h('div', { class: 'station-bar' }, field('station.ceremonies.year', choice)),
    table(['station.ceremonies.festival', 'station.ceremonies.date', 'station.ceremonies.suggestion', 'station.ceremonies.themes'],
      plan.items.map(p => [label(FESTIVALS, p.festival) || p.name, day(p.date), p.title,
        p.themes.map(x => label(THEMES, x)).join('、')]), { id: 'festival-plan', 'aria-labelledby': 'festival-heading' }));
  if (can('MANAGE_ACTIVITIES', ['STATION'])) {
    const planAll = button(t('station.ceremonies.planActivities'), null, { id: 'plan-festivals' });
    planAll.addEventListener('click', act(section, planAll, async () => {
      const planned = await post(`v1/units/${station.id}/festival-plan/activities?year=${year}`, {});
      done('station-ceremonies', route({ year: String(year) }), t('station.ceremonies.planned', { n: planned.length }));
    }));
    section.append(h('p', { class: 'hint', text: t('station.ceremonies.planHint') }), h('div', { class: 'actions' }, planAll));
  }
  return section;
}
