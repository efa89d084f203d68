// volunteer pages of the browser UI. Texts: org/civility/web/ui/volunteer*.properties, keys "volunteer.*".
// Phone first: volunteers arrive from WeChat links and QR codes. The API (core's authorization) is the guard;
// these pages only leave out what it would refuse.
import {
  page, t, h, field, select, table, success, showError, announce, formatDate, get, post, download,
  me, hasRole, unitsWhere, can, unitsWith, unit, navigate, refreshMe, ifMatch, act, form, limit,
} from '../app.js';

const STAFF_ROLES = ['HEAD', 'ADMINISTRATOR', 'DUTY_STAFF', 'COMMITTEE'];
const STAFF_TIERS = ['STATION', 'INSTITUTE', 'CENTER'];
const SOURCES = ['SELF_CHECK_IN', 'ADMIN_MAKE_UP', 'IMPORT'];
const ORIGINS = ['RESIDENT', 'COMMUNITY_STAFF', 'COLLECTIVE_ENTERPRISE', 'RETIRED_CULTURE_WORKER', 'COLLEGE_STUDENT',
  'RETURNING_ENTREPRENEUR', 'SERVING_PARTY_MEMBER', 'ADVANCED_INDIVIDUAL', 'ART_VOLUNTEER', 'OTHER'];
const RELATIONS = ['FATHER', 'MOTHER', 'GRANDPARENT', 'OTHER_LEGAL_GUARDIAN'];

const isVolunteer = m => Boolean(m && m.volunteerId);

function hours(minutes) {
  return (Math.round((minutes || 0) / 6) / 10).toFixed(1);
}

/** Stars as text ("★★★☆☆ 3 星"), never as colour alone. */
function stars(level) {
  return h('span', { class: 'stars' },
    h('span', { 'aria-hidden': 'true', text: '★'.repeat(level) + '☆'.repeat(Math.max(0, 5 - level)) }), ' ',
    t('volunteer.stars', { level }));
}

function itemName(order) {
  return order.item?.name || t('volunteer.orders.unnamed');
}

// ---------- start page: who I am, what is offered to me, what I can grab ----------

page('volunteer', {
  title: 'volunteer.home.title',
  nav: 'volunteer.nav.home',
  visible: isVolunteer,
  home: m => isVolunteer(m) && !hasRole(STAFF_ROLES, STAFF_TIERS),
  render: async (body, params) => {
    const id = me().volunteerId;
    const [self, recognition] = await Promise.all([
      get(`v1/volunteers/${id}`),
      get(`v1/volunteers/${id}/recognition`).catch(() => null),
    ]);
    const home = await unit(self.homeUnit).catch(() => null);
    if (params.welcome) {
      success(body, t('volunteer.signup.welcome', { name: self.realName })).id = 'volunteer-welcome';
    }
    body.append(h('p', { class: 'lead', text: t('volunteer.home.greeting', { name: self.realName, unit: home?.name ?? '' }) }));
    if (recognition) {
      body.append(h('ul', { class: 'cards summary', id: 'volunteer-summary' },
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.hours') }),
          h('div', { class: 'stat', id: 'volunteer-total-hours', text: t('volunteer.hoursValue', { hours: recognition.totalHours.toFixed(1) }) })),
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.stars') }),
          h('div', { class: 'stat', id: 'volunteer-star-level' }, stars(recognition.starLevel)),
          recognition.hoursToNextStar != null
            ? h('div', { class: 'hint', text: t('volunteer.summary.toNextStar', { hours: recognition.hoursToNextStar.toFixed(1) }) })
            : null),
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.points') }),
          h('div', { class: 'stat', id: 'volunteer-points', text: String(recognition.pointsBalance) }))));
    }
    body.append(h('nav', { class: 'actions quick', 'aria-label': t('volunteer.home.quick') },
      h('a', { class: 'button', href: '#/checkin', id: 'go-checkin', text: t('volunteer.nav.checkin') }),
      h('a', { class: 'button secondary', href: '#/volunteer-hours', text: t('volunteer.nav.hours') }),
      h('a', { class: 'button secondary', href: '#/volunteer-certificates', text: t('volunteer.nav.certificates') })));

    const offers = h('section', { id: 'volunteer-offers', 'aria-labelledby': 'volunteer-offers-title' });
    const grabs = h('section', { id: 'volunteer-grabs', 'aria-labelledby': 'volunteer-grabs-title' });
    body.append(offers, grabs);
    const refresh = async () => {
      await Promise.all([drawOffers(offers, refresh), drawGrabs(grabs, self.homeUnit, refresh)]);
    };
    await refresh();
  },
});

async function drawOffers(section, refresh) {
  const list = await get('v1/orders/for-me?limit=50');
  section.replaceChildren(h('h2', { id: 'volunteer-offers-title', text: t('volunteer.offers.title') }));
  if (!list.items.length) {
    section.append(h('p', { class: 'hint', text: t('volunteer.offers.none') }));
    return;
  }
  section.append(h('ul', { class: 'cards orders' }, list.items.map(o => orderCard(o, refresh))));
}

async function drawGrabs(section, homeUnit, refresh) {
  section.replaceChildren(h('h2', { id: 'volunteer-grabs-title', text: t('volunteer.grabs.title') }));
  // The offers above stay usable when the grabs cannot be read: the refusal shows in this section only.
  const list = await get(`v1/orders/open-for-grabs?unit=${homeUnit}&limit=50`).catch(e => {
    showError(section, e);
    return null;
  });
  if (!list) return;
  if (!list.items.length) {
    section.append(h('p', { class: 'hint', text: t('volunteer.grabs.none') }));
    return;
  }
  section.append(h('ul', { class: 'cards orders' }, list.items.map(o => orderCard(o, refresh))));
}

/** One order as a card with what the volunteer may do with it now. */
function orderCard(o, refresh) {
  const titleId = `order-${o.id}-title`;
  const card = h('li', { class: 'card order', id: `order-${o.id}`, dataset: { status: o.status }, 'aria-labelledby': titleId });
  const actions = h('div', { class: 'actions' });
  // A step of the order from one of its controls: the lists are drawn again, the confirmation above the offers; a
  // refusal shows on the card.
  const run = (control, call, doneKey) => act(card, control, async () => {
    await call();
    announce(t(doneKey, { item: itemName(o) }));
    await refresh();
    success(document.getElementById('volunteer-offers'), t(doneKey, { item: itemName(o) }));
  });
  const version = ifMatch(o.version);
  if (o.status === 'OFFERED' || o.status === 'OPEN_FOR_GRABS') {
    const accept = h('button', { type: 'button', class: 'accept', text: t(o.status === 'OFFERED' ? 'volunteer.orders.accept' : 'volunteer.orders.grab') });
    accept.addEventListener('click', run(accept, () => post(`v1/orders/${o.id}/accept`), 'volunteer.orders.accepted'));
    actions.append(accept);
  }
  if (o.status === 'OFFERED') {
    const reason = h('input', { name: 'reason', class: 'reason', required: true, ...limit('OrderDtos.ReasonDto.reason') });
    const confirm = h('button', { type: 'submit', class: 'confirm-decline', text: t('volunteer.orders.confirmDecline') });
    const decline = h('form', { class: 'stack decline-form', hidden: true },
      field('volunteer.orders.reason', reason, 'volunteer.orders.reasonHint'),
      h('div', { class: 'actions' }, confirm,
        h('button', { type: 'button', class: 'secondary', text: t('common.cancel'), onclick: () => { decline.hidden = true; toggle.focus(); } })));
    const toggle = h('button', { type: 'button', class: 'secondary decline', 'aria-expanded': 'false', text: t('volunteer.orders.decline') });
    toggle.addEventListener('click', () => {
      decline.hidden = !decline.hidden;
      toggle.setAttribute('aria-expanded', String(!decline.hidden));
      if (!decline.hidden) reason.focus();
    });
    decline.addEventListener('submit', run(confirm,
      () => post(`v1/orders/${o.id}/decline`, { reason: reason.value.trim() }, version), 'volunteer.orders.declined'));
    actions.append(toggle);
    card.append(decline);
  }
  if (o.status === 'ACCEPTED') {
    const start = h('button', { type: 'button', class: 'start', text: t('volunteer.orders.start') });
    start.addEventListener('click', run(start, () => post(`v1/orders/${o.id}/start`, {}, version), 'volunteer.orders.started'));
    actions.append(start);
  }
  if (o.status === 'IN_SERVICE') {
    const report = h('input', { name: 'report', class: 'report', required: true, ...limit('CompleteOrderDto.report') });
    const complete = h('button', { type: 'submit', class: 'complete', text: t('volunteer.orders.complete') });
    const completeForm = h('form', { class: 'stack complete-form' }, field('volunteer.orders.report', report),
      h('div', { class: 'actions' }, complete));
    completeForm.addEventListener('submit', run(complete,
      () => post(`v1/orders/${o.id}/complete`, { report: report.value.trim() }, version), 'volunteer.orders.completed'));
    card.append(completeForm);
  }
  card.prepend(...[
    h('h3', { id: titleId, text: itemName(o) }),
    h('p', {}, h('span', { class: 'badge', text: t(`volunteer.orderStatus.${o.status}`) })),
    o.description ? h('p', { text: o.description }) : null,
    h('dl', { class: 'facts' },
      h('dt', { text: t('volunteer.orders.recipient') }), h('dd', { text: o.recipient }),
      h('dt', { text: t('volunteer.orders.placedAt') }), h('dd', { text: formatDate(o.placedAt) })),
  ].filter(Boolean));
  card.append(actions);
  return card;
}

// ---------- check in and out with the six digits, or with the QR code's link token ----------

/** A link token as the QR code's link carries it (base64url, 22 to 64 characters); anything else is ignored. */
const LINK_TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

page('checkin', {
  title: 'volunteer.checkin.title',
  nav: 'volunteer.nav.checkin',
  visible: isVolunteer,
  render: async (body, params) => {
    if (!me().volunteerId) {
      body.append(h('p', { class: 'alert', role: 'alert', text: t('volunteer.checkin.noVolunteer') }));
      return;
    }
    // From the QR code: the link token stands for the code, and the page never knew the digits, so it shows none.
    const token = LINK_TOKEN.test(params.token || '') ? params.token : null;
    // The six digits a duty staff member shows (the API takes a QR code's longer link token in the same field).
    const code = token ? null : h('input', {
      name: 'code', id: 'checkin-code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}',
      maxlength: 6, required: true, value: (params.code || '').replace(/\D/g, '').slice(0, 6),
    });
    const consent = h('input', { type: 'checkbox', id: 'checkin-location-consent', name: 'locationConsent' });
    const result = h('div', { id: 'checkin-result' });
    const checkIn = h('button', { type: 'submit', id: 'checkin-confirm', text: t('volunteer.checkin.checkIn') });
    const checkOut = h('button', { type: 'button', class: 'secondary', id: 'checkout-confirm', text: t('volunteer.checkin.checkOut') });
    const send = async kind => {
      result.replaceChildren();
      if (code && !code.checkValidity()) {
        code.focus();
        throw { title: t('volunteer.checkin.codeInvalid') };
      }
      const key = token || code.value;
      if (kind === 'in') {
        const location = consent.checked ? await currentLocation() : null;
        const entry = await post('v1/service-records/check-ins', location
          ? { code: key, location, locationConsent: true } : { code: key });
        success(result, t('volunteer.checkin.checkedIn', { what: entry.description, at: formatDate(entry.start) }));
        checkOut.focus();
      } else {
        const entry = await post('v1/service-records/check-outs', { code: key });
        success(result, t('volunteer.checkin.checkedOut', { what: entry.description, minutes: entry.minutes }));
      }
    };
    // Checking in and out from the same form, one after the other: both buttons are enabled again after each.
    const checkin = form({ id: 'checkin-form' }, [
      token
        ? h('p', { class: 'notice', id: 'checkin-from-link' }, t('volunteer.checkin.fromQrCode'), ' ',
          h('a', { href: '#/checkin', id: 'checkin-type-digits', text: t('volunteer.checkin.typeDigits') }))
        : params.code
          ? h('p', { class: 'notice', id: 'checkin-from-link', text: t('volunteer.checkin.fromLink') }) : null,
      code ? field('volunteer.checkin.code', code, 'volunteer.checkin.codeHint') : null,
      h('div', { class: 'field' },
        h('label', { class: 'check', for: consent.id }, consent, t('volunteer.checkin.locationConsent')),
        h('div', { class: 'hint', id: 'checkin-location-hint', text: t('volunteer.checkin.locationHint') })),
      h('div', { class: 'actions' }, checkIn, checkOut)], () => send('in'), { again: true });
    consent.setAttribute('aria-describedby', 'checkin-location-hint');
    checkOut.addEventListener('click', act(checkin, checkOut, () => send('out'), { again: true }));
    body.append(h('p', { text: t('volunteer.checkin.intro') }), checkin, result);
    (code && !code.value ? code : checkIn).focus();
  },
});

/** The position "lat,lon" if the volunteer allows it in the browser too; null otherwise (never required). */
function currentLocation() {
  return new Promise(resolve => {
    if (!navigator.geolocation) {
      resolve(null);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      p => resolve(`${p.coords.latitude.toFixed(5)},${p.coords.longitude.toFixed(5)}`),
      () => resolve(null), { timeout: 10000, maximumAge: 60000 });
  });
}

// ---------- my hours by source, star level and points ----------

page('volunteer-hours', {
  title: 'volunteer.hours.title',
  nav: 'volunteer.nav.hours',
  visible: isVolunteer,
  render: async body => {
    const id = me().volunteerId;
    const [records, recognition] = await Promise.all([
      get(`v1/volunteers/${id}/service-records?limit=50`),
      get(`v1/volunteers/${id}/recognition`),
    ]);
    body.append(
      h('ul', { class: 'cards summary' },
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.hours') }),
          h('div', { class: 'stat', id: 'hours-total', text: t('volunteer.hoursValue', { hours: recognition.totalHours.toFixed(1) }) })),
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.stars') }),
          h('div', { class: 'stat', id: 'hours-star-level' }, stars(recognition.starLevel)),
          h('div', { class: 'hint', text: t('volunteer.hours.thresholds', { hours: recognition.starThresholdHours.join(' / ') }) })),
        h('li', { class: 'card' }, h('h2', { text: t('volunteer.summary.points') }),
          h('div', { class: 'stat', id: 'hours-points', text: String(recognition.pointsBalance) }))),
      h('h2', { text: t('volunteer.hours.bySource') }),
      h('p', { class: 'hint', text: t('volunteer.hours.bySourceHint') }),
      table(['volunteer.hours.source', 'volunteer.hours.hours'],
        SOURCES.map(s => [t(`volunteer.source.${s}`), t('volunteer.hoursValue', { hours: hours(records.totals.minutesBySource[s]) })]),
        { id: 'hours-by-source' }),
      h('div', {}, records.totals.openSessions
        ? h('p', { class: 'notice', text: t('volunteer.hours.openSessions', { count: records.totals.openSessions }) }) : null),
      h('h2', { text: t('volunteer.hours.entries') }),
      h('p', { class: 'hint', text: t('volunteer.hours.entriesHint') }));
    // The chain is append-only: a check-out or a correction is a new entry pointing at the one it replaces.
    // Show what counts now, not the replaced entries as well.
    const replaced = new Set(records.records.items.map(r => r.correctsId).filter(Boolean));
    const rows = records.records.items.filter(r => !replaced.has(r.id)).map(r => [
      formatDate(r.start),
      r.description + (r.where ? ` · ${r.where}` : ''),
      r.open ? t('volunteer.hours.open') : t('volunteer.minutesValue', { minutes: r.minutes }),
      t(`volunteer.source.${r.source}`),
    ]);
    body.append(rows.length
      ? table(['volunteer.hours.when', 'volunteer.hours.what', 'volunteer.hours.minutes', 'volunteer.hours.source'], rows, { id: 'hours-entries' })
      : h('p', { class: 'hint', text: t('common.none') }));
  },
});

// ---------- my certificates (志愿服务记录证明) ----------

page('volunteer-certificates', {
  title: 'volunteer.certificates.title',
  nav: 'volunteer.nav.certificates',
  visible: isVolunteer,
  render: async body => {
    const list = await get(`v1/certificates?volunteer=${me().volunteerId}&limit=50`);
    body.append(h('p', { class: 'hint', text: t('volunteer.certificates.intro') }));
    if (!list.items.length) {
      body.append(h('p', { text: t('volunteer.certificates.none') }));
      return;
    }
    body.append(h('ul', { class: 'cards', id: 'certificate-list' }, list.items.map(c => {
      const button = h('button', {
        type: 'button', class: 'download', dataset: { id: c.id },
        text: t('volunteer.certificates.download'), 'aria-describedby': `certificate-${c.id}-title`,
      });
      const item = h('li', { class: 'card', id: `certificate-${c.id}` },
        h('h3', { id: `certificate-${c.id}-title`, text: c.issuerName }),
        h('dl', { class: 'facts' },
          h('dt', { text: t('volunteer.certificates.number') }), h('dd', { text: c.number }),
          h('dt', { text: t('volunteer.certificates.hours') }), h('dd', { text: t('volunteer.hoursValue', { hours: String(c.hours) }) }),
          h('dt', { text: t('volunteer.certificates.period') }), h('dd', { text: `${formatDate(c.servedFrom, false)} – ${formatDate(c.servedTo, false)}` }),
          h('dt', { text: t('volunteer.certificates.issuedOn') }), h('dd', { text: formatDate(c.issuedOn, false) })),
        h('div', { class: 'actions' }, button));
      button.addEventListener('click', act(item, button, async () => {
        await download(c.pdf, `certificate-${c.number}.pdf`, 'application/pdf');
        success(item, t('volunteer.certificates.downloaded', { number: c.number }));
      }, { again: true, notices: true }));
      return item;
    })));
  },
});

// ---------- registration under the real name, at the station (staff-assisted, ADR 0015) ----------

/** Completed years on today of the birth date in an 18-character ID number, or null. */
function ageOf(idNumber) {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(idNumber.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const now = new Date();
  let age = now.getFullYear() - y;
  if (now.getMonth() + 1 < mo || (now.getMonth() + 1 === mo && now.getDate() < d)) age -= 1;
  return age;
}

/**
 * The fields of a registration under the real name, with ids "<prefix>-…": name, ID number, phone, origin, skills and
 * a guardian section that opens by itself when the ID number shows a minor. payload(homeUnit) is the API's body.
 */
function registrationFields(prefix) {
  const realName = h('input', { name: 'realName', id: `${prefix}-name`, required: true, ...limit('RegisterVolunteerDto.realName'), autocomplete: 'off' });
  // The ID number's 18 characters and a mobile number's 11 digits are their format, tighter than the API's limits.
  const idNumber = h('input', { name: 'residentIdNumber', id: `${prefix}-id-number`, required: true, maxlength: 18, autocomplete: 'off', spellcheck: 'false' });
  const phone = h('input', { name: 'phone', id: `${prefix}-phone`, type: 'tel', inputmode: 'numeric', required: true, maxlength: 11, autocomplete: 'off' });
  const origin = select({ name: 'origin', id: `${prefix}-origin` }, ORIGINS.map(o => ({ value: o, label: t(`volunteer.origin.${o}`) })));
  const skills = h('input', { name: 'skills', id: `${prefix}-skills`, autocomplete: 'off' });
  const minor = h('input', { type: 'checkbox', id: `${prefix}-minor`, name: 'minor' });
  const guardianName = h('input', { name: 'guardianName', id: `${prefix}-guardian-name`, ...limit('GuardianConsentDto.guardianName'), autocomplete: 'off' });
  const guardianPhone = h('input', { name: 'guardianPhone', id: `${prefix}-guardian-phone`, type: 'tel', inputmode: 'numeric', maxlength: 11, autocomplete: 'off' });
  const relation = select({ name: 'relation', id: `${prefix}-guardian-relation` }, RELATIONS.map(r => ({ value: r, label: t(`volunteer.relation.${r}`) })));
  const consentGiven = h('input', { type: 'checkbox', id: `${prefix}-guardian-consent`, name: 'guardianConsent' });
  const guardian = h('fieldset', { id: `${prefix}-guardian`, hidden: true },
    h('legend', { text: t('volunteer.register.guardian') }),
    h('p', { class: 'hint', text: t('volunteer.register.guardianHint') }),
    field('volunteer.register.guardianName', guardianName),
    field('volunteer.register.guardianPhone', guardianPhone),
    field('volunteer.register.relation', relation),
    h('div', { class: 'field' }, h('label', { class: 'check', for: consentGiven.id }, consentGiven, t('volunteer.register.consentGiven'))));
  const showGuardian = on => {
    minor.checked = on;
    guardian.hidden = !on;
    [guardianName, guardianPhone].forEach(i => { i.required = on; });
    consentGiven.required = on;
  };
  minor.addEventListener('change', () => showGuardian(minor.checked));
  idNumber.addEventListener('change', () => {
    const age = ageOf(idNumber.value);
    if (age !== null && age < 18 && !minor.checked) {
      showGuardian(true);
      announce(t('volunteer.register.minorDetected'));
    }
  });
  return {
    realName,
    elements: [
      field('volunteer.register.realName', realName),
      field('volunteer.register.idNumber', idNumber, 'volunteer.register.idNumberHint'),
      field('volunteer.register.phone', phone),
      field('volunteer.register.origin', origin),
      field('volunteer.register.skills', skills, 'volunteer.register.skillsHint'),
      h('div', { class: 'field' }, h('label', { class: 'check', for: minor.id }, minor, t('volunteer.register.minor'))),
      guardian,
    ],
    payload: homeUnit => {
      const payload = {
        homeUnit, realName: realName.value.trim(), residentIdNumber: idNumber.value.trim().toUpperCase(),
        phone: phone.value.trim(), origin: origin.value,
        skills: skills.value.split(/[,，、\s]+/).map(x => x.trim()).filter(Boolean),
      };
      if (minor.checked) {
        payload.guardianConsent = {
          guardianName: guardianName.value.trim(), guardianPhone: guardianPhone.value.trim(), relation: relation.value,
          givenAt: new Date().toISOString(),
        };
      }
      return payload;
    },
    reset: () => showGuardian(false),
  };
}

/** Moves the focus to a refusal shown above a long form (an option of act's `failed`), so that it is seen and read out. */
function focusAlert(e, box) {
  box.setAttribute('tabindex', '-1');
  box.focus();
}

page('volunteer-register', {
  title: 'volunteer.register.title',
  nav: 'volunteer.nav.register',
  visible: () => can('REGISTER_VOLUNTEERS'),
  render: async body => {
    const units = unitsWith('REGISTER_VOLUNTEERS');
    if (!units.length) {
      body.append(h('p', { text: t('volunteer.register.notAllowed') }));
      return;
    }
    const homeUnit = select({ name: 'homeUnit', id: 'register-unit' }, units.map(u => ({ value: u.id, label: u.name })));
    const fields = registrationFields('register');
    const submit = h('button', { type: 'submit', id: 'register-submit', text: t('volunteer.register.submit') });
    const registerForm = h('form', { class: 'stack', id: 'register-form' },
      h('p', { class: 'hint', text: t('volunteer.register.intro') }),
      field('volunteer.register.unit', homeUnit),
      ...fields.elements,
      h('div', { class: 'actions' }, submit));
    // One volunteer after the other: the form is emptied and enabled again, the confirmation and refusals above it.
    registerForm.addEventListener('submit', act(body, submit, async () => {
      const v = await post('v1/volunteers', fields.payload(homeUnit.value));
      registerForm.reset();
      fields.reset();
      success(body, t(v.minor ? 'volunteer.register.doneMinor' : 'volunteer.register.done',
        { name: v.realName, id: v.residentIdNumber, age: v.age })).id = 'register-result';
      fields.realName.focus();
    }, { again: true, notices: true, failed: focusAlert }));
    body.append(registerForm);
  },
});

// ---------- self-registration of a signed-in resident (ADR 0018) ----------

/** Roles that may sign up at their unit (SIGN_UP), as residents and lecturers do. */
const SIGNERS = ['RESIDENT', 'LECTURER'];
const mayJoin = m => Boolean(m) && !isVolunteer(m) && unitsWhere(SIGNERS).length > 0;

page('volunteer-signup', {
  title: 'volunteer.signup.title',
  nav: 'volunteer.nav.signup',
  visible: mayJoin,
  render: async body => {
    if (isVolunteer(me())) {
      body.append(h('p', { id: 'signup-already', text: t('volunteer.signup.already') }),
        h('p', {}, h('a', { class: 'button', href: '#/volunteer', text: t('volunteer.nav.home') })));
      return;
    }
    const units = unitsWhere(SIGNERS);
    if (!units.length) {
      body.append(h('p', { text: t('volunteer.signup.notAllowed') }));
      return;
    }
    const homeUnit = select({ name: 'homeUnit', id: 'signup-unit' }, units.map(u => ({ value: u.id, label: u.name })));
    const fields = registrationFields('signup');
    const truthful = h('input', { type: 'checkbox', id: 'signup-truthful', name: 'truthful', required: true });
    const submit = h('button', { type: 'submit', id: 'signup-submit', text: t('volunteer.signup.submit') });
    const signupForm = h('form', { class: 'stack', id: 'signup-form' },
      h('p', { text: t('volunteer.signup.intro') }),
      h('p', { class: 'hint', id: 'signup-privacy', text: t('volunteer.signup.privacy') }),
      field('volunteer.signup.unit', homeUnit),
      ...fields.elements,
      h('div', { class: 'field' }, h('label', { class: 'check', for: truthful.id }, truthful, t('volunteer.signup.truthful'))),
      h('div', { class: 'actions' }, submit));
    truthful.setAttribute('aria-describedby', 'signup-privacy');
    signupForm.addEventListener('submit', act(body, submit, async () => {
      await post('v1/volunteers/me', fields.payload(homeUnit.value));
      // The account now holds the VOLUNTEER role and the volunteerId: read them again, then start as a volunteer.
      await refreshMe();
      navigate('volunteer', { welcome: '1' });
    }, { notices: true, failed: focusAlert }));
    body.append(signupForm);
    fields.realName.focus();
  },
});
