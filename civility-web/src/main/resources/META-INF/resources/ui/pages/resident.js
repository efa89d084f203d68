// resident pages of the browser UI. Texts: org/civility/web/ui/resident*.properties, keys "resident.*".
// The resident journey (群众点单 → 评单): the station's project menu, placing an order or a wish (微心愿), following
// one's orders with their history and reasons, and rating a completed order once. A station helper
// (PLACE_ORDERS_FOR_RESIDENTS) places orders for residents without a phone. Residents also recommend good people
// (推荐身边好人, R-APPR-2) for the appraisals their station is nominating for. Phones first.
import {
  page, t, h, field, select, table, success, announce, formatDate, get, post, me, hasRole, unitsWhere,
  can, unitsWith,
  unit, navigate, getAll, api, signedIn, act, form, limit,
} from '../app.js';

/** Who orders for themselves: the participants' roles (staff order on a resident's behalf; the API checks it again). */
const ORDERING = ['RESIDENT', 'VOLUNTEER', 'LECTURER'];
/** Where the actor may place orders for residents without a phone (core's PLACE_ORDERS_FOR_RESIDENTS, from /me). */
const helpingAt = () => unitsWith('PLACE_ORDERS_FOR_RESIDENTS');

const STATUS = {
  PLACED: 'resident.status.PLACED',
  REVIEWED: 'resident.status.REVIEWED',
  REJECTED: 'resident.status.REJECTED',
  OFFERED: 'resident.status.OFFERED',
  OPEN_FOR_GRABS: 'resident.status.OPEN_FOR_GRABS',
  ACCEPTED: 'resident.status.ACCEPTED',
  IN_SERVICE: 'resident.status.IN_SERVICE',
  COMPLETED: 'resident.status.COMPLETED',
  RATED: 'resident.status.RATED',
  SHOWCASED: 'resident.status.SHOWCASED',
};

/** What each status means for the person who ordered, in plain words. */
const STATUS_HINT = {
  PLACED: 'resident.statusHint.PLACED',
  REVIEWED: 'resident.statusHint.REVIEWED',
  REJECTED: 'resident.statusHint.REJECTED',
  OFFERED: 'resident.statusHint.OFFERED',
  OPEN_FOR_GRABS: 'resident.statusHint.OPEN_FOR_GRABS',
  ACCEPTED: 'resident.statusHint.ACCEPTED',
  IN_SERVICE: 'resident.statusHint.IN_SERVICE',
  COMPLETED: 'resident.statusHint.COMPLETED',
  RATED: 'resident.statusHint.RATED',
  SHOWCASED: 'resident.statusHint.SHOWCASED',
};

const ACTION = {
  PLACE: 'resident.action.PLACE',
  REVIEW: 'resident.action.REVIEW',
  REJECT: 'resident.action.REJECT',
  OFFER: 'resident.action.OFFER',
  DECLINE: 'resident.action.DECLINE',
  OPEN_FOR_GRABS: 'resident.action.OPEN_FOR_GRABS',
  ACCEPT: 'resident.action.ACCEPT',
  START: 'resident.action.START',
  COMPLETE: 'resident.action.COMPLETE',
  RATE: 'resident.action.RATE',
  CONSENT_TO_SHOWCASE: 'resident.action.CONSENT_TO_SHOWCASE',
  SHOWCASE: 'resident.action.SHOWCASE',
  ESCALATE: 'resident.action.ESCALATE',
};

/** Steps whose note is a person's words worth showing (a reason, a report); other notes are technical. */
const NOTED = new Set(['REVIEW', 'REJECT', 'DECLINE', 'COMPLETE']);

const STARS = [5, 4, 3, 2, 1];
const STAR_LABEL = {
  5: 'resident.stars.5', 4: 'resident.stars.4', 3: 'resident.stars.3', 2: 'resident.stars.2', 1: 'resident.stars.1',
};

/** Whether every grant of the actor is RESIDENT: the menu is their start page. */
function onlyResident(actor) {
  return !!actor && actor.grants.length > 0 && actor.grants.every(g => g.role === 'RESIDENT');
}

/**
 * The stations at or below the given units (a grant covers its unit and the units below it), by name. Institutes
 * and centers are walked down through GET v1/units?parent=.
 */
async function stationsFor(units) {
  const found = new Map();
  const visit = async u => {
    if (!u || found.has(u.id)) return;
    if (u.tier === 'STATION') {
      found.set(u.id, u);
    } else if (u.tier === 'POINT') {
      if (u.parentId) await visit(await unit(u.parentId).catch(() => null));
    } else {
      for (const child of await getAll(`v1/units?parent=${encodeURIComponent(u.id)}`)) await visit(child);
    }
  };
  for (const u of units) await visit(u);
  return [...found.values()].filter(s => !s.dissolved).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** A station chooser when there is more than one; changing it reloads the page for that station. */
function stationChooser(stations, current, pageName, params = {}) {
  if (stations.length < 2) return null;
  const control = select({ id: 'resident-station', name: 'station' },
    stations.map(s => ({ value: s.id, label: s.name })), current);
  control.addEventListener('change', () => navigate(pageName, { ...params, unit: control.value }));
  return field('resident.station', control);
}

/** The station of ?unit= if the actor may use it, else the first one. */
function chosen(stations, params) {
  return stations.find(s => s.id === params.unit) ?? stations[0];
}

async function activeMenu(unitId) {
  const menu = await get(`v1/menu-items?unit=${encodeURIComponent(unitId)}&limit=200`);
  return menu.items;
}

/**
 * Every order of a list of the API, newest first: the actor's own (v1/orders/mine) or those a helper placed for
 * residents (v1/orders/placed-for-residents). A resident has few; at most 1,000 are read.
 */
async function newestFirst(list) {
  return (await getAll(`v1/orders/${list}`)).reverse();
}

function statusBadge(status) {
  return h('span', { class: `badge status status-${status.toLowerCase().replaceAll('_', '-')}`, dataset: { status } },
    t(STATUS[status] ?? status));
}

/** A text followed by the language's colon ("状态：", "Status: "). */
function labelled(key) {
  return `${t(key)}${t('resident.colon')}`;
}

function starsText(stars) {
  return `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${t('resident.starsOf', { stars })}`;
}

/** Whether the actor placed the order as a helper for a resident without a phone. */
function placedByMe(order) {
  return order.placedOnBehalf && order.placedBy === me()?.name;
}

/** Whether the actor may rate the order: its requester, or the helper who placed it for a resident. */
function mayRate(order) {
  return order.status === 'COMPLETED' && !order.rating && (order.requester === me()?.name || placedByMe(order));
}

function itemName(order) {
  return order.item.kind === 'WISH' ? t('resident.wishNamed', { wish: order.item.name }) : (order.item.name ?? '');
}

// ---------- the order form (for oneself or on behalf of a resident) ----------

/**
 * The order form: what (a menu item or a wish), details, who is served and, for a helper, the resident's name.
 * Placing answers the order's page.
 */
function orderForm(station, items, { preselect, wish, onBehalf }) {
  const WISH = '__wish__';
  const options = items.map(i => ({ value: i.id, label: i.name }));
  options.push({ value: WISH, label: t('resident.form.wishOption') });
  const what = select({ id: 'order-item', name: 'menuItem', required: true, 'aria-describedby': 'order-item-description' }, options,
    wish ? WISH : (preselect && items.some(i => i.id === preselect) ? preselect : options[0].value));
  const wishText = h('textarea', { id: 'order-wish', name: 'wish', rows: '3', ...limit('PlaceOrderDto.wish') });
  const wishField = field('resident.form.wish', wishText, 'resident.form.wishHint');
  const describe = h('p', { class: 'hint', id: 'order-item-description', 'aria-live': 'polite' });
  const description = h('textarea', { id: 'order-description', name: 'description', rows: '3', ...limit('PlaceOrderDto.description') });
  const recipient = h('input', { id: 'order-recipient', name: 'recipient', ...limit('PlaceOrderDto.recipient'), autocomplete: 'off' });
  const resident = onBehalf
    ? h('input', { id: 'order-on-behalf-of', name: 'onBehalfOf', ...limit('PlaceOrderDto.onBehalfOf'), required: true, autocomplete: 'off' })
    : null;
  const submit = h('button', { type: 'submit', id: 'order-submit', text: t(onBehalf ? 'resident.form.submitForResident' : 'resident.form.submit') });

  const sync = () => {
    const isWish = what.value === WISH;
    wishField.hidden = !isWish;
    wishText.required = isWish;
    const item = items.find(i => i.id === what.value);
    describe.textContent = isWish ? t('resident.form.wishExplained') : (item?.description ?? '');
  };
  what.addEventListener('change', sync);
  sync();

  return form({ id: 'order-form', novalidate: true }, [
    h('p', { class: 'hint', text: t('resident.form.station', { station: station.name }) }),
    resident ? field('resident.form.onBehalfOf', resident, 'resident.form.onBehalfOfHint') : null,
    field('resident.form.item', what), describe, wishField,
    field('resident.form.description', description, 'resident.form.descriptionHint'),
    field('resident.form.recipient', recipient, onBehalf ? 'resident.form.recipientHintHelper' : 'resident.form.recipientHint'),
    h('div', { class: 'actions' }, submit)], async f => {
    f.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
    // Only what the user could not know without asking the server is left to the API.
    const missing = resident && !resident.value.trim() ? resident
      : (what.value === WISH && !wishText.value.trim() ? wishText : null);
    if (missing) {
      missing.setAttribute('aria-invalid', 'true');
      missing.focus();
      throw { title: t(missing === resident ? 'resident.form.needResident' : 'resident.form.needWish') };
    }
    const body = { unit: station.id, description: description.value.trim() || null, recipient: recipient.value.trim() || null };
    if (what.value === WISH) body.wish = wishText.value.trim();
    else body.menuItem = what.value;
    if (resident) body.onBehalfOf = resident.value.trim();
    const order = await post('v1/orders', body);
    navigate('my-order', { id: order.id, placed: '1' });
    // A refusal of the API puts the focus back on the button; the checks above move it to their field themselves.
  }, { failed: e => { if (e instanceof Error) submit.focus(); } });
}

// ---------- pages ----------

/**
 * The stations at or below the given units, the one chosen (?unit=) and its menu; null after
 * saying so when there is no such station.
 */
async function orderingAt(container, units, params) {
  const stations = await stationsFor(units);
  if (stations.length === 0) {
    container.append(h('p', { text: t('resident.noStation') }));
    return null;
  }
  const station = chosen(stations, params);
  return { stations, station, items: await activeMenu(station.id) };
}

page('menu', {
  title: 'resident.menu.title', nav: 'resident.menu.nav',
  visible: actor => hasRole(ORDERING),
  home: onlyResident,
  render: async (container, params) => {
    const found = await orderingAt(container, unitsWhere(ORDERING), params);
    if (!found) return;
    const { stations, station, items } = found;
    container.append(
      h('p', { class: 'lead', text: t('resident.menu.intro', { station: station.name }) }),
      stationChooser(stations, station.id, 'menu') ?? '',
      h('div', { class: 'actions' },
        h('a', { class: 'button secondary', href: '#/my-orders', id: 'to-my-orders', text: t('resident.menu.toMyOrders') }),
        // Self-registration as a volunteer (ADR 0018) for accounts that may sign up and are no volunteer yet.
        !me().volunteerId && hasRole(['RESIDENT', 'LECTURER'])
          ? h('a', { class: 'button secondary', href: '#/volunteer-signup', id: 'to-volunteer-signup', text: t('resident.menu.becomeVolunteer') })
          : null));
    if (items.length === 0) container.append(h('p', { text: t('resident.menu.empty') }));
    const cards = items.map(i => {
      const headingId = `menu-item-${i.id}`;
      return h('li', { class: 'card menu-item', dataset: { item: i.id } },
        h('h2', { id: headingId, text: i.name }),
        i.description ? h('p', { text: i.description }) : null,
        h('a', {
          class: 'button', href: `#/place-order?unit=${encodeURIComponent(station.id)}&item=${encodeURIComponent(i.id)}`,
          'aria-describedby': headingId, text: t('resident.menu.order'),
        }));
    });
    cards.push(h('li', { class: 'card menu-item wish' },
      h('h2', { id: 'menu-wish', text: t('resident.menu.wishTitle') }),
      h('p', { text: t('resident.menu.wishText') }),
      h('a', {
        class: 'button secondary', href: `#/place-order?unit=${encodeURIComponent(station.id)}&wish=1`,
        'aria-describedby': 'menu-wish', id: 'make-a-wish', text: t('resident.menu.wish'),
      })));
    container.append(h('ul', { class: 'cards menu', 'aria-label': t('resident.menu.listLabel') }, cards));
  },
});

page('place-order', {
  title: 'resident.place.title',
  render: async (container, params) => {
    const found = await orderingAt(container, unitsWhere(ORDERING), params);
    if (!found) return;
    const { station, items } = found;
    container.append(
      h('p', { text: t('resident.place.intro') }),
      orderForm(station, items, { preselect: params.item, wish: params.wish === '1', onBehalf: false }),
      h('p', {}, h('a', { href: `#/menu?unit=${encodeURIComponent(station.id)}`, text: t('resident.backToMenu') })));
    container.querySelector('#order-item').focus();
  },
});

page('my-orders', {
  title: 'resident.orders.title', nav: 'resident.orders.nav',
  visible: actor => hasRole(ORDERING),
  render: async container => {
    const orders = await newestFirst('mine');
    if (orders.length === 0) {
      container.append(h('p', { text: t('resident.orders.empty') }),
        h('p', {}, h('a', { class: 'button', href: '#/menu', text: t('resident.orders.toMenu') })));
      return;
    }
    container.append(h('p', { class: 'hint', text: t('resident.orders.intro') }),
      h('ul', { class: 'cards orders', 'aria-label': t('resident.orders.listLabel') }, orders.map(orderCard)));
  },
});

function orderCard(order) {
  const headingId = `order-${order.id}`;
  return h('li', { class: 'card order', dataset: { order: order.id, status: order.status } },
    h('h2', { id: headingId }, h('a', { href: `#/my-order?id=${encodeURIComponent(order.id)}`, text: itemName(order) })),
    h('p', {}, labelled('common.status'), statusBadge(order.status)),
    h('p', { class: 'hint', text: t(STATUS_HINT[order.status] ?? 'resident.statusHint.PLACED') }),
    h('p', { class: 'hint', text: t('resident.orders.placedAt', { at: formatDate(order.placedAt) }) }),
    placedByMe(order) ? h('p', { class: 'hint', text: t('resident.orders.forResident', { name: order.requester }) }) : null,
    order.recipient && order.recipient !== order.requester
      ? h('p', { class: 'hint', text: t('resident.orders.forRecipient', { name: order.recipient }) }) : null,
    order.rejectionReason ? h('p', { class: 'reason' }, h('strong', { text: labelled('resident.order.rejectionReason') }), order.rejectionReason) : null,
    order.rating ? h('p', { text: `${labelled('resident.order.yourRating')}${starsText(order.rating.stars)}` }) : null,
    mayRate(order)
      ? h('a', { class: 'button', href: `#/my-order?id=${encodeURIComponent(order.id)}`, 'aria-describedby': headingId, text: t('resident.orders.rate') })
      : h('a', { class: 'button secondary', href: `#/my-order?id=${encodeURIComponent(order.id)}`, 'aria-describedby': headingId, text: t('resident.orders.details') }));
}

page('my-order', {
  title: 'resident.order.title',
  render: async (container, params) => {
    if (!params.id) {
      navigate('my-orders');
      return;
    }
    const order = await get(`v1/orders/${encodeURIComponent(params.id)}`);
    drawOrder(container, order);
    if (params.placed === '1') {
      success(container, t(order.placedOnBehalf ? 'resident.order.placedForResident' : 'resident.order.placed',
        { name: order.requester }));
    }
  },
});

/** The order's page: what, status (in words, not colour), the reasons and report, the history, and rating. */
function drawOrder(container, order) {
  const dl = (rows) => h('dl', { class: 'facts' }, rows.filter(Boolean).flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', {}, v)]));
  const history = order.history.map(s => [
    formatDate(s.at),
    t(ACTION[s.action] ?? s.action),
    s.actor.startsWith('system:') ? t('resident.history.system') : s.actor,
    s.action === 'RATE' && order.rating ? starsText(order.rating.stars) : (NOTED.has(s.action) ? (s.note || '') : ''),
  ]);
  container.replaceChildren(...[
    h('section', { class: 'order-summary', 'aria-labelledby': 'order-what' },
      h('h2', { id: 'order-what', text: itemName(order) }),
      h('p', { class: 'order-status' }, labelled('common.status'), statusBadge(order.status)),
      h('p', { class: 'hint', id: 'order-status-hint', text: t(STATUS_HINT[order.status] ?? 'resident.statusHint.PLACED') }),
      dl([
        ['resident.order.placedAt', formatDate(order.placedAt)],
        order.description ? ['resident.order.description', order.description] : null,
        ['resident.order.recipient', order.recipient],
        order.placedOnBehalf ? ['resident.order.placedBy', t('resident.order.placedByHelper', { helper: order.placedBy, name: order.requester })] : null,
        order.rejectionReason ? ['resident.order.rejectionReason', h('span', { id: 'order-rejection-reason', text: order.rejectionReason })] : null,
        order.report ? ['resident.order.report', h('span', { id: 'order-report', text: order.report })] : null,
        order.rating ? ['resident.order.yourRating', h('span', { id: 'order-rating' }, starsText(order.rating.stars),
          order.rating.comment ? ` · ${order.rating.comment}` : '')] : null,
      ]),
      order.duplicateOf && order.status === 'PLACED' ? h('p', { class: 'hint', text: t('resident.order.duplicate') }) : null),
    mayRate(order) ? rateForm(container, order) : null,
    h('h2', { id: 'order-history-heading', text: t('resident.order.history') }),
    table(['resident.history.at', 'resident.history.step', 'resident.history.by', 'resident.history.note'], history,
      { id: 'order-history', 'aria-labelledby': 'order-history-heading' }),
    h('p', { class: 'actions' }, placedByMe(order)
      ? h('a', { class: 'button secondary', href: '#/order-for-resident', text: t('resident.order.backToHelper') })
      : [h('a', { class: 'button secondary', href: '#/my-orders', text: t('resident.order.backToOrders') }),
        h('a', { class: 'button secondary', href: '#/menu', text: t('resident.backToMenu') })]),
  ].filter(Boolean));
}

/** Rating (评单) a completed order, once: 1 to 5 stars and a comment. A second rating is refused by the API. */
function rateForm(container, order) {
  const stars = select({ id: 'rate-stars', name: 'stars', required: true },
    STARS.map(s => ({ value: String(s), label: t(STAR_LABEL[s]) })), '5');
  const comment = h('textarea', { id: 'rate-comment', name: 'comment', rows: '3', ...limit('RateOrderDto.comment') });
  const submit = h('button', { type: 'submit', id: 'rate-submit', text: t('resident.rate.submit') });
  const rate = h('form', { class: 'stack', id: 'rate-form', 'aria-labelledby': 'rate-heading' },
    h('h2', { id: 'rate-heading', text: t('resident.rate.title') }),
    h('p', { class: 'hint', text: t('resident.rate.once') }),
    field('resident.rate.stars', stars), field('resident.rate.comment', comment),
    h('div', { class: 'actions' }, submit));
  // The page is drawn again either way, so a refusal shows at its top rather than in the form.
  rate.addEventListener('submit', act(container, submit, async () => {
    const rated = await post(`v1/orders/${encodeURIComponent(order.id)}/rate`,
      { stars: Number(stars.value), comment: comment.value.trim() || null });
    drawOrder(container, rated);
    success(container, t('resident.rate.thanks'));
  }, {
    // Refused (rated already elsewhere, say): show the order as it stands now, with the coded error on top.
    failed: async (e, box) => {
      const current = await get(`v1/orders/${encodeURIComponent(order.id)}`).catch(() => null);
      if (current) {
        drawOrder(container, current);
        container.prepend(box);
      }
      box.id = 'rate-error';
      announce(e.title || t('common.error'));
    },
  }));
  return rate;
}

page('order-for-resident', {
  title: 'resident.helper.title', nav: 'resident.helper.nav',
  visible: () => can('PLACE_ORDERS_FOR_RESIDENTS'),
  render: async (container, params) => {
    const found = await orderingAt(container, helpingAt(), params);
    if (!found) return;
    const { stations, station, items } = found;
    container.append(
      h('p', { text: t('resident.helper.intro') }),
      stationChooser(stations, station.id, 'order-for-resident') ?? '',
      orderForm(station, items, { preselect: params.item, wish: params.wish === '1', onBehalf: true }));
    const placed = await newestFirst('placed-for-residents');
    container.append(h('h2', { id: 'helper-orders-heading', text: t('resident.helper.placed') }),
      placed.length === 0 ? h('p', { text: t('resident.helper.nonePlaced') })
        : h('ul', { class: 'cards orders', id: 'helper-orders', 'aria-labelledby': 'helper-orders-heading' },
          placed.map(orderCard)));
  },
});

// ---------- recommending good people (推荐身边好人, R-APPR-2) ----------

const RECOMMENDATION_STATUS = {
  PENDING: 'resident.recommendationStatus.PENDING',
  CONFIRMED: 'resident.recommendationStatus.CONFIRMED',
  DECLINED: 'resident.recommendationStatus.DECLINED',
};

/** A resident's recommendation as a card: whom, the deed, where it stands and, when declined, why. */
function recommendationCard(r) {
  return h('li', { class: 'card recommendation', dataset: { recommendation: r.id, status: r.status } },
    h('h4', { text: r.person }),
    h('p', { text: r.deed }),
    h('p', {}, labelled('common.status'),
      h('span', { class: `badge status status-${r.status.toLowerCase()}`, text: t(RECOMMENDATION_STATUS[r.status] ?? r.status) })),
    h('p', { class: 'hint', text: t('resident.recommend.recommendedAt', { at: formatDate(r.recommendedAt) }) }),
    r.declineReason ? h('p', { class: 'reason' }, h('strong', { text: labelled('resident.recommend.declineReason') }), r.declineReason) : null);
}

/** One campaign that takes recommendations: the form, then what the resident recommended to it so far. */
async function recommendCampaign(c) {
  // A resident reads only their own; a head or administrator who also votes reads all, and keeps here only theirs.
  const mine = (await get(`v1/appraisals/${encodeURIComponent(c.id)}/recommendations?limit=50`)).items
    .filter(r => !r.recommendedBy || r.recommendedBy === me().name);
  const headingId = `campaign-${c.id}`;
  const person = h('input', { id: `recommend-person-${c.id}`, name: 'person', required: true, autocomplete: 'off',
    ...limit('RecommendDto.person') });
  const deed = h('textarea', { id: `recommend-deed-${c.id}`, name: 'deed', rows: '4', required: true, ...limit('RecommendDto.deed') });
  return h('li', { class: 'card campaign', dataset: { campaign: c.id } },
    h('h2', { id: headingId, text: c.title }),
    c.criteria?.length ? h('p', { class: 'hint', text: t('resident.recommend.criteria', { criteria: c.criteria.join('、') }) }) : null,
    form({ id: `recommend-${c.id}` }, [
      field('resident.recommend.person', person, 'resident.recommend.personHint'),
      field('resident.recommend.deed', deed, 'resident.recommend.deedHint'),
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('resident.recommend.submit'),
        'aria-describedby': headingId }))], async () => {
      await post(`v1/appraisals/${encodeURIComponent(c.id)}/recommendations`, { person: person.value.trim(), deed: deed.value.trim() });
      navigate('recommend', { unit: c.unitId, sent: '1' });
    }),
    mine.length ? [h('h3', { text: t('resident.recommend.mine') }),
      h('ul', { class: 'cards recommendations', 'aria-label': t('resident.recommend.mineLabel', { name: c.title }) },
        mine.map(recommendationCard))] : null);
}

page('recommend', {
  title: 'resident.recommend.title', nav: 'resident.recommend.nav',
  visible: () => can('VOTE'),
  render: async (container, params) => {
    const stations = await stationsFor(unitsWith('VOTE'));
    if (stations.length === 0) {
      container.append(h('p', { text: t('resident.noStation') }));
      return;
    }
    const station = chosen(stations, params);
    const campaigns = (await get(`v1/appraisals?unit=${encodeURIComponent(station.id)}&limit=50`)).items
      .filter(c => c.phase === 'NOMINATING');
    container.append(h('p', { class: 'lead', text: t('resident.recommend.intro', { station: station.name }) }),
      stationChooser(stations, station.id, 'recommend') ?? '');
    if (params.sent === '1') success(container, t('resident.recommend.sent'));
    if (campaigns.length === 0) {
      container.append(h('p', { id: 'no-campaigns', text: t('resident.recommend.none') }));
      return;
    }
    container.append(h('ul', { class: 'cards campaigns', 'aria-label': t('resident.recommend.listLabel') },
      await Promise.all(campaigns.map(recommendCampaign))));
  },
});

// ---------- signing up with one's phone ----------

// A resident without an account signs up with their mobile number and a one-time code sent to it, chooses a password
// and their station, and is signed in at once. The API throttles codes and answers one error for every wrong code.
page('sign-up', {
  title: 'resident.signUp.title', public: true,
  render: async body => {
    const stations = await get('v1/sign-ups/stations', { signIn: true });
    // A mainland mobile number and the six digits of the code: their format, tighter than the API's limits of length.
    const phone = h('input', { id: 'sign-up-phone', name: 'phone', type: 'tel', inputmode: 'numeric', required: true,
      pattern: '1[0-9]{10}', maxlength: 11, autocomplete: 'tel-national' });
    const send = h('button', { type: 'button', id: 'sign-up-send', class: 'secondary', text: t('resident.signUp.send') });
    const code = h('input', { id: 'sign-up-code', name: 'code', inputmode: 'numeric', required: true, pattern: '[0-9]{6}',
      maxlength: 6, autocomplete: 'one-time-code' });
    const name = h('input', { id: 'sign-up-name', name: 'name', required: true, ...limit('SignUpDto.name'), autocomplete: 'name' });
    const station = select({ id: 'sign-up-station', name: 'station', required: true },
      [{ value: '', label: t('resident.signUp.chooseStation') },
        ...stations.map(s => ({ value: s.id, label: `${s.name}（${s.institute}）` }))], '');
    const password = h('input', { id: 'sign-up-password', name: 'password', type: 'password', required: true,
      minlength: 10, autocomplete: 'new-password' });
    const again = h('input', { id: 'sign-up-password-again', name: 'again', type: 'password', required: true,
      autocomplete: 'new-password' });
    const sent = h('p', { id: 'sign-up-sent', role: 'status', class: 'notice', hidden: true });
    const signUp = form({ id: 'sign-up-form' }, [
      field('resident.signUp.phone', phone, 'resident.signUp.phoneHint'), h('div', { class: 'actions' }, send), sent,
      field('resident.signUp.code', code), field('resident.signUp.name', name),
      field('resident.signUp.station', station), field('resident.signUp.password', password, 'common.newPasswordHint'),
      field('common.newPasswordAgain', again),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'sign-up-submit', text: t('resident.signUp.submit') }))],
    async () => {
      if (password.value !== again.value) {
        again.focus();
        throw { title: t('common.passwordsDiffer') };
      }
      const username = phone.value.trim();
      await post('v1/sign-ups', { phone: username, code: code.value.trim(), name: name.value.trim(),
        stationId: station.value, password: password.value }, { signIn: true });
      const s = await api('POST', 'v1/sessions', { username, password: password.value }, { signIn: true });
      await signedIn(s.token);
      // A refusal of the API puts the focus where to correct it; the check above moves it itself.
    }, { failed: e => { if (e instanceof Error) (e.code === 'SIGN-UP-CODE-INVALID' ? code : phone).focus(); } });
    // Codes may be asked for again: the button is enabled again once one is sent.
    send.addEventListener('click', act(signUp, send, async () => {
      if (!phone.checkValidity()) {
        phone.reportValidity();
        return;
      }
      const r = await post('v1/sign-ups/codes', { phone: phone.value.trim() }, { signIn: true });
      sent.textContent = t('resident.signUp.sent', { minutes: Math.round(r.expiresInSeconds / 60) });
      sent.hidden = false;
      code.focus();
    }, { again: true, failed: () => phone.focus() }));
    body.append(h('p', { text: t('resident.signUp.intro') }), signUp,
      h('p', {}, h('a', { href: '#/sign-in', text: t('common.backToSignIn') })));
    phone.focus();
  },
});
