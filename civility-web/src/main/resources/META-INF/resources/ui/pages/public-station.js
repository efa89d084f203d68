// A station's public page (宣传, 晒单), for everyone, without sign-in: coming activities, showcased orders and the
// year's commendation (only the names people agreed to show), with its own link and QR code to share in the village's
// WeChat group. Texts: org/civility/web/ui/publicity*.properties, keys "publicity.*".
//   public-station  GET v1/public/stations/{id}; the QR code is GET v1/public/stations/{id}/qr
import { t, h, page, get, formatDate, button, announce, PRACTICE_FORMS } from '../app.js';

page('public-station', {
  title: 'publicity.title', public: true,
  render: async (body, params) => {
    const id = (params.id || '').trim();
    if (!id) {
      body.append(h('p', { id: 'public-no-station', text: t('publicity.noStation') }));
      return;
    }
    const p = await get(`v1/public/stations/${encodeURIComponent(id)}`);
    // The station's name is the page's heading: it is what a shared link shows first.
    const heading = document.querySelector('#main h1');
    if (heading) heading.textContent = p.name;
    document.title = `${p.name} · ${t('common.brand')}`;
    body.classList.add('public-station');
    body.append(h('p', { class: 'dashboard-lead', text: t('publicity.lead') }),
      coming(p.coming), showcases(p.showcases), commendations(p.year, p.commendations), share(p));
  },
});

function section(id, titleKey, params, ...children) {
  return h('section', { id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, text: t(titleKey, params) }), ...children);
}

function coming(activities) {
  return section('public-coming', 'publicity.coming', {}, activities.length
    ? h('ul', { class: 'cards public-cards', id: 'public-activities' }, activities.map(a => h('li', { class: 'card' },
      h('h3', { class: 'public-card-title', text: a.title }),
      h('p', {}, h('span', { class: 'badge', text: t(PRACTICE_FORMS[a.form] ?? a.form) })),
      h('dl', { class: 'facts' },
        h('dt', { text: t('publicity.when') }), h('dd', { text: `${formatDate(a.start)} – ${formatDate(a.end)}` }),
        h('dt', { text: t('publicity.where') }), h('dd', { text: a.place })))))
    : h('p', { id: 'public-no-activities', text: t('publicity.noActivities') }));
}

function showcases(orders) {
  return section('public-showcases', 'publicity.showcases', {}, orders.length
    ? h('ul', { class: 'cards public-cards', id: 'public-showcase-list' }, orders.map(o => h('li', { class: 'card' },
      h('h3', { class: 'public-card-title', text: o.wish ? t('publicity.wish') : o.item }),
      h('p', { class: 'public-stars' }, h('span', { 'aria-hidden': 'true', text: '★'.repeat(o.stars) + '☆'.repeat(5 - o.stars) }),
        h('span', { class: 'visually-hidden', text: t('publicity.stars', { n: o.stars }) })),
      o.report ? h('p', { text: t('publicity.report', { text: o.report }) }) : null,
      h('p', { class: 'hint', text: [o.volunteer ? t('publicity.servedBy', { name: o.volunteer }) : null,
        formatDate(o.servedAt, false)].filter(Boolean).join(' · ') }))))
    : h('p', { id: 'public-no-showcases', text: t('publicity.noShowcases') }));
}

function commendations(year, lines) {
  const volunteers = lines.filter(c => c.nominee !== 'TEAM');
  const teams = lines.filter(c => c.nominee === 'TEAM');
  const list = (id, headingKey, items, anonymousKey, hoursKey) => items.length ? [
    h('h3', { id: `${id}-heading`, text: t(headingKey) }),
    h('ol', { class: 'public-commended', id, 'aria-labelledby': `${id}-heading` }, items.map(c => h('li', {},
      h('strong', { text: c.named ? c.name : t(anonymousKey) }), ' ',
      h('span', { class: 'hint', text: t(hoursKey, { hours: c.hours }) })))),
  ] : [];
  return section('public-commendations', 'publicity.commendations', { year }, lines.length
    ? h('div', { id: 'public-commended' },
      list('public-commended-volunteers', 'publicity.volunteers', volunteers, 'publicity.aVolunteer', 'publicity.hours'),
      list('public-commended-teams', 'publicity.teams', teams, 'publicity.aTeam', 'publicity.teamHours'))
    : h('p', { id: 'public-no-commendations', text: t('publicity.noCommendations') }),
  h('p', { class: 'hint', text: t('publicity.namingHint') }));
}

/** The page's own link, a button to copy it and its QR code, to pass on in a WeChat group or on a poster. */
function share(p) {
  const link = p.link || location.href;
  const input = h('input', { id: 'public-link', type: 'url', readonly: true, value: link });
  const copied = h('p', { id: 'public-link-copied', class: 'hint', 'aria-live': 'polite' });
  const copy = async () => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(link);
      ok = true;
    } catch (e) {
      // Without the clipboard API (a page not served over HTTPS), copy the selected field.
      input.select();
      ok = document.execCommand && document.execCommand('copy');
    }
    copied.textContent = t(ok ? 'publicity.copied' : 'publicity.copyByHand');
    announce(copied.textContent);
  };
  return section('public-share', 'publicity.share', {},
    h('p', { class: 'hint', text: t('publicity.shareHint') }),
    h('label', { for: 'public-link', text: t('publicity.link') }), input,
    h('div', { class: 'actions' }, button(t('publicity.copy'), copy, { id: 'copy-public-link' })), copied,
    h('img', { src: `api/v1/public/stations/${encodeURIComponent(p.id)}/qr?size=400`, id: 'public-qr',
      class: 'public-qr', width: 400, height: 400, alt: t('publicity.qrAlt', { name: p.name }) }));
}
