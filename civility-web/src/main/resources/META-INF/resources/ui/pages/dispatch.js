// dispatch page of the browser UI (派单). Texts: org/civility/web/ui/station*.properties, keys "station.dispatch.*".
// The orders a unit handles that nobody has taken yet: a placed order is reviewed (or rejected with a reason), then
// offered to one of its ranked candidates, a volunteer or a team, with the reasons for each rank (skills, nearness,
// time, recent load), or opened for grabs (抢单). At an institute or a center these are the orders escalated to it
// (R-ORD-2). The API decides who may: MANAGE_ACTIVITIES at the handling unit.
import {
  page, t, h, field, select, table, formatDate, get, post, getAll, button, act, form, submit, limit, can, unitsWith,
  navigate, ifMatch, unit,
} from '../app.js';
import { label, done, instantOf, showFlash } from './station.js';

const WAITING = ['PLACED', 'REVIEWED', 'OFFERED', 'OPEN_FOR_GRABS'];
const STATUS = {
  PLACED: 'station.dispatch.status.PLACED', REVIEWED: 'station.dispatch.status.REVIEWED',
  OFFERED: 'station.dispatch.status.OFFERED', OPEN_FOR_GRABS: 'station.dispatch.status.OPEN_FOR_GRABS',
};
const KINDS = { VOLUNTEER: 'station.dispatch.kind.VOLUNTEER', TEAM: 'station.dispatch.kind.TEAM' };

/** The units whose orders the actor dispatches, stations first. */
const dispatchUnits = () => {
  const order = { STATION: 0, INSTITUTE: 1, CENTER: 2 };
  return unitsWith('MANAGE_ACTIVITIES', ['STATION', 'INSTITUTE', 'CENTER']).sort((a, b) => order[a.tier] - order[b.tier]);
};

/** The name of a volunteer or a team of a candidate or an offer (read once per page); its id if it cannot be read. */
function namer() {
  const names = new Map();
  return async (kind, id) => {
    const key = `${kind}:${id}`;
    if (!names.has(key)) {
      const path = kind === 'TEAM' ? `v1/teams/${id}` : `v1/volunteers/${id}`;
      names.set(key, await get(path).then(x => (kind === 'TEAM' ? x.name : x.realName)).catch(() => id));
    }
    return names.get(key);
  };
}

const unitName = id => unit(id).then(u => u.name).catch(() => id);
const whatOf = o => o.item?.name ?? '';

page('order-dispatch', {
  title: 'station.dispatch.title',
  nav: 'station.dispatch.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION', 'INSTITUTE', 'CENTER']),
  render: async (body, params) => {
    // The confirmation of the last action shows once the page shows its result.
    try {
      await dispatchPage(body, params);
    } finally {
      showFlash(body);
    }
  },
});

async function dispatchPage(body, params) {
  const units = dispatchUnits();
  const here = units.find(u => u.id === params.unit) ?? units[0];
  if (!here) {
    body.append(h('p', { text: t('station.dispatch.noUnit') }));
    return;
  }
  if (units.length > 1) {
    const choice = select({ id: 'dispatch-unit' }, units.map(u => ({ value: u.id, label: u.name })), here.id);
    choice.addEventListener('change', () => navigate('order-dispatch', { unit: choice.value }));
    body.append(h('div', { class: 'station-bar' }, field('station.dispatch.unit', choice)));
  } else {
    body.append(h('p', { class: 'station-bar' }, `${t('station.dispatch.unit')}: `, h('strong', { text: here.name })));
  }
  const route = extra => ({ unit: here.id, ...extra });
  const waiting = (await getAll(`v1/orders?unit=${here.id}`, 2000)).filter(o => WAITING.includes(o.status));
  const placedAt = new Map(await Promise.all([...new Set(waiting.map(o => o.unit))].map(async id => [id, await unitName(id)])));
  const escalated = o => o.unit !== o.handlingUnit;

  body.append(h('p', { class: 'hint', text: t(here.tier === 'STATION' ? 'station.dispatch.intro' : 'station.dispatch.introEscalated') }),
    h('h2', { id: 'waiting-heading', text: t(here.tier === 'STATION' ? 'station.dispatch.waiting' : 'station.dispatch.escalated',
      { n: waiting.length }) }));
  if (!waiting.length) body.append(h('p', { id: 'waiting-none', text: t('station.dispatch.none') }));
  else {
    body.append(table(['station.dispatch.what', 'station.dispatch.description', 'station.dispatch.placedAt',
      'station.dispatch.from', 'station.dispatch.waitingSince', 'common.status', 'common.actions'], waiting.map(o => [
      whatOf(o), o.description ?? '', formatDate(o.placedAt),
      escalated(o) ? h('span', {}, placedAt.get(o.unit), ' ', h('span', { class: 'badge', text: t('station.dispatch.escalatedBadge') }))
        : placedAt.get(o.unit),
      formatDate(o.waitingSince), h('span', { class: 'badge', text: label(STATUS, o.status) }),
      button(t('station.dispatch.open'), () => navigate('order-dispatch', route({ order: o.id })), {
        class: 'secondary', 'aria-label': t('station.dispatch.openLabel', { what: whatOf(o), when: formatDate(o.placedAt) }),
        'aria-pressed': String(o.id === params.order) }),
    ]), { id: 'waiting', 'aria-labelledby': 'waiting-heading' }));
  }
  const chosen = waiting.find(o => o.id === params.order);
  if (chosen) body.append(await orderPanel(await get(`v1/orders/${chosen.id}`), placedAt, params, route));
}

async function orderPanel(o, placedAt, params, route) {
  const name = namer();
  const again = text => done('order-dispatch', route({ order: o.id }), text);
  const panel = h('section', { class: 'panel', id: 'order-panel', 'aria-labelledby': 'order-heading' },
    h('h2', { id: 'order-heading', text: t('station.dispatch.orderTitle', { what: whatOf(o) }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('common.status') }), h('dd', { id: 'order-status', text: label(STATUS, o.status) }),
      h('dt', { text: t('station.dispatch.description') }), h('dd', { text: o.description || t('station.dispatch.noDescription') }),
      h('dt', { text: t('station.dispatch.recipient') }), h('dd', { text: o.recipient ?? '' }),
      h('dt', { text: t('station.dispatch.from') }), h('dd', { text: placedAt.get(o.unit) ?? o.unit }),
      h('dt', { text: t('station.dispatch.placedAt') }), h('dd', { text: formatDate(o.placedAt) }),
      o.offeredTo ? [h('dt', { text: t('station.dispatch.offeredTo') }), h('dd', { id: 'order-offered-to',
        text: t('station.dispatch.assignee', { name: await name(o.offeredTo.kind, o.offeredTo.id), kind: label(KINDS, o.offeredTo.kind) }) })] : null,
      o.duplicateOf ? [h('dt', { text: t('station.dispatch.duplicate') }), h('dd', { text: t('station.dispatch.duplicateHint') })] : null));

  if (o.status === 'PLACED') {
    const note = h('input', { name: 'note', ...limit('ReviewOrderDto.note') });
    const duplicate = h('input', { type: 'checkbox', name: 'confirmDuplicate' });
    panel.append(h('h3', { id: 'review-heading', text: t('station.dispatch.review') }),
      form({ id: 'review-order', 'aria-labelledby': 'review-heading' }, [field('station.dispatch.note', note, 'station.dispatch.noteHint'),
        o.duplicateOf ? h('label', { class: 'check' }, duplicate, t('station.dispatch.confirmDuplicate')) : null,
        submit('station.dispatch.approve')], async () => {
        await post(`v1/orders/${o.id}/review`, { note: note.value.trim() || null, confirmDuplicate: duplicate.checked }, ifMatch(o.version));
        again(t('station.dispatch.reviewed'));
      }));
    const reason = h('input', { name: 'reason', required: true, ...limit('OrderDtos.ReasonDto.reason') });
    panel.append(form({ id: 'reject-order' }, [field('station.dispatch.rejectReason', reason, 'station.dispatch.rejectHint'),
      submit('station.dispatch.reject')], async () => {
      await post(`v1/orders/${o.id}/reject`, { reason: reason.value.trim() }, ifMatch(o.version));
      done('order-dispatch', route({}), t('station.dispatch.rejected'));
    }));
  }
  if (o.status === 'REVIEWED') panel.append(await candidatesSection(o, params, name, again, route, panel));
  if (o.status === 'OFFERED') panel.append(h('p', { id: 'order-waiting', text: t('station.dispatch.offeredWaiting') }));
  if (o.status === 'OPEN_FOR_GRABS') panel.append(h('p', { id: 'order-waiting', text: t('station.dispatch.grabsWaiting') }));
  return panel;
}

/** The ranked candidates of a reviewed order with the reasons of each rank, an offer to each, and opening for grabs. */
async function candidatesSection(o, params, name, again, route, panel) {
  const at = params.at ? instantOf(params.at) : null;
  const minutes = Number(params.minutes) > 0 ? Number(params.minutes) : 60;
  const query = at ? `&at=${encodeURIComponent(at)}&minutes=${minutes}` : '';
  const candidates = await get(`v1/orders/${o.id}/candidates?limit=10${query}`);
  const names = await Promise.all(candidates.map(c => name(c.ownerKind, c.ownerId)));
  const section = h('section', { 'aria-labelledby': 'candidates-heading' },
    h('h3', { id: 'candidates-heading', text: t('station.dispatch.candidates') }),
    h('p', { class: 'hint', text: t('station.dispatch.candidatesHint') }));

  const when = h('input', { name: 'at', type: 'datetime-local', value: params.at ?? '' });
  const length = h('input', { name: 'minutes', type: 'number', min: 15, max: 1440, step: 15, value: minutes, inputmode: 'numeric' });
  section.append(form({ id: 'candidates-time', class: 'stack export-period' }, [
    field('station.dispatch.at', when, 'station.dispatch.atHint'), field('station.dispatch.minutes', length),
    submit('station.dispatch.rank')], async () => navigate('order-dispatch', route({ order: o.id,
    ...(when.value ? { at: when.value, minutes: length.value || '60' } : {}) }))));

  if (!candidates.length) section.append(h('p', { id: 'candidates-none', text: t('station.dispatch.noCandidates') }));
  else {
    section.append(table(['station.dispatch.rankCol', 'station.dispatch.who', 'station.dispatch.skills', 'station.dispatch.score',
      'station.dispatch.why', 'common.actions'], candidates.map((c, i) => {
      const offer = button(t('station.dispatch.offer'), null, { class: 'secondary',
        'aria-label': t('station.dispatch.offerLabel', { name: names[i] }), dataset: { owner: c.ownerId } });
      offer.addEventListener('click', act(panel, offer, async () => {
        await post(`v1/orders/${o.id}/offer`, { kind: c.ownerKind, id: c.ownerId }, ifMatch(o.version));
        again(t('station.dispatch.offered', { name: names[i] }));
      }));
      return [String(c.rank), h('span', {}, names[i], ' ', h('span', { class: 'badge', text: label(KINDS, c.ownerKind) })),
        [...c.skills].join('、'), t('station.dispatch.points', { n: Math.round(c.score) }),
        h('ul', { class: 'reasons' }, reasons(c, o, Boolean(at)).map(r => h('li', { text: r }))), offer];
    }), { id: 'candidates', 'aria-labelledby': 'candidates-heading' }));
  }
  const grabs = button(t('station.dispatch.openForGrabs'), null, { id: 'open-for-grabs' });
  grabs.addEventListener('click', act(panel, grabs, async () => {
    await post(`v1/orders/${o.id}/open-for-grabs`, {}, ifMatch(o.version));
    again(t('station.dispatch.opened'));
  }));
  section.append(h('p', { class: 'hint', text: t('station.dispatch.grabsHint') }), h('div', { class: 'actions' }, grabs));
  return section;
}

/** Why a candidate ranks where it does, factor by factor, as core's matching scores them (each 0..1). */
function reasons(c, o, timed) {
  const pct = x => Math.round(x * 100);
  const out = [];
  if (o.item?.kind !== 'MENU') out.push(t('station.dispatch.why.skillsNotAsked'));
  else if (c.skillFit >= 1) out.push(t('station.dispatch.why.skillsAll'));
  else if (c.skillFit > 0) out.push(t('station.dispatch.why.skillsSome', { pct: pct(c.skillFit) }));
  else out.push(t('station.dispatch.why.skillsNone'));
  if (c.proximity >= 1) out.push(t('station.dispatch.why.sameGrid'));
  else if (c.proximity >= 0.8) out.push(t('station.dispatch.why.sameUnit'));
  else if (c.proximity > 0) out.push(t('station.dispatch.why.nearby', { pct: pct(c.proximity) }));
  else out.push(t('station.dispatch.why.far'));
  if (!timed) out.push(t('station.dispatch.why.timeNotAsked'));
  else if (c.availability >= 1) out.push(t('station.dispatch.why.free'));
  else if (c.availability > 0) out.push(t('station.dispatch.why.partlyFree', { pct: pct(c.availability) }));
  else out.push(t('station.dispatch.why.notFree'));
  const load = c.fairness > 0 ? Math.max(0, Math.round(1 / c.fairness - 1)) : 0;
  out.push(load ? t('station.dispatch.why.load', { n: load }) : t('station.dispatch.why.noLoad'));
  return out;
}
