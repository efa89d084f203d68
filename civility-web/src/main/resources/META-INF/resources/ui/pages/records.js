// activity records page of the browser UI (活动台账, R-ACT-1). Texts: org/civility/web/ui/station*.properties, keys
// "station.records.*". A station's month: the held activities still without a record, the records kept (complete
// when they have a summary, a photo and someone in attendance), and the month as PDF or Excel for the county's file.
// One activity's record: who checked in (read from the check-ins), the names signed in by hand, the summary, and its
// photos, uploaded from a phone's camera or a file and shown on the page.
import {
  t, h, field, table, formatDate, get, put, post, del, blobUrl, button, act, form, submit, limit, can, navigate, download,
  ifMatch, PRACTICE_FORMS as FORMS, ApiError, validMonth,
} from '../app.js';
import { stationPage, label, done } from './station.js';

/** The month now, as yyyy-MM in the browser's zone. */
function thisMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}


stationPage('station-records', {
  title: 'station.records.title',
  nav: 'station.records.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']),
  content: async (body, station, params) => {
    const month = validMonth(params.month) ?? thisMonth();
    const route = extra => ({ unit: station.id, month, ...extra });
    if (params.activity) body.append(await recordPanel(params.activity, route));

    const report = `v1/units/${station.id}/activity-records?month=${month}`;
    const m = await get(report);
    body.append(monthChooser(station, month),
      h('p', { id: 'records-summary', class: m.withoutRecord.length ? 'month-status missed' : 'month-status kept',
        text: t('station.records.summary', { records: m.records, complete: m.complete, missing: m.withoutRecord.length }) }));

    const pdf = button(t('station.records.pdf'), null, { class: 'secondary', id: 'records-pdf' });
    pdf.addEventListener('click', act(body, pdf, () => download(report, `activity-records-${month}.pdf`, 'application/pdf'),
      { again: true }));
    const xlsx = button(t('station.records.excel'), null, { class: 'secondary', id: 'records-excel' });
    xlsx.addEventListener('click', act(body, xlsx, () => download(report, `activity-records-${month}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), { again: true }));
    body.append(h('div', { class: 'actions' }, pdf, xlsx));

    body.append(h('h2', { id: 'records-missing-heading', text: t('station.records.missing') }));
    body.append(m.withoutRecord.length
      ? table(['station.activities.name', 'station.activities.form', 'station.records.place', 'station.activities.start',
        'common.actions'], m.withoutRecord.map(g => [g.title, label(FORMS, g.form), g.unitName, formatDate(g.start),
        button(t('station.records.keep'), () => navigate('station-records', route({ activity: g.activityId })), {
          class: 'secondary', 'aria-label': t('station.records.keepLabel', { name: g.title }) })]),
      { id: 'records-missing', 'aria-labelledby': 'records-missing-heading' })
      : h('p', { id: 'records-missing-none', text: t('station.records.noneMissing') }));

    body.append(h('h2', { id: 'records-heading', text: t('station.records.kept') }));
    body.append(m.items.length
      ? table(['station.activities.name', 'station.activities.start', 'station.records.attendance', 'station.records.photos',
        'common.status', 'common.actions'], m.items.map(r => [r.title, formatDate(r.start), String(r.attendance),
        String(r.photos.length),
        h('span', { class: `badge ${r.complete ? 'record-complete' : 'record-incomplete'}`,
          text: t(r.complete ? 'station.records.complete' : 'station.records.incomplete') }),
        button(t('station.records.open'), () => navigate('station-records', route({ activity: r.activityId })), {
          class: 'secondary', 'aria-label': t('station.records.openLabel', { name: r.title }),
          'aria-pressed': String(r.activityId === params.activity) })]),
      { id: 'records', 'aria-labelledby': 'records-heading' })
      : h('p', { id: 'records-none', text: t('station.records.none') }));
  },
});

function monthChooser(station, month) {
  const input = h('input', { type: 'month', name: 'month', id: 'records-month-input', required: true, value: month });
  return form({ id: 'records-month-form', class: 'stack month-chooser' },
    [field('station.records.month', input), submit('station.records.show')],
    async () => navigate('station-records', { unit: station.id, month: validMonth(input.value) ?? month }));
}

/** The record of one held activity, or, for one without a record yet, the activity and the form that keeps it. */
async function recordPanel(activityId, route) {
  const activity = await get(`v1/activities/${encodeURIComponent(activityId)}`);
  const record = await get(`v1/activities/${activity.id}/record`).catch(e => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });
  const again = text => done('station-records', route({ activity: activity.id }), text);
  const panel = h('section', { class: 'panel', id: 'record-panel', 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading', text: t('station.records.of', { name: activity.title }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('station.activities.period') }), h('dd', { text: `${formatDate(activity.start)} – ${formatDate(activity.end)}` }),
      h('dt', { text: t('station.activities.form') }), h('dd', { text: label(FORMS, activity.form) }),
      h('dt', { text: t('common.status') }), h('dd', { id: 'record-status',
        text: record ? t(record.complete ? 'station.records.complete' : 'station.records.incomplete') : t('station.records.notKept') }),
      record ? [h('dt', { text: t('station.records.attendance') }), h('dd', { id: 'record-attendance',
        text: t('station.records.attendanceOf', { n: record.attendance, checkedIn: record.checkedInCount, byHand: record.addedByHandCount }) }),
      h('dt', { text: t('station.records.keptBy') }), h('dd', { text: `${record.keptBy ?? ''} · ${formatDate(record.keptAt)}` })] : null));

  if (activity.status !== 'HELD') {
    panel.append(h('p', { id: 'record-not-held', class: 'hint', text: t('station.records.notHeld') }));
    return panel;
  }
  if (record?.checkedIn?.length) {
    panel.append(h('h3', { id: 'record-checked-in-heading', text: t('station.records.checkedIn') }),
      h('ul', { id: 'record-checked-in', 'aria-labelledby': 'record-checked-in-heading' },
        record.checkedIn.map(a => h('li', { text: a.name }))));
  }

  const summary = h('textarea', { name: 'summary', rows: 4, required: true, ...limit('KeepRecordDto.summary') });
  summary.value = record?.summary ?? '';
  const names = h('textarea', { name: 'names', rows: 4 });
  names.value = (record?.namesAddedByHand ?? []).join('\n');
  panel.append(h('h3', { id: 'record-keep-heading', text: t('station.records.keepTitle') }),
    form({ id: 'record-keep', 'aria-labelledby': 'record-keep-heading' }, [
      field('station.records.summaryField', summary, 'station.records.summaryHint'),
      field('station.records.names', names, 'station.records.namesHint'), submit('station.records.save')], async () => {
      const list = names.value.split('\n').map(n => n.trim()).filter(Boolean);
      await put(`v1/activities/${activity.id}/record`, { summary: summary.value.trim(), names: list }, ifMatch(record?.version ?? 0));
      again(t('station.records.saved', { name: activity.title }));
    }));

  panel.append(h('h3', { id: 'record-photos-heading', text: t('station.records.photos') }));
  if (record?.photos.length) {
    const photos = h('ul', { class: 'photos', id: 'record-photos', 'aria-labelledby': 'record-photos-heading' });
    for (const p of record.photos) {
      const url = await blobUrl(`v1/activities/${activity.id}/record/photos/${p.id}`).catch(() => null);
      const remove = button(t('station.records.removePhoto'), null, { class: 'secondary small',
        'aria-label': t('station.records.removePhotoLabel', { name: p.name }) });
      remove.addEventListener('click', act(panel, remove, async () => {
        await del(`v1/activities/${activity.id}/record/photos/${p.id}`, ifMatch(record.version));
        again(t('station.records.photoRemoved', { name: p.name }));
      }));
      photos.append(h('li', { 'data-photo': p.id },
        url ? h('img', { src: url, alt: t('station.records.photoAlt', { name: p.name, title: activity.title }) }) : null,
        h('span', { text: p.name }), remove));
    }
    panel.append(photos);
  } else {
    panel.append(h('p', { id: 'record-photos-none', text: t('station.records.noPhotos') }));
  }
  const file = h('input', { name: 'photo', type: 'file', required: true, accept: 'image/jpeg,image/png,image/gif,image/webp' });
  panel.append(form({ id: 'record-photo', 'aria-labelledby': 'record-photos-heading' }, [
    field('station.records.photo', file, 'station.records.photoHint'), submit('station.records.upload')], async () => {
    const f = file.files[0];
    if (!f) throw { title: t('station.records.noFile') };
    await post(`v1/activities/${activity.id}/record/photos?${new URLSearchParams({ name: f.name })}`, f, {
      contentType: 'application/octet-stream', ...ifMatch(record?.version ?? 0) });
    again(t('station.records.photoAdded', { name: f.name }));
  }));
  return panel;
}
