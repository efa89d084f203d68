// station pages of the browser UI. Texts: org/civility/web/ui/station*.properties, keys "station.*".
// The working pages of a station's head and administrators (duty staff and the committee see the venues):
// venues and bookings with the closing checklist, activities and their notices (with the printable
// poster), appraisal campaigns with residents' recommendations for the committee, care pairings and the review of flagged hours. Each page reads and
// writes the REST API only; what an actor may not do, the API refuses with a coded error, shown as is.
import {
  page, t, h, field, select, table, success, showError, formatDate, get, post, put, blobUrl, can, button, act, form,
  submit, limit,
  unitsWith, navigate, PRACTICE_FORMS as FORMS, THEMES, getAll, ifMatch,
} from '../app.js';

// What the actor may do comes from GET api/v1/me (core's permissions per unit); the UI offers only that, the API
// decides. The venue staff: whoever manages venues, approves their use or signs their closing checklist.
const VENUE_STAFF = ['MANAGE_VENUES', 'APPROVE_VENUE_USE', 'SIGN_VENUE_CHECKLIST'];
const venueStaffAt = tiers => [...new Map(VENUE_STAFF.flatMap(p => unitsWith(p, tiers)).map(u => [u.id, u])).values()];
const LIMIT = 200;

// ---------- labels of the API's constants (literal keys, so UiTextsTest checks each one) ----------

const VENUE_KINDS = {
  PARTY_MEMBER_ROOM: 'station.venueKind.PARTY_MEMBER_ROOM', ETHICS_HALL: 'station.venueKind.ETHICS_HALL',
  LIBRARY: 'station.venueKind.LIBRARY', FITNESS_SQUARE: 'station.venueKind.FITNESS_SQUARE',
  FARMHOUSE_BOOKSHOP: 'station.venueKind.FARMHOUSE_BOOKSHOP', SCHOOL_ROOM: 'station.venueKind.SCHOOL_ROOM',
  CULTURE_HALL: 'station.venueKind.CULTURE_HALL', OTHER: 'station.venueKind.OTHER',
};
const PLATFORMS = {
  THEORY_OUTREACH: 'station.platform.THEORY_OUTREACH', EDUCATION: 'station.platform.EDUCATION',
  CULTURE: 'station.platform.CULTURE', SCIENCE: 'station.platform.SCIENCE', FITNESS: 'station.platform.FITNESS',
  RURAL_REVITALISATION: 'station.platform.RURAL_REVITALISATION',
};
const BOOKING_STATUS = {
  PENDING_APPROVAL: 'station.bookingStatus.PENDING_APPROVAL', CONFIRMED: 'station.bookingStatus.CONFIRMED',
  CANCELLED: 'station.bookingStatus.CANCELLED', CLOSED: 'station.bookingStatus.CLOSED',
};
const PURPOSES = { PRACTICE: 'station.purpose.PRACTICE', OTHER: 'station.purpose.OTHER' };
const CHECKLIST = {
  MULTIMEDIA_EQUIPMENT: 'station.checklist.MULTIMEDIA_EQUIPMENT', FIRE_EQUIPMENT: 'station.checklist.FIRE_EQUIPMENT',
  POWER_CUT: 'station.checklist.POWER_CUT', WINDOWS_SHUT: 'station.checklist.WINDOWS_SHUT',
  FIRE_CHECK: 'station.checklist.FIRE_CHECK', DOOR_LOCKED: 'station.checklist.DOOR_LOCKED',
};
const ACTIVITY_STATUS = {
  PLANNED: 'station.activityStatus.PLANNED', CANCELLED: 'station.activityStatus.CANCELLED',
  HELD: 'station.activityStatus.HELD',
};
const CHANNELS = { SMS: 'station.channel.SMS', WECHAT_GROUP: 'station.channel.WECHAT_GROUP', POSTER: 'station.channel.POSTER' };
export const APPRAISAL_KINDS = {
  STAR_CIVILISED_HOUSEHOLD: 'station.appraisalKind.STAR_CIVILISED_HOUSEHOLD',
  GOOD_NEIGHBOUR: 'station.appraisalKind.GOOD_NEIGHBOUR',
  GOOD_DAUGHTER_IN_LAW: 'station.appraisalKind.GOOD_DAUGHTER_IN_LAW',
  GOOD_PARENTS_IN_LAW: 'station.appraisalKind.GOOD_PARENTS_IN_LAW',
  MOST_BEAUTIFUL_FAMILY: 'station.appraisalKind.MOST_BEAUTIFUL_FAMILY',
  GOOD_PERSON: 'station.appraisalKind.GOOD_PERSON', MORAL_MODEL: 'station.appraisalKind.MORAL_MODEL',
};
const PHASES = {
  NOMINATING: 'station.phase.NOMINATING', VOTING: 'station.phase.VOTING',
  PUBLIC_NOTICE: 'station.phase.PUBLIC_NOTICE', AWARDED: 'station.phase.AWARDED',
};
const NOMINATION_STATUS = {
  NOMINATED: 'station.nominationStatus.NOMINATED', SHORTLISTED: 'station.nominationStatus.SHORTLISTED',
  SUSPENDED: 'station.nominationStatus.SUSPENDED', WITHDRAWN: 'station.nominationStatus.WITHDRAWN',
  NOT_SELECTED: 'station.nominationStatus.NOT_SELECTED', AWARDED: 'station.nominationStatus.AWARDED',
};
const OBJECTION_STATUS = {
  OPEN: 'station.objectionStatus.OPEN', UPHELD: 'station.objectionStatus.UPHELD',
  DISMISSED: 'station.objectionStatus.DISMISSED',
};
const CARE_CATEGORIES = {
  LEFT_BEHIND_CHILD: 'station.careCategory.LEFT_BEHIND_CHILD',
  ORPHANED_OR_DISABLED_CHILD: 'station.careCategory.ORPHANED_OR_DISABLED_CHILD',
  EMPTY_NEST_ELDER: 'station.careCategory.EMPTY_NEST_ELDER',
  HARDSHIP_HOUSEHOLD: 'station.careCategory.HARDSHIP_HOUSEHOLD',
};
const RELATIONS = {
  FATHER: 'station.relation.FATHER', MOTHER: 'station.relation.MOTHER', GRANDPARENT: 'station.relation.GRANDPARENT',
  OTHER_LEGAL_GUARDIAN: 'station.relation.OTHER_LEGAL_GUARDIAN',
};
const FLAGS = { FORGOTTEN_CHECK_OUT_REVIEW: 'station.flag.FORGOTTEN_CHECK_OUT_REVIEW' };

/** The label of an API constant, or the constant itself if this page does not know it yet. */
export function label(map, value) {
  return map[value] ? t(map[value]) : (value ?? '');
}

export const options = map => Object.keys(map).map(value => ({ value, label: t(map[value]) }));

// ---------- helpers of these pages (and of the station's other pages: lectures, dispatch, ceremonies) ----------

/** A message to show after the next render (actions re-render the page to show the API's answer). */
let flash = null;

export function showFlash(container) {
  if (flash) {
    success(container, flash);
    flash = null;
  }
}

/** Re-renders the page with the given params and a confirmation on top. */
export function done(name, params, text) {
  flash = text;
  navigate(name, params);
}

/**
 * The station a page works on: the one named in params.unit, else the first station where the actor is
 * staff, else any station of the actor's grants (the API then decides what they may see).
 */
function stationOf(params) {
  const staff = venueStaffAt(['STATION']);
  const any = unitsWith('VIEW', ['STATION']);
  const all = [...staff, ...any.filter(u => !staff.some(s => s.id === u.id))];
  return { station: all.find(u => u.id === params.unit) || all[0], stations: all };
}

/** The page's heading line: which station, and a labelled switch if the actor works at several. */
function stationHeader(container, name, station, stations) {
  if (stations.length > 1) {
    const choice = select({ id: `${name}-unit` }, stations.map(u => ({ value: u.id, label: u.name })), station.id);
    choice.addEventListener('change', () => navigate(name, { unit: choice.value }));
    container.append(h('div', { class: 'station-bar' }, field('station.station', choice)));
  } else {
    container.append(h('p', { class: 'station-bar' }, `${t('station.station')}: `, h('strong', { text: station.name })));
  }
}

/** Renders a page body: the station header, then the page's own content; errors of the API as alerts. */
export function stationPage(name, def) {
  page(name, {
    ...def,
    render: async (body, params) => {
      const { station, stations } = stationOf(params);
      if (!station) {
        body.append(h('p', { text: t('station.noStation') }));
        return;
      }
      stationHeader(body, name, station, stations);
      const content = h('div', { id: `${name}-content` });
      body.append(content);
      // The confirmation of the last action shows once the page shows its result.
      try {
        await def.content(content, station, params);
      } finally {
        showFlash(body);
      }
    },
  });
}

/** The value for an <input type=datetime-local> of an ISO time or a Date, in the browser's zone. */
export function localInput(time) {
  if (!time) return '';
  const d = time instanceof Date ? time : new Date(time);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO instant of a datetime-local value (the browser's zone), or null if empty. */
export function instantOf(value) {
  return value ? new Date(value).toISOString() : null;
}

/** A group of labelled checkboxes in a fieldset with a legend. */
export function checkboxes(legendKey, name, map, checked = []) {
  return h('fieldset', { class: 'checks', id: `${name}-group` }, h('legend', { text: t(legendKey) }),
    Object.keys(map).map(value => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value, checked: checked.includes(value) }), t(map[value]))));
}

export const checkedValues = (f, name) => [...f.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);

export async function volunteersOf(station) {
  const volunteers = await getAll(`v1/volunteers?unit=${station.id}`, 5000);
  return new Map(volunteers.map(v => [v.id, v.realName]));
}

export const period = (start, end) => `${formatDate(start)} – ${formatDate(end)}`;

// ---------- venues and bookings (R-VEN-2, R-VEN-3) ----------

stationPage('station-venues', {
  title: 'station.venues.title',
  nav: 'station.venues.nav',
  visible: () => venueStaffAt(['STATION']).length > 0,
  content: async (body, station, params) => {
    const venues = (await get(`v1/venues?unit=${station.id}&limit=${LIMIT}`)).items;
    const route = extra => ({ unit: station.id, ...extra });
    body.append(h('h2', { text: t('station.venues.list') }));
    if (!venues.length) body.append(h('p', { text: t('station.venues.none') }));
    else {
      body.append(table(['station.venues.name', 'station.venues.kind', 'station.venues.platforms',
        'station.venues.capacity', 'common.status', 'common.actions'], venues.map(v => [
        v.name, label(VENUE_KINDS, v.kind), v.platforms.map(p => label(PLATFORMS, p)).join('、'),
        v.capacity ?? '', v.active ? t('station.venues.active') : t('station.venues.retired'),
        button(t('station.venues.showBookings', { name: v.name }),
          () => navigate('station-venues', route({ venue: v.id })), { class: 'secondary', 'aria-pressed': String(v.id === params.venue) }),
      ]), { id: 'venues' }));
    }
    const venue = venues.find(v => v.id === params.venue) || venues[0];
    if (!venue) return;
    const bookings = (await get(`v1/venues/${venue.id}/bookings?limit=${LIMIT}`)).items;
    body.append(h('h2', { id: 'bookings-heading', text: t('station.bookings.of', { name: venue.name }) }));
    if (!bookings.length) body.append(h('p', { text: t('station.bookings.none') }));
    else {
      body.append(table(['station.bookings.period', 'station.bookings.purpose', 'station.bookings.description',
        'station.bookings.user', 'common.status', 'station.bookings.checklist', 'common.actions'], bookings.map(b => [
        period(b.start, b.end), label(PURPOSES, b.purpose), b.description, b.user.name,
        h('span', { class: 'badge', text: label(BOOKING_STATUS, b.status) }),
        t('station.bookings.signedOf', { signed: 6 - b.unsignedItems.length, total: 6 }),
        button(t('station.bookings.open'), () => navigate('station-venues', route({ venue: venue.id, booking: b.id })),
          { class: 'secondary', 'aria-label': t('station.bookings.openLabel', { what: b.description, when: formatDate(b.start) }) }),
      ]), { id: 'bookings' }));
    }
    const booking = bookings.find(b => b.id === params.booking);
    if (booking) body.append(await bookingPanel(booking, route({ venue: venue.id, booking: booking.id })));
    if (venue.active && can('BOOK_VENUES')) body.append(bookForm(venue, route));
  },
});

function bookForm(venue, route) {
  const day = new Date(Date.now() + 86400000);
  day.setHours(14, 0, 0, 0);
  const from = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(day) });
  const to = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(new Date(day.getTime() + 2 * 3600000)) });
  const purpose = select({ name: 'purpose' }, options(PURPOSES), 'PRACTICE');
  const description = h('input', { name: 'description', required: true, ...limit('BookVenueDto.description') });
  const user = h('input', { name: 'user', required: true, ...limit('VenueUserDto.name') });
  const outside = h('input', { type: 'checkbox', name: 'outside' });
  return h('section', { 'aria-labelledby': 'book-heading' }, h('h2', { id: 'book-heading', text: t('station.book.title', { name: venue.name }) }),
    h('p', { class: 'hint', text: t('station.book.hint') }),
    form({ id: 'book-venue' }, [field('station.bookings.start', from), field('station.bookings.end', to),
      field('station.bookings.purpose', purpose), field('station.bookings.description', description),
      field('station.bookings.user', user), h('label', { class: 'check' }, outside, t('station.book.outside')),
      submit('station.book.submit')], async () => {
      const b = await post(`v1/venues/${venue.id}/bookings`, { start: instantOf(from.value), end: instantOf(to.value),
        purpose: purpose.value, description: description.value.trim(),
        user: { name: user.value.trim(), outsideOrganisation: outside.checked } });
      done('station-venues', route({ venue: venue.id, booking: b.id }),
        t(b.status === 'PENDING_APPROVAL' ? 'station.book.pending' : 'station.book.confirmed'));
    }));
}

// R-VEN-2: the residents' committee approves other use; where a county or township widened it (the setting
// venue.other-use-approvers), those who manage the venues approve too. The UI offers; the API decides (ADR 0034).
async function mayDecideOtherUse(b) {
  if (can('APPROVE_VENUE_USE')) return true;
  if (!can('MANAGE_VENUES')) return false;
  try {
    const setting = await get(`v1/units/${b.unitId}/settings/venue.other-use-approvers`);
    return setting.value === 'COMMITTEE_OR_ADMINISTRATORS';
  } catch {
    return false;
  }
}

async function bookingPanel(b, route) {
  const panel = h('section', { class: 'panel', id: 'booking-panel', 'aria-labelledby': 'booking-panel-heading' },
    h('h2', { id: 'booking-panel-heading', text: t('station.booking.title', { what: b.description }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('station.bookings.period') }), h('dd', { text: period(b.start, b.end) }),
      h('dt', { text: t('station.bookings.user') }), h('dd', { text: b.user.name }),
      h('dt', { text: t('station.booking.bookedBy') }), h('dd', { text: b.bookedBy }),
      h('dt', { text: t('common.status') }), h('dd', { id: 'booking-status', text: label(BOOKING_STATUS, b.status) }),
      b.closedAt ? [h('dt', { text: t('station.booking.closedAt') }), h('dd', { text: formatDate(b.closedAt) })] : null,
      b.cancellation ? [h('dt', { text: t('station.booking.cancelReason') }), h('dd', { text: b.cancellation.reason })] : null));
  const again = text => done('station-venues', route, text);
  const decides = b.status === 'PENDING_APPROVAL' && await mayDecideOtherUse(b);
  if (b.status === 'PENDING_APPROVAL' && !decides) {
    panel.append(h('p', { id: 'awaits-committee', text: t('station.booking.awaitsCommittee') }));
  }
  if (decides) {
    const approve = button(t('station.booking.approve'), null, { id: 'approve-booking' });
    approve.addEventListener('click', act(panel, approve, async () => {
      await post(`v1/bookings/${b.id}/approve`, {}, ifMatch(b.version));
      again(t('station.booking.approved'));
    }));
    const reason = h('input', { name: 'reason', required: true, ...limit('VenueDtos.ReasonDto.reason') });
    panel.append(h('p', { text: t('station.booking.needsApproval') }), h('div', { class: 'actions' }, approve),
      form({ id: 'reject-booking' }, [field('station.booking.rejectReason', reason), submit('station.booking.reject')],
        async () => {
          await post(`v1/bookings/${b.id}/reject`, { reason: reason.value.trim() }, ifMatch(b.version));
          again(t('station.booking.rejected'));
        }));
  }
  if (b.status === 'CONFIRMED' || b.status === 'CLOSED') {
    const signed = new Map(b.checklist.map(s => [s.item, s]));
    const rows = Object.keys(CHECKLIST).map(item => {
      const s = signed.get(item);
      const cell = s ? t('station.checklist.signedBy', { who: s.signedBy, when: formatDate(s.signedAt) }) : null;
      let control = '';
      if (!s && b.status === 'CONFIRMED' && can('SIGN_VENUE_CHECKLIST')) {
        control = button(t('station.checklist.sign', { item: t(CHECKLIST[item]) }), null,
          { class: 'secondary', dataset: { item } });
        control.addEventListener('click', act(panel, control, async () => {
          await put(`v1/bookings/${b.id}/checklist/${item}`, {}, ifMatch(b.version));
          again(t('station.checklist.signed', { item: t(CHECKLIST[item]) }));
        }));
      }
      return [t(CHECKLIST[item]), cell || h('span', { class: 'badge', text: t('station.checklist.unsigned') }), control];
    });
    panel.append(h('h3', { text: t('station.checklist.title') }), h('p', { class: 'hint', text: t('station.checklist.hint') }),
      table(['station.checklist.item', 'station.checklist.signature', 'common.actions'], rows, { id: 'checklist' }));
    if (b.status === 'CONFIRMED' && can('SIGN_VENUE_CHECKLIST')) {
      const close = button(t('station.booking.close'), null, { id: 'close-booking' });
      close.addEventListener('click', act(panel, close, async () => {
        await post(`v1/bookings/${b.id}/close`, {}, ifMatch(b.version));
        again(t('station.booking.closed'));
      }));
      panel.append(h('div', { class: 'actions' }, close));
    }
  }
  return panel;
}

// ---------- activities, notices and posters (R-NOTE-1) ----------

/**
 * A notice's deliveries (on the notice's page), one line a channel with where it stands (R-NOTE-1: a failed one is
 * retried, never silently lost); one still failing can be tried again at once by those who announce.
 */
function deliveries(body, unit, notice) {
  return h('ul', { class: 'deliveries', id: 'deliveries', 'aria-labelledby': 'deliveries-heading' }, notice.deliveries.map(d => {
    const state = t(`station.delivery.${d.status}`, { attempts: d.attempts });
    const line = h('li', { 'data-channel': d.channel, 'data-status': d.status },
      `${label(CHANNELS, d.channel)}：${state}`);
    if ((d.status === 'RETRYING' || d.status === 'NEEDS_ATTENTION') && can('ANNOUNCE', ['STATION'])) {
      const retry = button(t('station.delivery.retry'), null, { class: 'secondary',
        'aria-label': t('station.delivery.retryLabel', { name: notice.title, channel: label(CHANNELS, d.channel) }) });
      retry.addEventListener('click', act(body, retry, async () => {
        await post(`v1/notices/${notice.id}/deliveries/${d.channel}/retry`, {}, ifMatch(d.version));
        done('station-poster', { id: notice.id, unit }, t('station.delivery.retried', { channel: label(CHANNELS, d.channel) }));
      }));
      line.append(' ', retry);
    }
    return line;
  }));
}

stationPage('station-activities', {
  title: 'station.activities.title',
  nav: 'station.activities.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']),
  content: async (body, station, params) => {
    const [activities, notices] = await Promise.all([
      get(`v1/activities?unit=${station.id}&limit=${LIMIT}`), get(`v1/notices?unit=${station.id}&limit=${LIMIT}`)]);
    const route = extra => ({ unit: station.id, ...extra });
    const chosen = activities.items.find(a => a.id === params.activity);
    if (chosen) body.append(await announcePanel(station, chosen, route));

    body.append(h('h2', { text: t('station.activities.list') }));
    if (!activities.items.length) body.append(h('p', { text: t('station.activities.none') }));
    else {
      body.append(table(['station.activities.name', 'station.activities.form', 'station.activities.period',
        'common.status', 'station.activities.signUps', 'common.actions'], activities.items.map(a => [
        a.title, label(FORMS, a.form), period(a.start, a.end), label(ACTIVITY_STATUS, a.status),
        a.capacity ? `${a.confirmedCount} / ${a.capacity}` : String(a.confirmedCount),
        activityActions(body, station, a, route),
      ]), { id: 'activities' }));
    }

    body.append(h('h2', { text: t('station.notices.list') }));
    if (!notices.items.length) body.append(h('p', { text: t('station.notices.none') }));
    else {
      body.append(table(['station.notices.name', 'station.notices.startsAt', 'station.notices.channels',
        'station.notices.announcedBy', 'common.actions'], notices.items.map(n => [
        n.title, formatDate(n.startsAt), n.channels.map(c => label(CHANNELS, c)).join('、'),
        `${n.announcedBy} · ${formatDate(n.announcedAt)}`,
        h('a', { href: `#/station-poster?id=${n.id}&unit=${station.id}`, class: 'button secondary',
          'aria-label': t('station.notices.posterLabel', { name: n.title }), text: t('station.notices.poster') }),
      ]), { id: 'notices' }));
    }

    body.append(planForm(station, route));
  },
});

/**
 * What a station does next with an activity: a planned one is announced, and once it has started marked held; a held
 * one keeps its record (台账, R-ACT-1) on the records page.
 */
function activityActions(body, station, a, route) {
  const actions = h('div', { class: 'actions' });
  if (a.status === 'PLANNED') {
    actions.append(button(t('station.activities.announce'), () => navigate('station-activities', route({ activity: a.id })),
      { class: 'secondary', 'aria-label': t('station.activities.announceLabel', { name: a.title }) }));
    if (new Date(a.start) <= new Date()) {
      const held = button(t('station.activities.markHeld'), null, { class: 'secondary',
        'aria-label': t('station.activities.markHeldLabel', { name: a.title }) });
      held.addEventListener('click', act(body, held, async () => {
        await post(`v1/activities/${a.id}/held`, {}, ifMatch(a.version));
        done('station-records', { unit: station.id, activity: a.id, month: a.start.slice(0, 7) },
          t('station.activities.markedHeld', { name: a.title }));
      }));
      actions.append(held);
    }
  }
  if (a.status === 'HELD') {
    actions.append(h('a', { class: 'button secondary', href: `#/station-records?${new URLSearchParams({
      unit: station.id, activity: a.id, month: a.start.slice(0, 7) })}`,
    'aria-label': t('station.activities.recordLabel', { name: a.title }), text: t('station.activities.record') }));
  }
  return actions;
}

function planForm(station, route) {
  const start = new Date(Date.now() + 3 * 86400000);
  start.setHours(9, 0, 0, 0);
  const title = h('input', { name: 'title', required: true, ...limit('PlanActivityDto.title') });
  const formSelect = select({ name: 'form' }, options(FORMS), 'LECTURE');
  const from = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(start) });
  const to = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(new Date(start.getTime() + 2 * 3600000)) });
  const capacity = h('input', { name: 'capacity', type: 'number', min: 1, inputmode: 'numeric' });
  const description = h('textarea', { name: 'description', rows: 3, ...limit('PlanActivityDto.description') });
  return h('section', { 'aria-labelledby': 'plan-heading' }, h('h2', { id: 'plan-heading', text: t('station.activities.plan') }),
    form({ id: 'plan-activity' }, [field('station.activities.name', title), field('station.activities.form', formSelect),
      checkboxes('station.activities.themes', 'themes', THEMES, ['POLICY']),
      field('station.activities.start', from), field('station.activities.end', to),
      field('station.activities.capacity', capacity, 'station.activities.capacityHint'),
      field('station.activities.description', description), submit('station.activities.create')], async f => {
      const created = await post('v1/activities', {
        unit: station.id, form: formSelect.value, themes: checkedValues(f, 'themes'), title: title.value.trim(),
        description: description.value.trim() || null, start: instantOf(from.value), end: instantOf(to.value),
        capacity: capacity.value ? Number(capacity.value) : null,
      });
      done('station-activities', route({ activity: created.id }), t('station.activities.created', { name: created.title }));
    }));
}

async function announcePanel(station, a, route) {
  const full = await get(`v1/activities/${a.id}`);
  const title = h('input', { name: 'title', required: true, ...limit('AnnounceNoticeDto.title'), value: a.title });
  const text = h('textarea', { name: 'body', rows: 4, required: true, ...limit('AnnounceNoticeDto.body') });
  text.value = full.description || a.title;
  const place = h('input', { name: 'place', required: true, ...limit('AnnounceNoticeDto.place'), value: station.name });
  const panel = h('section', { class: 'panel', id: 'announce-panel', 'aria-labelledby': 'announce-heading' },
    h('h2', { id: 'announce-heading', text: t('station.notices.announceFor', { name: a.title }) }),
    h('p', { class: 'hint', text: t('station.notices.leadHint', { when: formatDate(a.start) }) }));
  panel.append(form({ id: 'announce-notice' }, [field('station.notices.name', title), field('station.notices.body', text),
    field('station.notices.place', place), checkboxes('station.notices.channels', 'channels', CHANNELS, ['WECHAT_GROUP', 'POSTER']),
    submit('station.notices.announce')], async f => {
    const notice = await post('v1/notices', {
      unitId: station.id, subjectKind: 'ACTIVITY', subjectId: a.id, title: title.value.trim(), body: text.value.trim(),
      place: place.value.trim(), startsAt: a.start, channels: checkedValues(f, 'channels'),
    });
    done('station-poster', { id: notice.id, unit: station.id }, t('station.notices.announced', { name: notice.title }));
  }));
  return panel;
}

page('station-poster', {
  title: 'station.poster.title',
  render: async (body, params) => {
    const notice = await get(`v1/notices/${encodeURIComponent(params.id || '')}`);
    const url = await blobUrl(`v1/notices/${notice.id}/poster`);
    const frame = h('iframe', { src: url, class: 'poster-frame', id: 'poster-frame', title: t('station.poster.frame', { name: notice.title }) });
    const print = button(t('station.poster.print'), () => frame.contentWindow.print(), { id: 'print-poster' });
    body.append(
      h('p', { class: 'no-print' }, h('strong', { text: notice.title }), ` · ${formatDate(notice.startsAt)} · ${notice.place}`),
      h('div', { class: 'actions no-print' }, print,
        h('a', { href: url, target: '_blank', rel: 'noopener', class: 'button secondary', id: 'open-poster', text: t('station.poster.open') }),
        h('a', { href: `#/station-activities?unit=${params.unit || notice.unitId}`, class: 'button secondary', text: t('station.poster.back') })),
      h('h2', { class: 'no-print', id: 'deliveries-heading', text: t('station.notices.deliveries') }),
      h('div', { class: 'no-print' }, deliveries(body, params.unit || notice.unitId, notice)),
      h('p', { class: 'hint no-print', text: t('station.poster.hint') }),
      frame);
    showFlash(body);
  },
});

// ---------- appraisal campaigns (R-APPR-1) ----------

stationPage('station-appraisals', {
  title: 'station.appraisals.title',
  nav: 'station.appraisals.nav',
  // Those who run campaigns, and the residents' committee, who confirms residents' recommendations (R-APPR-2).
  visible: () => can('MANAGE_APPRAISALS', ['STATION']) || can('CONFIRM_RECOMMENDATIONS', ['STATION']),
  content: async (body, station, params) => {
    const manages = can('MANAGE_APPRAISALS');
    const [campaigns, households] = await Promise.all([
      get(`v1/appraisals?unit=${station.id}&limit=${LIMIT}`), get(`v1/households?unit=${station.id}&limit=${LIMIT}`)]);
    const route = extra => ({ unit: station.id, ...extra });
    const homes = new Map(households.items.map(x => [x.id, x]));
    body.append(h('h2', { text: t('station.appraisals.list') }));
    if (!campaigns.items.length) body.append(h('p', { text: t('station.appraisals.none') }));
    else {
      body.append(table(['station.appraisals.name', 'station.appraisals.kind', 'station.appraisals.year',
        'station.appraisals.phase', 'station.appraisals.nominations', 'station.appraisals.votes', 'common.actions'],
      campaigns.items.map(c => [c.title, label(APPRAISAL_KINDS, c.kind), String(c.year),
        h('span', { class: 'badge', text: label(PHASES, c.phase) }), String(c.nominations.length), String(c.votesCast),
        button(t('station.appraisals.open'), () => navigate('station-appraisals', route({ campaign: c.id })),
          { class: 'secondary', 'aria-label': t('station.appraisals.openLabel', { name: c.title }) })]), { id: 'campaigns' }));
    }
    const campaign = campaigns.items.find(c => c.id === params.campaign);
    if (campaign) {
      const c = await get(`v1/appraisals/${campaign.id}`);
      const panel = campaignPanel(c, homes, route({ campaign: campaign.id }), manages);
      body.append(panel);
      if (c.phase === 'NOMINATING' && can('CONFIRM_RECOMMENDATIONS')) {
        panel.append(await recommendationsPanel(c, homes, route({ campaign: campaign.id })));
      }
    }
    if (manages) body.append(startCampaignForm(station, route));
  },
});

const RECOMMENDATION_STATUS = {
  PENDING: 'station.recommendationStatus.PENDING', CONFIRMED: 'station.recommendationStatus.CONFIRMED',
  DECLINED: 'station.recommendationStatus.DECLINED',
};

/**
 * The residents' recommendations of good people for a nominating campaign (R-APPR-2): each pending one with what
 * confirms it (the good person's household, the name to nominate) or declines it (a reason the resident reads); the
 * decided ones below. Each decision carries the version of the recommendation it was made on.
 */
async function recommendationsPanel(c, homes, route) {
  const again = text => done('station-appraisals', route, text);
  const list = await get(`v1/appraisals/${c.id}/recommendations?limit=${LIMIT}`);
  const pending = list.items.filter(r => r.status === 'PENDING');
  const decided = list.items.filter(r => r.status !== 'PENDING');
  const section = h('section', { id: 'recommendations', 'aria-labelledby': 'recommendations-heading' },
    h('h3', { id: 'recommendations-heading', text: t('station.recommendations.title') }));
  if (!list.items.length) section.append(h('p', { text: t('station.recommendations.none') }));
  if (pending.length) {
    section.append(h('ul', { class: 'cards recommendations', 'aria-label': t('station.recommendations.pending') },
      pending.map(r => {
        const headingId = `recommendation-${r.id}`;
        const household = select({ name: 'household', required: true },
          [{ value: '', label: t('station.recommendations.chooseHousehold') },
            ...[...homes.values()].map(x => ({ value: x.id, label: `${x.head} · ${x.address}` }))], '');
        const person = h('input', { name: 'person', value: r.person, ...limit('ConfirmRecommendationDto.person') });
        const reason = h('textarea', { name: 'reason', rows: 2, required: true, ...limit('DeclineRecommendationDto.reason') });
        return h('li', { class: 'card recommendation', dataset: { recommendation: r.id } },
          h('h4', { id: headingId, text: r.person }),
          h('p', { text: r.deed }),
          h('p', { class: 'hint', text: t('station.recommendations.by', { name: r.recommendedBy, at: formatDate(r.recommendedAt) }) }),
          homes.size ? form({ class: 'stack confirm-recommendation', 'aria-label': t('station.recommendations.confirmLabel', { name: r.person }) },
            [field('station.appraisals.household', household), field('station.recommendations.person', person, 'station.recommendations.personHint'),
              h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('station.recommendations.confirm'), 'aria-describedby': headingId }))],
            async () => {
              await post(`v1/appraisals/${c.id}/recommendations/${r.id}/confirm`,
                { householdId: household.value, person: person.value.trim() || null }, ifMatch(r.version));
              again(t('station.recommendations.confirmed', { name: person.value.trim() || r.person }));
            }) : h('p', { text: t('station.appraisals.noHouseholds') }),
          form({ class: 'stack decline-recommendation', 'aria-label': t('station.recommendations.declineLabel', { name: r.person }) },
            [field('station.recommendations.reason', reason),
              h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', text: t('station.recommendations.decline'), 'aria-describedby': headingId }))],
            async () => {
              await post(`v1/appraisals/${c.id}/recommendations/${r.id}/decline`, { reason: reason.value.trim() }, ifMatch(r.version));
              again(t('station.recommendations.declined', { name: r.person }));
            }));
      })));
  }
  if (decided.length) {
    section.append(h('h4', { text: t('station.recommendations.decided') }),
      table(['station.recommendations.person', 'station.recommendations.deed', 'station.recommendations.recommendedBy',
        'common.status', 'station.recommendations.reason'], decided.map(r => [r.person, r.deed, r.recommendedBy,
        label(RECOMMENDATION_STATUS, r.status), r.declineReason ?? '']), { id: 'decided-recommendations' }));
  }
  return section;
}

function campaignPanel(c, homes, route, manages) {
  const again = text => done('station-appraisals', route, text);
  const home = id => homes.get(id)?.head ?? id;
  const panel = h('section', { class: 'panel', id: 'campaign-panel', 'aria-labelledby': 'campaign-heading' },
    h('h2', { id: 'campaign-heading', text: c.title }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('station.appraisals.phase') }), h('dd', { id: 'campaign-phase', text: label(PHASES, c.phase) }),
      c.votingOpens ? [h('dt', { text: t('station.appraisals.window') }), h('dd', { text: period(c.votingOpens, c.votingCloses) })] : null,
      c.noticeStarts ? [h('dt', { text: t('station.appraisals.notice') }), h('dd', { text: period(c.noticeStarts, c.noticeEnds) })] : null,
      c.awardedAt ? [h('dt', { text: t('station.appraisals.awardedAt') }), h('dd', { text: formatDate(c.awardedAt) })] : null));
  panel.append(h('h3', { text: t('station.appraisals.nominations') }));
  if (!c.nominations.length) panel.append(h('p', { text: t('station.appraisals.noNominations') }));
  else {
    panel.append(table(['station.appraisals.household', 'station.appraisals.person', 'station.appraisals.reason',
      'common.status', 'station.appraisals.votes', 'station.appraisals.stars'], c.nominations.map(n => [
      home(n.householdId), n.person ?? '', n.reason, label(NOMINATION_STATUS, n.status), String(n.votes),
      n.stars ? t('station.appraisals.starCount', { n: n.stars }) : '']), { id: 'nominations' }));
  }
  if (c.objections.length) {
    panel.append(h('h3', { text: t('station.appraisals.objections') }),
      table(['station.appraisals.household', 'station.appraisals.reason', 'common.status', 'common.actions'], c.objections.map(o => {
        const n = c.nominations.find(x => x.id === o.nominationId);
        const actions = o.status === 'OPEN' && manages ? h('div', { class: 'actions' }, [true, false].map(upheld => {
          const b = button(t(upheld ? 'station.appraisals.uphold' : 'station.appraisals.dismiss'), null, {
            class: 'secondary', 'aria-label': t(upheld ? 'station.appraisals.upholdLabel' : 'station.appraisals.dismissLabel',
              { name: n ? home(n.householdId) : '', reason: o.reason }) });
          b.addEventListener('click', act(panel, b, async () => {
            await post(`v1/appraisals/${c.id}/objections/${o.id}/resolution`, { upheld }, ifMatch(c.version));
            again(t('station.appraisals.resolved'));
          }));
          return b;
        })) : (o.resolution ?? '');
        return [n ? home(n.householdId) : '', o.reason, label(OBJECTION_STATUS, o.status), actions];
      }), { id: 'objections' }));
  }
  if (!manages) return panel;
  if (c.phase === 'NOMINATING') {
    const household = select({ name: 'household', required: true },
      [...homes.values()].map(x => ({ value: x.id, label: `${x.head} · ${x.address}` })));
    const person = h('input', { name: 'person', ...limit('NominateDto.person') });
    const reason = h('textarea', { name: 'reason', rows: 2, required: true, ...limit('NominateDto.reason') });
    panel.append(h('h3', { text: t('station.appraisals.nominate') }), homes.size ? form({ id: 'nominate' },
      [field('station.appraisals.household', household), field('station.appraisals.person', person, 'station.appraisals.personHint'),
        field('station.appraisals.reason', reason), submit('station.appraisals.nominate')], async () => {
        await post(`v1/appraisals/${c.id}/nominations`, { householdId: household.value, person: person.value.trim() || null,
          reason: reason.value.trim() }, ifMatch(c.version));
        again(t('station.appraisals.nominated'));
      }) : h('p', { text: t('station.appraisals.noHouseholds') }));
    const now = new Date();
    now.setSeconds(0, 0);
    const opens = h('input', { name: 'opens', type: 'datetime-local', required: true, value: localInput(now) });
    const closes = h('input', { name: 'closes', type: 'datetime-local', required: true, value: localInput(new Date(now.getTime() + 7 * 86400000)) });
    panel.append(h('h3', { text: t('station.appraisals.openVoting') }), form({ id: 'open-voting' },
      [field('station.appraisals.opens', opens), field('station.appraisals.closes', closes), submit('station.appraisals.openVoting')],
      async () => {
        await post(`v1/appraisals/${c.id}/voting`, { opens: instantOf(opens.value), closes: instantOf(closes.value) }, ifMatch(c.version));
        again(t('station.appraisals.votingOpened'));
      }));
  }
  // Closing the vote takes the votes as cast, whatever this page showed (votes keep coming in while it is
  // open); the award stands on the shortlist and objections shown, so it carries the version read.
  const phaseAction = { VOTING: ['notice', 'station.appraisals.startNotice', 'station.appraisals.noticeStarted', {}],
    PUBLIC_NOTICE: ['award', 'station.appraisals.award', 'station.appraisals.awarded', ifMatch(c.version)] }[c.phase];
  if (phaseAction) {
    const [path, key, doneKey, options] = phaseAction;
    const b = button(t(key), null, { id: `campaign-${path}` });
    b.addEventListener('click', act(panel, b, async () => {
      await post(`v1/appraisals/${c.id}/${path}`, {}, options);
      again(t(doneKey));
    }));
    panel.append(h('div', { class: 'actions' }, b));
  }
  return panel;
}

function startCampaignForm(station, route) {
  const kind = select({ name: 'kind' }, options(APPRAISAL_KINDS), 'GOOD_NEIGHBOUR');
  const title = h('input', { name: 'title', required: true, ...limit('StartCampaignDto.title') });
  const year = h('input', { name: 'year', type: 'number', required: true, min: 1900, max: 2100, value: new Date().getFullYear() });
  return h('section', { 'aria-labelledby': 'start-campaign-heading' },
    h('h2', { id: 'start-campaign-heading', text: t('station.appraisals.start') }),
    form({ id: 'start-campaign' }, [field('station.appraisals.kind', kind), field('station.appraisals.name', title),
      field('station.appraisals.year', year), submit('station.appraisals.start')], async () => {
      const c = await post('v1/appraisals', { unitId: station.id, kind: kind.value, title: title.value.trim(), year: Number(year.value) });
      done('station-appraisals', route({ campaign: c.id }), t('station.appraisals.started', { name: c.title }));
    }));
}

// ---------- care pairings (R-HELP-1) ----------

stationPage('station-care', {
  title: 'station.care.title',
  nav: 'station.care.nav',
  visible: () => can('MANAGE_CARE', ['STATION']),
  content: async (body, station, params) => {
    const recipients = (await get(`v1/care-recipients?unit=${station.id}&limit=${LIMIT}`)).items;
    const [overdue, names, pairings] = await Promise.all([
      get(`v1/units/${station.id}/overdue-visits`), volunteersOf(station),
      Promise.all(recipients.map(r => get(`v1/care-recipients/${r.id}/pairings`)))]);
    const route = extra => ({ unit: station.id, ...extra });
    const who = ids => ids.map(id => names.get(id) ?? id).join('、');
    const recipientLabel = r => t('station.care.recipientLabel', { category: label(CARE_CATEGORIES, r.category), date: formatDate(r.registeredAt, false) });
    const byRecipient = new Map(recipients.map(r => [r.id, r]));

    body.append(h('h2', { text: t('station.care.overdue', { date: formatDate(overdue.asOf, false) }) }));
    if (!overdue.overdue.length) body.append(h('p', { id: 'overdue-none', text: t('station.care.noOverdue') }));
    else {
      body.append(table(['station.care.recipient', 'station.care.volunteers', 'station.care.interval', 'station.care.lastVisit',
        'station.care.dueBy', 'station.care.daysOverdue'], overdue.overdue.map(o => [
        byRecipient.has(o.recipient) ? recipientLabel(byRecipient.get(o.recipient)) : label(CARE_CATEGORIES, o.category),
        who(o.volunteers), t('station.care.everyDays', { n: o.visitIntervalDays }), o.lastVisitOn ? formatDate(o.lastVisitOn, false) : t('station.care.never'),
        formatDate(o.visitDueBy, false), h('strong', { text: t('station.care.overdueDays', { n: o.daysOverdue }) })]), { id: 'overdue' }));
    }

    body.append(h('h2', { text: t('station.care.pairings') }), h('p', { class: 'hint', text: t('station.care.privacy') }));
    const rows = [];
    recipients.forEach((r, i) => pairings[i].forEach(p => rows.push([
      recipientLabel(r), who(p.volunteers), t('station.care.everyDays', { n: p.visitIntervalDays }),
      p.endedOn ? t('station.care.ended', { from: formatDate(p.startedOn, false), to: formatDate(p.endedOn, false) })
        : t('station.care.since', { from: formatDate(p.startedOn, false) }),
      p.endedOn ? '' : (p.daysOverdue > 0 ? h('strong', { text: t('station.care.overdueDays', { n: p.daysOverdue }) })
        : t('station.care.dueOn', { date: formatDate(p.visitDueBy, false) })),
      p.visits.length ? h('ul', { class: 'visits' }, p.visits.map(v => h('li', {
        text: t('station.care.visit', { when: formatDate(v.visitedAt), minutes: v.durationMinutes, who: names.get(v.volunteer) ?? v.volunteer }),
      }))) : t('station.care.noVisits'),
    ])));
    if (!rows.length) body.append(h('p', { text: t('station.care.noPairings') }));
    else {
      body.append(table(['station.care.recipient', 'station.care.volunteers', 'station.care.interval', 'station.care.period',
        'station.care.nextVisit', 'station.care.visits'], rows, { id: 'pairings' }));
    }

    const unpaired = recipients.filter(r => r.pairingStatus === 'UNPAIRED');
    body.append(h('h2', { id: 'pair-heading', text: t('station.care.pair') }));
    if (!unpaired.length || !names.size) body.append(h('p', { text: t('station.care.nothingToPair') }));
    else {
      const recipient = select({ name: 'recipient' }, unpaired.map(r => ({ value: r.id, label: recipientLabel(r) })),
        params.recipient);
      const volunteer = select({ name: 'volunteer' }, [...names].map(([value, name]) => ({ value, label: name })));
      const interval = h('input', { name: 'interval', type: 'number', min: 1, max: 365, required: true, value: 7, inputmode: 'numeric' });
      body.append(form({ id: 'pair', 'aria-labelledby': 'pair-heading' }, [field('station.care.recipient', recipient),
        field('station.care.volunteer', volunteer), field('station.care.interval', interval, 'station.care.intervalHint'),
        submit('station.care.pair')], async () => {
        await post('v1/care-pairings', { recipient: recipient.value, volunteers: [volunteer.value], visitIntervalDays: Number(interval.value) });
        done('station-care', route({}), t('station.care.paired'));
      }));
    }
    body.append(registerForm(station, route));
  },
});

/** Registers a care recipient; the answer carries no personal details, and the pair form then offers it. */
function registerForm(station, route) {
  const category = select({ name: 'category' }, options(CARE_CATEGORIES), 'EMPTY_NEST_ELDER');
  const name = h('input', { name: 'name', required: true, ...limit('RegisterCareRecipientDto.name'), autocomplete: 'off' });
  // Not the API's limits: an ID number's 18 characters are its format, and 20 keeps a phone short (the API takes a
  // mobile number's 11 digits).
  const idNumber = h('input', { name: 'residentIdNumber', maxlength: 18, autocomplete: 'off' });
  const birthYear = h('input', { name: 'birthYear', type: 'number', min: 1900, max: 2100, inputmode: 'numeric' });
  const address = h('input', { name: 'address', required: true, ...limit('RegisterCareRecipientDto.address'), autocomplete: 'off' });
  const phone = h('input', { name: 'phone', type: 'tel', maxlength: 20, autocomplete: 'off' });
  const needs = h('textarea', { name: 'needs', rows: 2, ...limit('RegisterCareRecipientDto.needs') });
  const guardianName = h('input', { name: 'guardianName', ...limit('GuardianDto.name'), autocomplete: 'off' });
  const guardianPhone = h('input', { name: 'guardianPhone', type: 'tel', maxlength: 20, autocomplete: 'off' });
  const relation = select({ name: 'guardianRelation' }, options(RELATIONS), 'MOTHER');
  return h('section', { 'aria-labelledby': 'register-heading' },
    h('h2', { id: 'register-heading', text: t('station.care.register') }),
    h('p', { class: 'hint', text: t('station.care.registerHint') }),
    form({ id: 'register-recipient' }, [field('station.care.category', category), field('station.care.name', name),
      field('station.care.idNumber', idNumber, 'station.care.idHint'), field('station.care.birthYear', birthYear),
      field('station.care.address', address), field('station.care.phone', phone), field('station.care.needs', needs),
      h('fieldset', { class: 'checks stack-fields' }, h('legend', { text: t('station.care.guardian') }),
        h('p', { class: 'hint', text: t('station.care.guardianHint') }),
        field('station.care.guardianName', guardianName), field('station.care.guardianPhone', guardianPhone),
        field('station.care.guardianRelation', relation)),
      submit('station.care.registerSubmit')], async () => {
      const value = input => input.value.trim() || null;
      const registered = await post('v1/care-recipients', {
        unit: station.id, category: category.value, name: name.value.trim(), residentIdNumber: value(idNumber),
        birthYear: birthYear.value ? Number(birthYear.value) : null, address: address.value.trim(), phone: value(phone),
        needs: needs.value.trim(),
        guardian: guardianName.value.trim() ? { name: guardianName.value.trim(), phone: guardianPhone.value.trim(), relation: relation.value } : null,
      });
      done('station-care', route({ recipient: registered.id }), t('station.care.registered'));
    }));
}

// ---------- review of flagged hours (forgotten check-outs, make-ups) ----------

stationPage('station-review', {
  title: 'station.review.title',
  nav: 'station.review.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']) || can('REGISTER_VOLUNTEERS', ['STATION']),
  content: async (body, station, params) => {
    const entries = (await get(`v1/units/${station.id}/service-records/to-review?limit=${LIMIT}`)).items;
    const names = await volunteersOf(station);
    const route = extra => ({ unit: station.id, ...extra });
    body.append(h('p', { class: 'hint', text: t('station.review.intro') }), h('h2', { text: t('station.review.list') }));
    if (!entries.length) body.append(h('p', { id: 'review-none', text: t('station.review.none') }));
    else {
      body.append(table(['station.review.volunteer', 'station.review.what', 'station.review.where', 'station.review.start',
        'station.review.scheduledEnd', 'station.review.flags', 'common.actions'], entries.map(e => [
        names.get(e.volunteerId) ?? e.volunteerId, e.description, e.where ?? '', formatDate(e.start), formatDate(e.scheduledEnd ?? e.end),
        e.flags.map(f => label(FLAGS, f)).join('、'),
        button(t('station.review.correct'), () => navigate('station-review', route({ entry: e.id })),
          { class: 'secondary', 'aria-label': t('station.review.correctLabel', { who: names.get(e.volunteerId) ?? '', what: e.description }) }),
      ]), { id: 'to-review' }));
    }
    const entry = entries.find(e => e.id === params.entry);
    if (entry) body.append(correctionForm(entry, names, route));
    body.append(makeUpForm(station, names, route));
  },
});

function minutesBetween(a, b) {
  return Math.max(1, Math.round((new Date(b) - new Date(a)) / 60000));
}

function correctionForm(e, names, route) {
  const scheduledEnd = e.scheduledEnd ?? e.end;
  const start = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(e.start) });
  const end = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(scheduledEnd) });
  const scheduled = h('input', { name: 'scheduledMinutes', type: 'number', min: 1, max: 1440, required: true,
    value: minutesBetween(e.start, scheduledEnd), inputmode: 'numeric' });
  return h('section', { class: 'panel', id: 'correction-panel', 'aria-labelledby': 'correction-heading' },
    h('h2', { id: 'correction-heading', text: t('station.review.correctionFor', { who: names.get(e.volunteerId) ?? e.volunteerId, what: e.description }) }),
    h('p', { class: 'hint', text: t('station.review.correctionHint') }),
    form({ id: 'correct-entry' }, [field('station.review.start', start), field('station.review.end', end),
      field('station.review.scheduledMinutes', scheduled, 'station.review.scheduledHint'), submit('station.review.saveCorrection')], async () => {
      const corrected = await post(`v1/service-records/${e.id}/corrections`, {
        start: instantOf(start.value), end: instantOf(end.value), scheduledMinutes: Number(scheduled.value) });
      done('station-review', route({}), t('station.review.corrected', { minutes: corrected.minutes }));
    }));
}

function makeUpForm(station, names, route) {
  const volunteer = select({ name: 'volunteer' }, [...names].map(([value, name]) => ({ value, label: name })));
  const what = h('input', { name: 'description', required: true, ...limit('MakeUpDto.description') });
  const where = h('input', { name: 'where', ...limit('MakeUpDto.where'), value: station.name });
  const day = new Date(Date.now() - 86400000);
  day.setHours(9, 0, 0, 0);
  const start = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(day) });
  const end = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(new Date(day.getTime() + 2 * 3600000)) });
  const scheduled = h('input', { name: 'scheduledMinutes', type: 'number', min: 1, max: 1440, required: true, value: 120, inputmode: 'numeric' });
  return h('section', { 'aria-labelledby': 'make-up-heading' }, h('h2', { id: 'make-up-heading', text: t('station.review.makeUp') }),
    h('p', { class: 'hint', text: t('station.review.makeUpHint') }),
    names.size ? form({ id: 'make-up' }, [field('station.review.volunteer', volunteer), field('station.review.what', what),
      field('station.review.where', where), field('station.review.start', start), field('station.review.end', end),
      field('station.review.scheduledMinutes', scheduled, 'station.review.scheduledHint'), submit('station.review.saveMakeUp')], async () => {
      const made = await post('v1/service-records/make-ups', { volunteerId: volunteer.value, unitId: station.id,
        description: what.value.trim(), where: where.value.trim() || null, start: instantOf(start.value), end: instantOf(end.value),
        scheduledMinutes: Number(scheduled.value) });
      done('station-review', route({}), t('station.review.madeUp', { minutes: made.minutes }));
    }) : h('p', { text: t('station.review.noVolunteers') }));
}
