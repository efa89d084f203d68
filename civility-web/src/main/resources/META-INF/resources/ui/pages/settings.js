// policy settings page of the browser UI (政策设置). Texts: org/civility/web/ui/admin*.properties, keys
// "admin.settings.*". A unit's settings as they stand there: the value in force, where it comes from (the default,
// the unit itself or a unit above it) and who set it there and when. Those who configure the unit set its own value,
// which may only be tighter than what it inherits (GOV-LOOSEN, refused by the API with its reason), or clear it.
import {
  page, t, h, field, select, table, formatDate, get, getAll, put, del, button, act, form, submit, limit, unitsWith, unit,
  can, navigate,
} from '../app.js';
import { done, showFlash } from './station.js';

/** The name people read for a setting: its text if the bundle has one, else its registered name. */
function nameOf(setting) {
  const key = `admin.settings.key.${setting}`;
  const text = t(key);
  return text === key ? setting : text;
}

/** The units whose settings the actor may change: those of their grants and the units right below them. */
async function configurableUnits() {
  const roots = unitsWith('CONFIGURE_POLICIES');
  const below = await Promise.all(roots.filter(u => u.tier !== 'POINT' && u.tier !== 'BASE')
    .map(u => getAll(`v1/units?parent=${encodeURIComponent(u.id)}`).catch(() => [])));
  const all = new Map();
  roots.forEach((u, i) => {
    all.set(u.id, { unit: u, depth: 0 });
    below[i].filter(c => !c.dissolved).forEach(c => { if (!all.has(c.id)) all.set(c.id, { unit: c, depth: 1 }); });
  });
  return [...all.values()];
}

page('unit-settings', {
  title: 'admin.settings.title',
  nav: 'admin.settings.nav',
  visible: () => can('CONFIGURE_POLICIES'),
  render: async (body, params) => {
    const units = await configurableUnits();
    if (!units.length) {
      body.append(h('p', { text: t('admin.settings.noUnit') }));
      return;
    }
    const chosen = units.find(e => e.unit.id === params.unit)?.unit ?? units[0].unit;
    const choice = select({ id: 'settings-unit' }, units.map(e => ({
      value: e.unit.id, label: `${e.depth ? '　' : ''}${e.unit.name}` })), chosen.id);
    choice.addEventListener('change', () => navigate('unit-settings', { unit: choice.value }));
    body.append(h('div', { class: 'station-bar' }, field('admin.settings.unit', choice)),
      h('p', { class: 'hint', text: t('admin.settings.intro') }));

    const settings = (await get(`v1/units/${chosen.id}/settings`)).items;
    const sources = new Map(await Promise.all([...new Set(settings.map(s => s.sourceUnitId).filter(Boolean))]
      .map(async id => [id, (await unit(id).catch(() => null))?.name ?? ''])));
    const editing = settings.find(s => s.name === params.setting);
    if (editing) body.append(editPanel(chosen, editing, sources));

    body.append(h('h2', { id: 'settings-heading', text: t('admin.settings.list', { unit: chosen.name }) }),
      table(['admin.settings.setting', 'admin.settings.value', 'admin.settings.source', 'admin.settings.setBy',
        'admin.settings.local', 'common.actions'], settings.map(s => [
        h('span', {}, h('span', { text: nameOf(s.name) }), h('br'), h('code', { class: 'hint', text: s.name })),
        h('strong', { text: s.value }),
        sourceOf(s, chosen, sources),
        s.changedAt ? `${s.changedBy ?? ''}${s.changedBy ? ' · ' : ''}${formatDate(s.changedAt)}` : '—',
        s.localValue ?? '—',
        button(t('admin.settings.edit'), () => navigate('unit-settings', { unit: chosen.id, setting: s.name }), {
          class: 'secondary', 'aria-label': t('admin.settings.editLabel', { name: nameOf(s.name) }),
          'aria-pressed': String(s.name === params.setting) }),
      ]), { id: 'settings', 'aria-labelledby': 'settings-heading', 'data-unit': chosen.id }));
    showFlash(body);
  },
});

/** Where the value in force comes from: the default, the unit itself, or the unit above that set it. */
function sourceOf(s, chosen, sources) {
  if (s.atDefault) return t('admin.settings.fromDefault');
  if (s.sourceUnitId === chosen.id) return t('admin.settings.fromHere');
  return t('admin.settings.fromAbove', { unit: sources.get(s.sourceUnitId) ?? '' });
}

/** One setting: its facts, a form for the unit's own value, and clearing it. */
function editPanel(chosen, s, sources) {
  const back = { unit: chosen.id };
  const value = h('input', { name: 'value', required: true, ...limit('SettingValueDto.value'), value: s.localValue ?? s.value,
    autocomplete: 'off' });
  const panel = h('section', { class: 'panel', id: 'setting-panel', 'aria-labelledby': 'setting-heading' },
    h('h2', { id: 'setting-heading', text: nameOf(s.name) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('admin.settings.value') }), h('dd', { id: 'setting-value', text: s.value }),
      h('dt', { text: t('admin.settings.default') }), h('dd', { text: s.defaultValue }),
      h('dt', { text: t('admin.settings.source') }), h('dd', { id: 'setting-source', text: sourceOf(s, chosen, sources) }),
      h('dt', { text: t('admin.settings.setBy') }), h('dd', { id: 'setting-set-by',
        text: s.changedAt ? `${s.changedBy ?? ''} ${formatDate(s.changedAt)}`.trim() : '—' })));
  panel.append(form({ id: 'setting-form' }, [field('admin.settings.newValue', value, 'admin.settings.newValueHint'),
    submit('admin.settings.save')], async () => {
    const saved = await put(`v1/units/${chosen.id}/settings/${encodeURIComponent(s.name)}`, { value: value.value.trim() });
    done('unit-settings', back, t('admin.settings.saved', { name: nameOf(s.name), value: saved.value, unit: chosen.name }));
  }));
  if (s.localValue !== null && s.localValue !== undefined) {
    const clear = button(t('admin.settings.clear'), null, { class: 'secondary', id: 'setting-clear' });
    clear.addEventListener('click', act(panel, clear, async () => {
      const cleared = await del(`v1/units/${chosen.id}/settings/${encodeURIComponent(s.name)}`);
      done('unit-settings', back, t('admin.settings.cleared', { name: nameOf(s.name), value: cleared.value }));
    }));
    panel.append(h('div', { class: 'actions' }, clear));
  }
  return panel;
}
