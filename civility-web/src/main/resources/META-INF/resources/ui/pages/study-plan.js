// yearly study plan pages of the browser UI (学习计划, R-LECT-4). Texts: org/civility/web/ui/station*.properties, keys
// "station.studyPlan.*" and "station.lectureRequest.*". Residents ask for the lectures they want (点题), on their phone;
// the station draws up its year's plan once: the plan of the unit above it, the residents' requests it takes, each
// in a month, and items of its own. The plan and the requests are shown with where each item comes from.
import {
  page, t, h, field, select, table, formatDate, get, getAll, post, button, form, submit, limit, can, unitsWith, me,
  navigate, ApiError,
} from '../app.js';
import { stationPage, label, done, showFlash } from './station.js';

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER',
  'NOVEMBER', 'DECEMBER'];
const SOURCES = {
  PARENT: 'station.studyPlan.source.PARENT', REQUEST: 'station.studyPlan.source.REQUEST',
  LOCAL: 'station.studyPlan.source.LOCAL',
};
const REQUEST_STATUS = { OPEN: 'station.lectureRequest.status.OPEN', ADOPTED: 'station.lectureRequest.status.ADOPTED' };

const monthName = m => t('station.studyPlan.monthOf', { n: MONTHS.indexOf(m) + 1 });
const monthOptions = () => MONTHS.map(m => ({ value: m, label: monthName(m) }));
const validYear = value => (/^\d{4}$/.test(value ?? '') ? Number(value) : null);

stationPage('station-study-plan', {
  title: 'station.studyPlan.title',
  nav: 'station.studyPlan.nav',
  visible: () => can('MANAGE_LECTURES', ['STATION']),
  content: async (body, station, params) => {
    const year = validYear(params.year) ?? new Date().getFullYear();
    const route = extra => ({ unit: station.id, year, ...extra });
    const [plan, requests] = await Promise.all([
      get(`v1/units/${station.id}/study-plans/${year}`).catch(e => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
      getAll(`v1/units/${station.id}/lecture-requests`, 1000)]);

    const input = h('input', { type: 'number', name: 'year', id: 'study-plan-year', min: 1900, max: 2100, required: true,
      value: String(year), inputmode: 'numeric' });
    body.append(form({ id: 'study-plan-year-form', class: 'stack month-chooser' },
      [field('station.studyPlan.year', input), submit('station.studyPlan.show')],
      async () => navigate('station-study-plan', route({ year: validYear(input.value) ?? year }))));

    body.append(h('h2', { id: 'study-plan-heading', text: t('station.studyPlan.of', { year }) }));
    if (plan) {
      body.append(h('p', { class: 'hint', text: t('station.studyPlan.drawnUp', { who: plan.createdBy, when: formatDate(plan.createdAt) }) }),
        plan.items.length ? table(['station.studyPlan.month', 'station.studyPlan.topic', 'station.studyPlan.source'],
          plan.items.map(i => [monthName(i.month), i.topic, label(SOURCES, i.source)]),
          { id: 'study-plan', 'aria-labelledby': 'study-plan-heading' })
          : h('p', { id: 'study-plan-empty', text: t('station.studyPlan.empty') }));
    } else {
      body.append(h('p', { id: 'study-plan-none', text: t('station.studyPlan.none') }));
    }

    body.append(h('h2', { id: 'lecture-requests-heading', text: t('station.lectureRequest.list') }));
    body.append(requests.length
      ? table(['station.lectureRequest.topic', 'station.lectureRequest.reason', 'station.lectureRequest.filedAt',
        'common.status'], requests.map(r => [r.topic, r.reason, formatDate(r.filedAt), label(REQUEST_STATUS, r.status)]),
      { id: 'lecture-requests', 'aria-labelledby': 'lecture-requests-heading' })
      : h('p', { id: 'lecture-requests-none', text: t('station.lectureRequest.none') }));

    if (!plan) body.append(drawUpForm(station, year, requests.filter(r => r.status === 'OPEN'), route));
  },
});

/** 制定年度学习计划: the open requests to take, each in a month, and items of the station's own. */
function drawUpForm(station, year, open, route) {
  const rows = open.map((r, i) => {
    const take = h('input', { type: 'checkbox', name: 'take', value: r.id, id: `take-${i}` });
    const month = select({ name: `month-${r.id}`, 'aria-label': t('station.studyPlan.monthFor', { topic: r.topic }) },
      monthOptions(), MONTHS[new Date().getMonth()]);
    return h('li', { class: 'plan-request' }, h('label', { class: 'check', for: `take-${i}` }, take, r.topic), ' ', month);
  });
  const items = h('ol', { id: 'local-items', class: 'stack' });
  const addItem = () => {
    const n = items.children.length + 1;
    items.append(h('li', { class: 'local-item' },
      field('station.studyPlan.month', select({ name: 'local-month', id: `local-month-${n}` }, monthOptions(), MONTHS[0])),
      field('station.studyPlan.topic', h('input', { name: 'local-topic', id: `local-topic-${n}`, ...limit('LocalItemDto.topic') }))));
  };
  addItem();
  const more = button(t('station.studyPlan.addItem'), addItem, { class: 'secondary', id: 'add-local-item' });
  return h('section', { 'aria-labelledby': 'draw-up-heading' },
    h('h2', { id: 'draw-up-heading', text: t('station.studyPlan.drawUp', { year }) }),
    h('p', { class: 'hint', text: t('station.studyPlan.drawUpHint') }),
    form({ id: 'draw-up-plan', 'aria-labelledby': 'draw-up-heading' }, [
      h('fieldset', { class: 'checks', id: 'plan-requests' }, h('legend', { text: t('station.studyPlan.takeRequests') }),
        rows.length ? h('ul', { class: 'stack' }, rows) : h('p', { text: t('station.studyPlan.noOpenRequests') })),
      h('fieldset', {}, h('legend', { text: t('station.studyPlan.localItems') }), items, more),
      submit('station.studyPlan.submit')], async f => {
      const requests = [...f.querySelectorAll('input[name=take]:checked')].map(c => ({
        requestId: c.value, month: f.querySelector(`select[name="month-${c.value}"]`).value }));
      const localItems = [...f.querySelectorAll('li.local-item')].map(li => ({
        month: li.querySelector('select[name=local-month]').value, topic: li.querySelector('input[name=local-topic]').value.trim(),
      })).filter(i => i.topic);
      const plan = await post(`v1/units/${station.id}/study-plans/${year}`, { requests, localItems });
      done('station-study-plan', route({}), t('station.studyPlan.saved', { year, n: plan.items.length }));
    }));
}

// ---------- 我要点题: a resident asks the station for a lecture (R-LECT-4) ----------

page('lecture-request', {
  title: 'station.lectureRequest.title',
  nav: 'station.lectureRequest.nav',
  visible: () => can('SIGN_UP', ['STATION']) && !can('MANAGE_LECTURES', ['STATION']),
  render: async (body, params) => {
    const stations = unitsWith('SIGN_UP', ['STATION']);
    const station = stations.find(u => u.id === params.unit) ?? stations[0];
    if (!station) {
      body.append(h('p', { text: t('station.noStation') }));
      return;
    }
    const topic = h('input', { name: 'topic', required: true, ...limit('FileRequestDto.topic'), autocomplete: 'off' });
    const reason = h('textarea', { name: 'reason', rows: 3, required: true, ...limit('FileRequestDto.reason') });
    body.append(h('p', { text: t('station.lectureRequest.intro', { station: station.name }) }),
      form({ id: 'lecture-request-form' }, [field('station.lectureRequest.topic', topic, 'station.lectureRequest.topicHint'),
        field('station.lectureRequest.reason', reason), submit('station.lectureRequest.submit')], async () => {
        const filed = await post(`v1/units/${station.id}/lecture-requests`, { topic: topic.value.trim(), reason: reason.value.trim() });
        done('lecture-request', { unit: station.id }, t('station.lectureRequest.filed', { topic: filed.topic }));
      }));
    const mine = (await getAll(`v1/units/${station.id}/lecture-requests`, 1000)).filter(r => r.filedBy === me().name);
    body.append(h('h2', { id: 'my-requests-heading', text: t('station.lectureRequest.mine') }),
      mine.length ? h('ul', { id: 'my-requests', 'aria-labelledby': 'my-requests-heading' }, mine.map(r =>
        h('li', { text: `${r.topic} · ${label(REQUEST_STATUS, r.status)}` })))
        : h('p', { id: 'my-requests-none', text: t('station.lectureRequest.noneMine') }));
    showFlash(body);
  },
});
