// institute pages of the browser UI. Texts: org/civility/web/ui/institute*.properties, keys "institute.*".
// The Excel tools of institute and center staff: importing volunteers (a background job with a progress bar and a
// report of the rows not imported) and exporting the service records of a unit's subtree. The API decides who may
// (REGISTER_VOLUNTEERS for the import, VIEW for the export); the menu only hides what it would refuse.
import {
  page, t, h, field, select, table, success, announce, api, get, download, can, unitsWith,
  subtreeOf, act, form,
} from '../app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TIERS = ['CENTER', 'INSTITUTE'];
const POLL_MS = 100;

// The tools are for those who register volunteers at a center or an institute (core's REGISTER_VOLUNTEERS, from /me).
const isInstituteStaff = () => can('REGISTER_VOLUNTEERS', TIERS);

/** The units the actor's staff grants cover, each followed by the units below it (depth-first, by name). */
const subtree = () => subtreeOf(unitsWith('REGISTER_VOLUNTEERS', TIERS));

/** A select of the units of the actor's subtree, indented by depth, with the tier spelt out (no indent alone). */
async function unitSelect(id) {
  const units = await subtree();
  return select({ id, name: 'unit', required: true }, units.map(({ unit, depth }) => ({
    value: unit.id,
    label: `${'\u3000'.repeat(depth)}${unit.name}（${t(`institute.tier.${unit.tier}`)}）`,
  })));
}

function isoDay(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---------- volunteer import ----------

const COLUMNS = ['name', 'idNumber', 'phone', 'origin', 'skills', 'guardian'];

function layout() {
  return h('details', { class: 'import-layout' },
    h('summary', { text: t('institute.import.layoutTitle') }),
    table(['institute.import.column', 'institute.import.required', 'institute.import.content'],
      COLUMNS.map(c => [
        t(`institute.import.col.${c}`),
        t(`institute.import.col.${c}.required`),
        t(`institute.import.col.${c}.content`),
      ]), { id: 'import-layout' }),
    h('p', { class: 'hint', text: t('institute.import.layoutHint') }));
}

function report(container, job) {
  container.replaceChildren();
  const summary = t('institute.import.done', { imported: job.imported, failed: job.failedCount, total: job.total });
  success(container, summary).id = 'import-summary';
  if (job.failed.length === 0) return;
  container.append(
    h('h2', { id: 'import-failures-title', text: t('institute.import.failuresTitle', { count: job.failedCount }) }),
    table(['institute.import.row', 'common.errorCode', 'institute.import.reason'],
      job.failed.map(f => [
        String(f.row),
        h('code', { class: 'error-code', text: f.code }),
        h('span', {}, h('strong', { text: f.title }), '：', f.reason),
      ]), { id: 'import-failures', 'aria-labelledby': 'import-failures-title' }));
}

page('institute-import', {
  title: 'institute.import.title',
  nav: 'institute.import.nav',
  visible: isInstituteStaff,
  render: async body => {
    const unit = await unitSelect('import-unit');
    const file = h('input', { type: 'file', id: 'import-file', name: 'file', required: true, accept: `.xlsx,${XLSX}` });
    const start = h('button', { type: 'submit', id: 'import-start', text: t('institute.import.start') });
    const template = h('button', { type: 'button', class: 'secondary', id: 'import-template', text: t('institute.import.template') });
    const progress = h('progress', { id: 'import-progress', max: '1', value: '0' });
    const progressText = h('div', { id: 'import-progress-text', class: 'hint' });
    const progressBox = h('div', { id: 'import-progress-box', class: 'import-progress', hidden: true },
      h('label', { for: 'import-progress', text: t('institute.import.progress') }), progress, progressText);
    const result = h('div', { id: 'import-result' });
    // The form stays on screen for the next file: its button is enabled again after an import.
    const importForm = form({ id: 'import-form' }, [
      field('institute.import.unit', unit, 'institute.import.unitHint'),
      field('institute.import.file', file, 'institute.import.fileHint'),
      h('div', { class: 'actions' }, start, template)], async () => {
      result.replaceChildren();
      progressBox.hidden = true;
      if (!file.files.length) {
        file.focus();
        return;
      }
      const imports = `v1/units/${encodeURIComponent(unit.value)}/volunteer-imports`;
      let job = await api('POST', imports, file.files[0], { contentType: XLSX });
      progressBox.hidden = false;
      announce(t('institute.import.started', { total: job.total }));
      for (;;) {
        progress.max = job.total;
        progress.value = job.processed;
        progressText.textContent = t('institute.import.processed', { processed: job.processed, total: job.total });
        if (job.done) break;
        await sleep(POLL_MS);
        job = await get(`${imports}/${job.id}`);
      }
      report(result, job);
      const summary = result.querySelector('.notice');
      summary.tabIndex = -1;
      summary.focus();
    }, { again: true });
    template.addEventListener('click', act(importForm, template, () => download(
      `v1/units/${encodeURIComponent(unit.value)}/volunteer-imports/template`, t('institute.import.templateFile'), XLSX),
    { again: true }));

    body.append(h('p', { text: t('institute.import.intro') }), layout(), importForm, progressBox, result);
  },
});

// ---------- service record export ----------

page('institute-export', {
  title: 'institute.export.title',
  nav: 'institute.export.nav',
  visible: isInstituteStaff,
  render: async body => {
    const unit = await unitSelect('export-unit');
    const today = new Date();
    const from = h('input', { type: 'date', id: 'export-from', name: 'from', required: true,
      value: isoDay(new Date(today.getFullYear(), 0, 1)) });
    const to = h('input', { type: 'date', id: 'export-to', name: 'to', required: true, value: isoDay(today) });
    // The form stays on screen for another period: enabled again after a download, its confirmation cleared by the next.
    const exportForm = form({ id: 'export-form' }, [
      field('institute.export.unit', unit, 'institute.export.unitHint'),
      h('div', { class: 'export-period' },
        field('institute.export.from', from), field('institute.export.to', to)),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'export-start', text: t('institute.export.start') }))],
    async f => {
      const name = t('institute.export.file', { from: from.value, to: to.value });
      const query = new URLSearchParams({ from: from.value, to: to.value });
      await download(`v1/units/${encodeURIComponent(unit.value)}/service-records/export?${query}`, name, XLSX);
      success(f, t('institute.export.done', { file: name })).id = 'export-done';
    }, { again: true, notices: true });
    body.append(h('p', { text: t('institute.export.intro') }), exportForm);
  },
});
