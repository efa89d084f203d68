// check-in screen of the browser UI (签到大屏). Texts: org/civility/web/ui/station*.properties, keys
// "station.checkinScreen.*". Staff open a check-in code for an activity and show it on the venue's screen or on paper:
// its QR code large, its six digits, and the live list of who checked in with it (read again every few seconds).
import {
  t, h, field, select, table, formatDate, get, post, getAll, blobUrl, button, form, submit, limit, can,
} from '../app.js';
import { stationPage, done, localInput, instantOf, volunteersOf } from './station.js';

const POLL_MS = 5000;

stationPage('checkin-screen', {
  title: 'station.checkinScreen.title',
  nav: 'station.checkinScreen.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']),
  content: async (body, station, params) => {
    if (params.code) await showCode(body, station, params.code);
    else await openForm(body, station);
  },
});

/** Opens a code for one of the station's planned activities, or for other service, at the times given. */
async function openForm(body, station) {
  const now = Date.now();
  const activities = (await getAll(`v1/activities?unit=${station.id}`, 1000))
    .filter(a => a.status === 'PLANNED' && new Date(a.end).getTime() > now);
  const start = new Date(now + 5 * 60000);
  start.setSeconds(0, 0);
  const activity = select({ name: 'activity' }, [{ value: '', label: t('station.checkinScreen.noActivity') },
    ...activities.map(a => ({ value: a.id, label: `${a.title} · ${formatDate(a.start)}` }))], '');
  const what = h('input', { name: 'description', required: true, ...limit('OpenCheckInCodeDto.description') });
  const where = h('input', { name: 'where', value: station.name, ...limit('OpenCheckInCodeDto.where') });
  const from = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(start) });
  const to = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(new Date(start.getTime() + 2 * 3600000)) });
  activity.addEventListener('change', () => {
    const a = activities.find(x => x.id === activity.value);
    if (!a) return;
    what.value = a.title;
    from.value = localInput(a.start);
    to.value = localInput(a.end);
  });
  body.append(h('p', { class: 'hint', text: t('station.checkinScreen.intro') }),
    h('h2', { id: 'open-code-heading', text: t('station.checkinScreen.open') }),
    form({ id: 'open-code', 'aria-labelledby': 'open-code-heading' }, [field('station.checkinScreen.activity', activity),
      field('station.checkinScreen.what', what), field('station.checkinScreen.where', where),
      field('station.checkinScreen.start', from), field('station.checkinScreen.end', to, 'station.checkinScreen.endHint'),
      submit('station.checkinScreen.openSubmit')], async () => {
      const code = await post('v1/check-in-codes', { unitId: station.id, activityId: activity.value || null,
        description: what.value.trim(), where: where.value.trim(), scheduledStart: instantOf(from.value),
        scheduledEnd: instantOf(to.value) });
      done('checkin-screen', { unit: station.id, code: code.id }, t('station.checkinScreen.opened', { what: code.description }));
    }));
}

/** The code on screen: QR code and digits large, printable, and who checked in, kept up to date. */
async function showCode(body, station, id) {
  const [code, names] = await Promise.all([get(`v1/check-in-codes/${encodeURIComponent(id)}`), volunteersOf(station)]);
  const qr = await blobUrl(`v1/check-in-codes/${code.id}/qr?size=600`);
  const digits = code.code.split('').join(' ');
  const count = h('h2', { id: 'checkins-heading', text: t('station.checkinScreen.count', { n: code.checkIns.length }) });
  const list = h('div', { id: 'checkins-list', 'aria-live': 'polite' });
  const fill = checkIns => {
    count.textContent = t('station.checkinScreen.count', { n: checkIns.length });
    list.replaceChildren(checkIns.length
      ? table(['station.checkinScreen.volunteer', 'station.checkinScreen.at'], [...checkIns].reverse().map(c => [
        names.get(c.volunteerId) ?? t('station.checkinScreen.someone'), formatDate(c.at)]), { id: 'checkins' })
      : h('p', { id: 'checkins-none', text: t('station.checkinScreen.nobody') }));
  };
  fill(code.checkIns);
  const screen = h('section', { class: 'checkin-screen', id: 'checkin-screen', 'aria-labelledby': 'checkin-what' },
    h('h2', { id: 'checkin-what', class: 'checkin-what', text: code.description }),
    h('p', { class: 'checkin-when', text: `${formatDate(code.scheduledStart)} – ${formatDate(code.scheduledEnd)} · ${code.where}` }),
    h('div', { class: 'checkin-codes' },
      h('img', { src: qr, id: 'checkin-qr', class: 'checkin-qr', width: 600, height: 600,
        alt: t('station.checkinScreen.qrAlt', { what: code.description }) }),
      h('div', { class: 'checkin-digits-box' },
        h('p', { class: 'checkin-step', text: t('station.checkinScreen.scan') }),
        // Read out digit by digit, not as a number.
        h('p', { class: 'checkin-digits' }, h('span', { id: 'checkin-digits', 'aria-hidden': 'true', text: code.code }),
          h('span', { class: 'visually-hidden', text: t('station.checkinScreen.digitsLabel', { digits }) })),
        h('p', { class: 'checkin-step', text: t('station.checkinScreen.window', {
          from: formatDate(code.checkInFrom), until: formatDate(code.checkOutUntil) }) }))));
  body.append(screen,
    h('div', { class: 'actions no-print' }, button(t('station.checkinScreen.print'), () => window.print(), { id: 'print-checkin' }),
      h('a', { href: `#/checkin-screen?unit=${station.id}`, class: 'button secondary', text: t('station.checkinScreen.another') })),
    h('section', { class: 'no-print', 'aria-labelledby': 'checkins-heading' }, count,
      h('p', { class: 'hint', text: t('station.checkinScreen.live') }), list));

  // Who checked in, read again while this screen shows the code; a failed read waits for the next.
  let seen = code.checkIns.length;
  const poll = async () => {
    if (!screen.isConnected) return;
    const now = await get(`v1/check-in-codes/${code.id}`).catch(() => null);
    if (!screen.isConnected) return;
    if (now && now.checkIns.length !== seen) {
      seen = now.checkIns.length;
      fill(now.checkIns);
    }
    setTimeout(poll, POLL_MS);
  };
  setTimeout(poll, POLL_MS);
}
