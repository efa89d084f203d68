// dashboard pages of the browser UI. Texts: org/civility/web/ui/dashboard*.properties, keys "dashboard.*".
// Two start pages for staff, drawn with ECharts (the global `echarts`, loaded deferred by index.html):
//   station-dashboard  a station's month (GET v1/units/{id}/dashboard?month=)
//   overview           an institute's or center's subtree (GET v1/units/{id}/overview?month=), with the yearly
//                      commendation ranking (v1/units/{id}/commendations) and station scorecards (v1/units/{id}/scorecard)
// Every chart is a figure with a caption, an aria-label summary and a data table with the same numbers, so
// screen-reader and keyboard users (and anyone without canvas) get them too.
import { page, t, h, get, field, select, table, unit, unitsWhere, hasRole, navigate, formatDate, lang, announce, PRACTICE_FORMS as FORMS, THEMES } from '../app.js';

const STATION_STAFF = ['HEAD', 'ADMINISTRATOR', 'DUTY_STAFF', 'COMMITTEE'];
const STATION_VIEWERS = [...STATION_STAFF, 'LECTURER'];
const OVERVIEW_STAFF = ['HEAD', 'ADMINISTRATOR'];

// Literal keys (UiTextsTest checks that each exists in both languages).
const STATUSES = {
  PLACED: 'dashboard.status.PLACED', REVIEWED: 'dashboard.status.REVIEWED', REJECTED: 'dashboard.status.REJECTED',
  OFFERED: 'dashboard.status.OFFERED', OPEN_FOR_GRABS: 'dashboard.status.OPEN_FOR_GRABS',
  ACCEPTED: 'dashboard.status.ACCEPTED', IN_SERVICE: 'dashboard.status.IN_SERVICE',
  COMPLETED: 'dashboard.status.COMPLETED', RATED: 'dashboard.status.RATED', SHOWCASED: 'dashboard.status.SHOWCASED',
};

// ---------- charts ----------

let live = [];

/** Disposes the charts of the previous rendering (their DOM is gone). */
function disposeCharts() {
  for (const { chart, observer } of live) {
    observer?.disconnect();
    if (!chart.isDisposed()) chart.dispose();
  }
  live = [];
}

/** The global echarts once its deferred script has run, or null if it never loads (the tables still show). */
async function echartsReady() {
  if (window.echarts) return window.echarts;
  if (document.readyState !== 'complete') {
    await new Promise(resolve => window.addEventListener('load', resolve, { once: true }));
  }
  return window.echarts || null;
}

/**
 * A chart as a figure: caption, the chart (role img, labelled by a summary of its numbers) and a data table.
 * spec: {id, caption: key, summary: text, headers: [keys], rows: [[cells]], option: () => ECharts option}.
 */
function figure(spec) {
  const captionId = `${spec.id}-caption`;
  const canvas = h('div', {
    class: 'chart', id: `chart-${spec.id}`, role: 'img', 'aria-label': spec.summary,
    'aria-describedby': captionId, dataset: { chart: spec.id },
  });
  const fig = h('figure', { class: 'dashboard-figure', 'aria-labelledby': captionId },
    h('figcaption', { id: captionId, text: t(spec.caption) }),
    canvas,
    table(spec.headers, spec.rows, { id: `table-${spec.id}`, class: 'dashboard-data' }));
  fig.draw = echarts => {
    const chart = echarts.init(canvas, null, { renderer: 'canvas', locale: lang() === 'en' ? 'EN' : 'ZH' });
    // The option is built from the root font size, so the large-text mode redraws the labels larger too.
    const build = () => ({
      aria: { enabled: true, label: { description: spec.summary } },
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      color: ['#a61b1b', '#1e6b30', '#0b57d0', '#7a4e00', '#5b2a86'],
      animation: false,
      ...spec.option(),
    });
    let size = fontSize();
    chart.setOption(build());
    // aria.label.description sets the container's label; keep ours as role img.
    canvas.setAttribute('role', 'img');
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
      if (fontSize() !== size) {
        size = fontSize();
        chart.setOption(build(), true);
      }
      chart.resize();
    }) : null;
    observer?.observe(canvas);
    live.push({ chart, observer });
  };
  return fig;
}

async function draw(figures) {
  const echarts = await echartsReady();
  if (!echarts) return;
  figures.forEach(f => f.draw(echarts));
}

const fontSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85;

/** A bar chart of labelled values, each bar carrying its number (not colour alone). */
function bars(labels, values, horizontal = false) {
  const category = { type: 'category', data: labels, axisLabel: { fontSize: fontSize(), interval: 0 } };
  const value = { type: 'value', minInterval: 1, axisLabel: { fontSize: fontSize() } };
  return {
    grid: { left: '2%', right: horizontal ? '20%' : '4%', top: '10%', bottom: '4%', containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{
      type: 'bar', data: values, barMaxWidth: 48,
      label: { show: true, position: horizontal ? 'right' : 'top', fontSize: fontSize() },
    }],
  };
}

const keyCell = (key, text) => h('span', { 'data-key': key, text });
const numberCell = n => h('span', { class: 'num', text: String(n) });
const summaryOf = (captionKey, labels, values) =>
  t('dashboard.chartSummary', { caption: t(captionKey), values: labels.map((l, i) => `${l} ${values[i]}`).join(t('dashboard.listSeparator')) });

function countFigure(id, captionKey, headerKey, counts, names, horizontal = false) {
  const labels = counts.map(c => t(names[c.key] ?? c.key));
  const values = counts.map(c => c.count);
  return figure({
    id, caption: captionKey, summary: summaryOf(captionKey, labels, values),
    headers: [headerKey, 'dashboard.count'],
    rows: counts.map((c, i) => [keyCell(c.key, labels[i]), numberCell(c.count)]),
    option: () => bars(labels, values, horizontal),
  });
}

// ---------- shared controls ----------

/** A form choosing a unit (if more than one) and a month; submitting navigates with them as parameters. */
function chooser(pageName, units, current, month) {
  const monthInput = h('input', { type: 'month', id: 'dashboard-month', name: 'month', value: month, required: true });
  const unitSelect = units.length > 1
    ? select({ id: 'dashboard-unit', name: 'unit' }, units.map(u => ({ value: u.id, label: u.name })), current)
    : null;
  const form = h('form', { class: 'dashboard-chooser no-print', id: 'dashboard-chooser' },
    unitSelect ? field('dashboard.unit', unitSelect) : null,
    field('dashboard.month', monthInput, 'dashboard.monthHint'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'dashboard-show', text: t('dashboard.show') })));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    navigate(pageName, { unit: unitSelect ? unitSelect.value : current, month: monthInput.value });
  });
  return form;
}

function card(id, labelKey, value, detail) {
  return h('li', { class: 'card' },
    h('h3', { id: `${id}-label`, text: t(labelKey) }),
    h('div', { class: 'stat', id, 'aria-describedby': `${id}-label`, text: String(value) }),
    detail ? h('div', { class: 'hint', text: detail }) : null);
}

function monthName(month) {
  const [y, m] = month.split('-').map(Number);
  return t('dashboard.monthName', { year: y, month: m });
}

// ---------- station month ----------

page('station-dashboard', {
  title: 'dashboard.station.title', nav: 'dashboard.station.nav',
  visible: () => hasRole(STATION_VIEWERS, ['STATION']),
  home: () => hasRole(STATION_STAFF, ['STATION']),
  render: async (body, params) => {
    disposeCharts();
    const stations = unitsWhere(STATION_VIEWERS, ['STATION']);
    const unitId = params.unit || stations[0]?.id;
    if (!unitId) {
      body.append(h('p', { text: t('dashboard.noUnit') }));
      return;
    }
    const query = params.month ? `?month=${encodeURIComponent(params.month)}` : '';
    const d = await get(`v1/units/${unitId}/dashboard${query}`);
    const choices = stations.some(s => s.id === unitId) ? stations : [{ id: unitId, name: d.name }, ...stations];
    body.append(
      h('p', { class: 'dashboard-lead', id: 'dashboard-lead', text: t('dashboard.station.lead', { unit: d.name, month: monthName(d.month) }) }),
      chooser('station-dashboard', choices, unitId, d.month));
    // The station's page for everyone, to share in the village's WeChat group.
    if (d.tier === 'STATION') {
      body.append(h('p', {}, h('a', { href: `#/public-station?id=${encodeURIComponent(unitId)}`, id: 'public-page-link',
        text: t('dashboard.publicPage') })));
    }

    const hours = d.hours;
    body.append(h('h2', { text: t('dashboard.glance') }), h('ul', { class: 'cards dashboard-cards', id: 'dashboard-cards' },
      card('stat-activities', 'dashboard.activitiesHeld', d.activities),
      card('stat-lectures', 'dashboard.lecturesHeld', d.lectures.held,
        d.lectures.stations === 1
          ? t(d.lectures.compliant === 1 ? 'dashboard.lectureCompliant' : 'dashboard.lectureMissing')
          : t('dashboard.lectureStations', { compliant: d.lectures.compliant, stations: d.lectures.stations })),
      card('stat-orders', 'dashboard.ordersPlaced', d.orders),
      d.overdueVisits === null || d.overdueVisits === undefined ? null
        : card('stat-overdue', 'dashboard.overdueVisits', d.overdueVisits, t('dashboard.overdueHint')),
      card('stat-hours', 'dashboard.volunteerHours', hours.hours,
        t('dashboard.hoursDetail', { volunteers: hours.volunteers, entries: hours.entries }))));

    const figures = [
      countFigure('forms', 'dashboard.chart.forms', 'dashboard.form', d.activitiesByForm, FORMS),
      countFigure('themes', 'dashboard.chart.themes', 'dashboard.theme', d.activitiesByTheme, THEMES),
      countFigure('orders', 'dashboard.chart.orders', 'dashboard.status', d.ordersByStatus, STATUSES, true),
    ];
    body.append(h('h2', { text: t('dashboard.charts') }), h('div', { class: 'charts dashboard-charts' }, figures));
    await draw(figures);
    announce(t('dashboard.station.lead', { unit: d.name, month: monthName(d.month) }));
  },
});

// ---------- institute / center overview ----------

page('overview', {
  title: 'dashboard.overview.title', nav: 'dashboard.overview.nav',
  visible: () => hasRole(OVERVIEW_STAFF, ['INSTITUTE', 'CENTER']),
  home: () => hasRole(OVERVIEW_STAFF, ['INSTITUTE', 'CENTER']),
  render: async (body, params) => {
    disposeCharts();
    const units = unitsWhere(OVERVIEW_STAFF, ['INSTITUTE', 'CENTER']);
    const unitId = params.unit || units[0]?.id;
    if (!unitId) {
      body.append(h('p', { text: t('dashboard.noUnit') }));
      return;
    }
    const query = params.month ? `?month=${encodeURIComponent(params.month)}` : '';
    const o = await get(`v1/units/${unitId}/overview${query}`);
    const year = o.month.slice(0, 4);
    const [commendation, scorecards] = await Promise.all([
      get(`v1/units/${unitId}/commendations?year=${year}`).catch(() => null),
      Promise.all(o.stations.map(s => get(`v1/units/${s.station}/scorecard?year=${year}`).catch(() => null))),
    ]);
    const choices = units.some(u => u.id === unitId) ? units : [{ id: unitId, name: o.name }, ...units];
    body.append(
      h('p', { class: 'dashboard-lead', id: 'dashboard-lead', text: t('dashboard.overview.lead', { unit: o.name, month: monthName(o.month) }) }),
      chooser('overview', choices, unitId, o.month));

    const activities = o.stations.reduce((sum, s) => sum + s.activities, 0);
    body.append(h('h2', { text: t('dashboard.glance') }), h('ul', { class: 'cards dashboard-cards', id: 'dashboard-cards' },
      card('stat-stations', 'dashboard.stations', o.stationCount),
      card('stat-compliant', 'dashboard.compliantStations', o.compliantStations,
        t('dashboard.lectureStations', { compliant: o.compliantStations, stations: o.stationCount })),
      card('stat-activities', 'dashboard.activitiesHeld', activities),
      card('stat-escalated', 'dashboard.escalatedOrders', o.escalated.length, t('dashboard.escalatedHint'))));

    const names = o.stations.map(s => s.name);
    const lectures = o.stations.map(s => s.lectures);
    const counts = o.stations.map(s => s.activities);
    const compliance = s => t(s.compliant ? 'dashboard.compliant' : 'dashboard.notCompliant');
    const figures = [
      figure({
        id: 'station-lectures', caption: 'dashboard.chart.stationLectures',
        summary: t('dashboard.chartSummary', {
          caption: t('dashboard.chart.stationLectures'),
          values: o.stations.map(s => `${s.name} ${t('dashboard.withCompliance', { value: s.lectures, compliance: compliance(s) })}`).join(t('dashboard.listSeparator')),
        }),
        headers: ['dashboard.station', 'dashboard.lecturesHeld', 'dashboard.lectureCompliance'],
        rows: o.stations.map(s => [keyCell(s.station, s.name), numberCell(s.lectures), compliance(s)]),
        option: () => {
          const option = bars(names, lectures.map((v, i) => ({
            value: v,
            itemStyle: { color: o.stations[i].compliant ? '#1e6b30' : '#a61b1b' },
          })), true);
          option.series[0].label.formatter = p => t('dashboard.withCompliance', { value: p.value, compliance: compliance(o.stations[p.dataIndex]) });
          return option;
        },
      }),
      figure({
        id: 'station-activities', caption: 'dashboard.chart.stationActivities',
        summary: summaryOf('dashboard.chart.stationActivities', names, counts),
        headers: ['dashboard.station', 'dashboard.activitiesHeld', 'dashboard.volunteerHours'],
        rows: o.stations.map(s => [keyCell(s.station, s.name), numberCell(s.activities), numberCell(s.hours)]),
        option: () => bars(names, counts, true),
      }),
    ];

    const volunteers = (commendation?.commended ?? []).filter(c => c.nominee === 'VOLUNTEER')
      .sort((a, b) => b.minutes - a.minutes || a.rank - b.rank).slice(0, 10);
    const teams = (commendation?.commended ?? []).filter(c => c.nominee === 'TEAM')
      .sort((a, b) => b.minutes - a.minutes || a.rank - b.rank).slice(0, 10);
    const unitNames = new Map([[o.unit, o.name], ...o.stations.map(s => [s.station, s.name])]);
    for (const c of [...volunteers, ...teams]) {
      if (!unitNames.has(c.unit)) unitNames.set(c.unit, (await unit(c.unit).catch(() => null))?.name ?? c.unit);
    }
    const unnamed = new Map();
    const who = c => c.name ?? t('dashboard.unnamedVolunteer', {
      n: unnamed.get(c.id) ?? unnamed.set(c.id, unnamed.size + 1).get(c.id),
    });
    if (volunteers.length) {
      figures.push(figure({
        id: 'commendation', caption: 'dashboard.chart.commendation',
        summary: summaryOf('dashboard.chart.commendation', volunteers.map(who), volunteers.map(c => c.hours)),
        headers: ['dashboard.volunteer', 'dashboard.unit', 'dashboard.hours', 'dashboard.rating', 'dashboard.rank'],
        rows: volunteers.map(c => [keyCell(c.id, who(c)), unitNames.get(c.unit), numberCell(c.hours),
          c.averageRating ? numberCell(c.averageRating) : t('dashboard.notAvailable'), numberCell(c.rank)]),
        option: () => bars(volunteers.map(who), volunteers.map(c => c.hours), true),
      }));
    }
    body.append(h('h2', { text: t('dashboard.charts') }), h('div', { class: 'charts dashboard-charts' }, figures));
    if (!volunteers.length) body.append(h('p', { id: 'commendation-none', text: t('dashboard.noCommendation') }));

    body.append(h('h2', { id: 'stations-heading', text: t('dashboard.stationsTable') }),
      table(['dashboard.station', 'dashboard.lecturesHeld', 'dashboard.lectureCompliance', 'dashboard.activitiesHeld',
        'dashboard.volunteerHours', 'dashboard.score'],
      o.stations.map((s, i) => [
        h('a', { href: `#/station-dashboard?unit=${s.station}&month=${o.month}`, text: s.name }),
        numberCell(s.lectures), compliance(s), numberCell(s.activities), numberCell(s.hours),
        scorecards[i] ? numberCell(scorecards[i].score) : t('dashboard.notAvailable')]),
      { id: 'table-stations', 'aria-labelledby': 'stations-heading' }));

    body.append(h('h2', { id: 'escalated-heading', text: t('dashboard.escalatedOrders') }));
    body.append(o.escalated.length
      ? table(['dashboard.placedAtUnit', 'dashboard.handlingUnit', 'dashboard.status', 'dashboard.placedAt', 'dashboard.waitingSince'],
        o.escalated.map(e => [e.placedAtName,
          e.aboveUnit ? t('dashboard.aboveUnit', { unit: e.handlingName }) : e.handlingName,
          t(STATUSES[e.status] ?? e.status), formatDate(e.placedAt), formatDate(e.waitingSince)]),
        { id: 'table-escalated', 'aria-labelledby': 'escalated-heading' })
      : h('p', { id: 'escalated-none', text: t('dashboard.noEscalated') }));

    if (teams.length) {
      body.append(h('h2', { id: 'teams-heading', text: t('dashboard.teamRanking') }),
        table(['dashboard.team', 'dashboard.unit', 'dashboard.hours', 'dashboard.rank'],
          teams.map(c => [c.name, unitNames.get(c.unit), numberCell(c.hours), numberCell(c.rank)]),
          { id: 'table-teams', 'aria-labelledby': 'teams-heading' }));
    }
    await draw(figures);
    announce(t('dashboard.overview.lead', { unit: o.name, month: monthName(o.month) }));
  },
});
