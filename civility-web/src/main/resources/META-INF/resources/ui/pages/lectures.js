// lecture pages of the browser UI (讲). Texts: org/civility/web/ui/station*.properties, keys "station.lectures.*" and
// "station.compliance.*". A station's month of lectures: 备课 (topic, themes, time and a qualified speaker, R-LECT-2),
// 授课 (when, how many listened), 评课 (a review and a score), its materials archived and found again by topic
// (R-LECT-3); and for institutes and centers the months each station below kept or missed (每月开讲, R-LECT-1).
import {
  page, t, h, field, select, table, formatDate, get, post, getAll, button, act, form, submit, limit, can, unitsWith,
  navigate, download, ifMatch, THEMES, validMonth,
} from '../app.js';
import {
  stationPage, label, done, localInput, instantOf, checkboxes, checkedValues, volunteersOf,
} from './station.js';

const STATUS = {
  PREPARED: 'station.lectures.status.PREPARED', GIVEN: 'station.lectures.status.GIVEN',
  REVIEWED: 'station.lectures.status.REVIEWED',
};
const KINDS = {
  DOCUMENT: 'station.lectures.kind.DOCUMENT', PICTURE: 'station.lectures.kind.PICTURE',
  AUDIO: 'station.lectures.kind.AUDIO', VIDEO: 'station.lectures.kind.VIDEO',
};
const SPEAKER_TEAMS = ['EXPERT', 'GRASSROOTS_SPEAKER'];
const TIERS = ['INSTITUTE', 'CENTER'];

const pad = n => String(n).padStart(2, '0');
/** The month (YYYY-MM) of an ISO time or a Date in the browser's zone. */
const monthOf = time => {
  const d = time instanceof Date ? time : new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
};
/** The month n months after YYYY-MM (n may be negative). */
function addMonths(month, n) {
  const [y, m] = month.split('-').map(Number);
  return monthOf(new Date(y, m - 1 + n, 1));
}
function monthName(month) {
  const [year, m] = month.split('-');
  return t('station.lectures.monthName', { year, month: Number(m) });
}
/** The themes in the order of 五传, then any this page does not know. */
const themesOf = (themes = []) => [...Object.keys(THEMES).filter(x => themes.includes(x)).map(x => t(THEMES[x])),
  ...themes.filter(x => !THEMES[x])].join('、');

/**
 * The people who may give a lecture at the station (R-LECT-2): its lecturers who are registered volunteers, and the
 * members of its expert and grassroots-speaker teams; each {id, name, why}. The API checks again when it schedules.
 */
async function qualifiedSpeakers(station, names) {
  const speakers = new Map();
  // Read afresh, not from the session's cache of units: the organisation page may have changed the staff meanwhile.
  const here = await get(`v1/units/${station.id}`);
  for (const s of here.staff ?? []) {
    if (s.role === 'LECTURER' && s.volunteerId) {
      speakers.set(s.volunteerId, { id: s.volunteerId, name: names.get(s.volunteerId) ?? s.personName, why: t('station.lectures.lecturer') });
    }
  }
  const teams = (await getAll(`v1/teams?unit=${station.id}`)).filter(x => SPEAKER_TEAMS.includes(x.kind));
  for (const team of await Promise.all(teams.map(x => get(`v1/teams/${x.id}`)))) {
    for (const m of team.members) {
      if (!speakers.has(m.volunteerId)) {
        speakers.set(m.volunteerId, { id: m.volunteerId, name: names.get(m.volunteerId) ?? m.volunteerId, why: team.name });
      }
    }
  }
  return [...speakers.values()];
}

// ---------- a station's month of lectures ----------

stationPage('station-lectures', {
  title: 'station.lectures.title',
  nav: 'station.lectures.nav',
  visible: () => can('MANAGE_LECTURES', ['STATION']),
  content: async (body, station, params) => {
    const month = validMonth(params.month) ?? monthOf(new Date());
    const route = extra => ({ unit: station.id, month, ...extra });
    const [lectures, names, report] = await Promise.all([getAll(`v1/lectures?unit=${station.id}`), volunteersOf(station),
      get(`v1/units/${station.id}/lecture-compliance?from=${month}&to=${month}`)]);
    const ofMonth = lectures.filter(l => monthOf(l.start) === month);

    // The month as R-LECT-1 counts it: lectures given, and held activities of the lecture form, here and at the points.
    body.append(monthChooser(station, month));
    const kept = report.stations.find(s => s.station === station.id);
    body.append(h('p', { id: 'lectures-month', class: `month-status ${kept?.compliant ? 'kept' : 'missed'}`,
      text: t(kept?.compliant ? 'station.lectures.kept' : 'station.lectures.notYet', { month: monthName(month), n: kept?.lectures ?? 0 }) }));

    body.append(h('h2', { id: 'lectures-heading', text: t('station.lectures.of', { month: monthName(month) }) }));
    if (!ofMonth.length) body.append(h('p', { id: 'lectures-none', text: t('station.lectures.none') }));
    else {
      body.append(table(['station.lectures.topic', 'station.lectures.themes', 'station.lectures.time',
        'station.lectures.speaker', 'common.status', 'station.lectures.attendance', 'station.lectures.score', 'common.actions'],
      ofMonth.map(l => [l.topic, themesOf(l.themes), formatDate(l.start), l.speakerName,
        h('span', { class: 'badge', text: label(STATUS, l.status) }), l.attendance ?? '',
        l.score ? t('station.lectures.scoreOf', { n: l.score }) : '',
        button(t('station.lectures.open'), () => navigate('station-lectures', route({ lecture: l.id })), {
          class: 'secondary', 'aria-label': t('station.lectures.openLabel', { topic: l.topic }),
          'aria-pressed': String(l.id === params.lecture) })]), { id: 'lectures', 'aria-labelledby': 'lectures-heading' }));
    }
    const chosen = lectures.find(l => l.id === params.lecture);
    if (chosen) body.append(lecturePanel(await get(`v1/lectures/${chosen.id}`), route));

    body.append(scheduleForm(station, month, await qualifiedSpeakers(station, names), route));
    body.append(await archiveSection(station, params, route));
  },
});

function monthChooser(station, month) {
  const input = h('input', { type: 'month', name: 'month', id: 'lectures-month-input', required: true, value: month });
  return form({ id: 'lectures-month-form', class: 'stack month-chooser' },
    [field('station.lectures.month', input), submit('station.lectures.show')],
    async () => navigate('station-lectures', { unit: station.id, month: validMonth(input.value) ?? month }));
}

/** One lecture: its facts, the next step (授课, then 评课), and its materials with an upload. */
function lecturePanel(l, route) {
  const again = text => done('station-lectures', route({ lecture: l.id }), text);
  const panel = h('section', { class: 'panel', id: 'lecture-panel', 'aria-labelledby': 'lecture-heading' },
    h('h2', { id: 'lecture-heading', text: l.topic }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('common.status') }), h('dd', { id: 'lecture-status', text: label(STATUS, l.status) }),
      h('dt', { text: t('station.lectures.time') }), h('dd', { text: `${formatDate(l.start)} – ${formatDate(l.end)}` }),
      h('dt', { text: t('station.lectures.speaker') }), h('dd', { text: l.speakerName }),
      h('dt', { text: t('station.lectures.themes') }), h('dd', { text: themesOf(l.themes) || t('station.lectures.noThemes') }),
      h('dt', { text: t('station.lectures.notes') }), h('dd', { text: l.preparationNotes }),
      l.givenAt ? [h('dt', { text: t('station.lectures.givenAt') }), h('dd', { text: formatDate(l.givenAt) }),
        h('dt', { text: t('station.lectures.attendance') }), h('dd', { id: 'lecture-attendance', text: String(l.attendance) })] : null,
      l.review ? [h('dt', { text: t('station.lectures.review') }), h('dd', { id: 'lecture-review',
        text: t('station.lectures.reviewed', { score: l.score, text: l.review, who: l.reviewedBy ?? '' }) })] : null));

  if (l.status === 'PREPARED') {
    const start = new Date(l.start);
    const at = h('input', { name: 'at', type: 'datetime-local', required: true,
      value: localInput(start < new Date() ? start : new Date()) });
    const attendance = h('input', { name: 'attendance', type: 'number', min: 0, required: true, inputmode: 'numeric' });
    panel.append(h('h3', { id: 'given-heading', text: t('station.lectures.recordGiven') }),
      form({ id: 'record-given', 'aria-labelledby': 'given-heading' }, [field('station.lectures.givenAt', at),
        field('station.lectures.attendance', attendance, 'station.lectures.attendanceHint'), submit('station.lectures.saveGiven')],
      async () => {
        await post(`v1/lectures/${l.id}/given`, { at: instantOf(at.value), attendance: Number(attendance.value) }, ifMatch(l.version));
        again(t('station.lectures.given', { topic: l.topic }));
      }));
  }
  if (l.status === 'GIVEN') {
    const score = select({ name: 'score', required: true }, [5, 4, 3, 2, 1].map(n => ({
      value: String(n), label: t('station.lectures.scoreOption', { n }) })), '5');
    const text = h('textarea', { name: 'text', rows: 3, required: true, ...limit('ReviewDto.text') });
    panel.append(h('h3', { id: 'review-heading', text: t('station.lectures.reviewTitle') }),
      form({ id: 'review-lecture', 'aria-labelledby': 'review-heading' }, [field('station.lectures.score', score),
        field('station.lectures.review', text), submit('station.lectures.saveReview')], async () => {
        await post(`v1/lectures/${l.id}/review`, { text: text.value.trim(), score: Number(score.value) }, ifMatch(l.version));
        again(t('station.lectures.reviewSaved', { topic: l.topic }));
      }));
  }

  panel.append(h('h3', { id: 'materials-heading', text: t('station.lectures.materials') }));
  panel.append(l.materials.length ? materialsTable(panel, l.materials, 'lecture-materials', 'materials-heading')
    : h('p', { id: 'lecture-materials-none', text: t('station.lectures.noMaterials') }));
  panel.append(uploadForm(l, again));
  return panel;
}

/** The materials as a table, each with a download button; a refused download is shown in the container. */
function materialsTable(container, materials, id, labelledBy) {
  return table(['station.lectures.fileName', 'station.lectures.kind', 'station.lectures.archiveTopic',
    'station.lectures.size', 'station.lectures.archivedAt', 'common.actions'], materials.map(m => {
    const fetch = button(t('station.lectures.download'), null, { class: 'secondary',
      'aria-label': t('station.lectures.downloadLabel', { name: m.name }) });
    fetch.addEventListener('click', act(container, fetch,
      () => download(`v1/lectures/${m.lecture}/materials/${m.id}`, m.name), { again: true }));
    return [m.name, label(KINDS, m.kind), m.topic, sizeOf(m.size), `${formatDate(m.archivedAt)} · ${m.archivedBy}`, fetch];
  }), { id, 'aria-labelledby': labelledBy });
}

function sizeOf(bytes) {
  if (bytes < 1024) return t('station.lectures.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('station.lectures.kilobytes', { n: Math.ceil(bytes / 1024) });
  return t('station.lectures.megabytes', { n: (bytes / 1024 / 1024).toFixed(1) });
}

/** The kind a file most likely is, from its media type. */
function kindOf(type) {
  if (type.startsWith('image/')) return 'PICTURE';
  if (type.startsWith('audio/')) return 'AUDIO';
  if (type.startsWith('video/')) return 'VIDEO';
  return 'DOCUMENT';
}

function uploadForm(l, again) {
  const file = h('input', { name: 'file', type: 'file', required: true,
    accept: '.pdf,.txt,.doc,.docx,.ppt,.pptx,image/*,audio/*,video/*' });
  const kind = select({ name: 'kind' }, Object.keys(KINDS).map(value => ({ value, label: t(KINDS[value]) })), 'DOCUMENT');
  const topic = h('input', { name: 'topic', value: l.topic, maxlength: 200 });
  file.addEventListener('change', () => {
    if (file.files[0]) kind.value = kindOf(file.files[0].type || '');
  });
  return h('section', { 'aria-labelledby': 'upload-heading' }, h('h3', { id: 'upload-heading', text: t('station.lectures.upload') }),
    h('p', { class: 'hint', text: t('station.lectures.uploadHint') }),
    form({ id: 'upload-material' }, [field('station.lectures.file', file), field('station.lectures.kind', kind),
      field('station.lectures.archiveTopic', topic, 'station.lectures.archiveTopicHint'), submit('station.lectures.uploadSubmit')],
    async () => {
      const f = file.files[0];
      if (!f) throw { title: t('station.lectures.noFile') };
      const q = new URLSearchParams({ name: f.name, kind: kind.value, contentType: f.type || 'application/octet-stream' });
      if (topic.value.trim()) q.set('topic', topic.value.trim());
      const m = await post(`v1/lectures/${l.id}/materials?${q}`, f, { contentType: 'application/octet-stream' });
      again(t('station.lectures.uploaded', { name: m.name, topic: m.topic }));
    }));
}

/** 备课: a new lecture of the station, its speaker one of the qualified people. */
function scheduleForm(station, month, speakers, route) {
  const section = h('section', { 'aria-labelledby': 'schedule-heading' },
    h('h2', { id: 'schedule-heading', text: t('station.lectures.schedule') }),
    h('p', { class: 'hint', text: t('station.lectures.scheduleHint') }));
  if (!speakers.length) {
    section.append(h('p', { id: 'schedule-no-speakers', text: t('station.lectures.noSpeakers') }));
    return section;
  }
  // A time in the chosen month: three days on if that is in it, else its 10th, at 9:00.
  const [y, m] = month.split('-').map(Number);
  let day = new Date(Date.now() + 3 * 86400000);
  if (monthOf(day) !== month) day = new Date(y, m - 1, 10);
  day.setHours(9, 0, 0, 0);
  const topic = h('input', { name: 'topic', required: true, ...limit('ScheduleLectureDto.topic') });
  const from = h('input', { name: 'start', type: 'datetime-local', required: true, value: localInput(day) });
  const to = h('input', { name: 'end', type: 'datetime-local', required: true, value: localInput(new Date(day.getTime() + 90 * 60000)) });
  const speaker = select({ name: 'speaker', required: true },
    speakers.map(s => ({ value: s.id, label: t('station.lectures.speakerOption', { name: s.name, why: s.why }) })));
  const notes = h('textarea', { name: 'preparationNotes', rows: 3, required: true, ...limit('ScheduleLectureDto.preparationNotes') });
  section.append(form({ id: 'schedule-lecture' }, [field('station.lectures.topic', topic),
    checkboxes('station.lectures.themes', 'themes', THEMES, ['POLICY']),
    field('station.lectures.start', from), field('station.lectures.end', to),
    field('station.lectures.speaker', speaker, 'station.lectures.speakerHint'),
    field('station.lectures.notes', notes, 'station.lectures.notesHint'), submit('station.lectures.scheduleSubmit')], async f => {
    const chosen = speakers.find(s => s.id === speaker.value);
    const l = await post('v1/lectures', {
      unit: station.id, topic: topic.value.trim(), themes: checkedValues(f, 'themes'), start: instantOf(from.value),
      end: instantOf(to.value), speakerVolunteerId: chosen.id, speakerName: chosen.name, preparationNotes: notes.value.trim(),
    });
    done('station-lectures', route({ month: monthOf(l.start), lecture: l.id }), t('station.lectures.scheduled', { topic: l.topic }));
  }));
  return section;
}

/** The archive (归类入档, R-LECT-3): every material of the station, or those of one topic. */
async function archiveSection(station, params, route) {
  const topic = (params.topic ?? '').trim();
  const materials = await getAll(`v1/lectures/archive?unit=${station.id}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}`, 500);
  const input = h('input', { name: 'topic', id: 'archive-topic', value: topic, maxlength: 200 });
  const section = h('section', { 'aria-labelledby': 'archive-heading' },
    h('h2', { id: 'archive-heading', text: t('station.lectures.archive') }),
    form({ id: 'archive-search', role: 'search', 'aria-label': t('station.lectures.archiveSearch') },
      [field('station.lectures.archiveTopic', input, 'station.lectures.archiveSearchHint'), submit('station.lectures.find')],
      async () => navigate('station-lectures', route({ topic: input.value.trim() }))));
  const heading = h('h3', { id: 'archive-result-heading', text: topic
    ? t('station.lectures.archiveOf', { topic, n: materials.length }) : t('station.lectures.archiveAll', { n: materials.length }) });
  section.append(heading, materials.length ? materialsTable(section, materials, 'archive', 'archive-result-heading')
    : h('p', { id: 'archive-none', text: t('station.lectures.archiveNone') }));
  return section;
}

// ---------- the months each station kept (institutes and centers, R-LECT-1) ----------

page('lecture-compliance', {
  title: 'station.compliance.title',
  nav: 'station.compliance.nav',
  visible: () => can('VIEW', TIERS),
  render: async (body, params) => {
    const units = unitsWith('VIEW', TIERS);
    const chosen = units.find(u => u.id === params.unit) ?? units[0];
    if (!chosen) {
      body.append(h('p', { text: t('station.compliance.noUnit') }));
      return;
    }
    const to = validMonth(params.to) ?? monthOf(new Date());
    const from = validMonth(params.from) ?? addMonths(to, -5);
    const unitChoice = select({ name: 'unit', id: 'compliance-unit' }, units.map(u => ({ value: u.id, label: u.name })), chosen.id);
    const fromInput = h('input', { type: 'month', name: 'from', id: 'compliance-from', required: true, value: from });
    const toInput = h('input', { type: 'month', name: 'to', id: 'compliance-to', required: true, value: to });
    body.append(h('p', { class: 'hint', text: t('station.compliance.intro') }),
      form({ id: 'compliance-period', class: 'stack export-period' }, [field('station.compliance.unit', unitChoice),
        field('station.compliance.from', fromInput), field('station.compliance.to', toInput), submit('station.compliance.show')],
      async () => navigate('lecture-compliance', { unit: unitChoice.value, from: fromInput.value, to: toInput.value })));

    const report = await get(`v1/units/${chosen.id}/lecture-compliance?from=${from}&to=${to}`);
    const months = [];
    for (let m = report.from; m <= report.to; m = addMonths(m, 1)) months.push(m);
    const kept = report.stations.filter(s => s.compliant).length;
    body.append(h('h2', { id: 'compliance-heading', text: t('station.compliance.of', {
      unit: chosen.name, from: monthName(report.from), to: monthName(report.to) }) }),
    h('p', { id: 'compliance-summary', text: t('station.compliance.summary', { kept, total: report.stations.length }) }));
    if (!report.stations.length) {
      body.append(h('p', { id: 'compliance-none', text: t('station.compliance.none') }));
      return;
    }
    const cell = (s, m) => (s.missingMonths.includes(m)
      ? h('span', { class: 'badge missed', text: t('station.compliance.missed') })
      : h('span', { class: 'badge kept', text: t('station.compliance.kept') }));
    // A month a column: wider than a phone, so the table scrolls in a region the keyboard can reach and scroll.
    body.append(h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'compliance-heading' },
      h('table', { id: 'compliance', 'aria-labelledby': 'compliance-heading' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('station.compliance.station') }),
        months.map(m => h('th', { scope: 'col', text: monthName(m) })),
        h('th', { scope: 'col', text: t('station.compliance.lectures') }), h('th', { scope: 'col', text: t('station.compliance.missedMonths') }))),
      h('tbody', {}, report.stations.map(s => h('tr', {},
        h('th', { scope: 'row', text: s.name }), months.map(m => h('td', {}, cell(s, m))),
        h('td', { text: String(s.lectures) }),
        h('td', { text: s.missingMonths.length ? s.missingMonths.map(monthName).join('、') : t('station.compliance.noneMissed') })))))));
  },
});
