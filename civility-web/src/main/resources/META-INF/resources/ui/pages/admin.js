// admin pages of the browser UI. Texts: org/civility/web/ui/admin*.properties, keys "admin.*".
// The first start of a portal in service (R-ACC-3): the one-time setup page that creates the first administrator,
// and the organisation page where administrators found the center, its institutes and stations. The API decides
// who may (MANAGE_UNITS at the parent, the installation's administrator for a center); the UI hides what it refuses.
import {
  page, t, h, field, select, success, showError, get, post, me, hasRole, getAll,
} from '../app.js';

/** The id of the installation itself (a grant there covers every unit). */
export const INSTALLATION = '00000000-0000-0000-0000-000000000000';
const MANAGERS = ['HEAD', 'ADMINISTRATOR'];
/** The tiers a unit of each tier may have below it (R-ORG-1). */
const CHILD_TIERS = { CENTER: ['INSTITUTE'], INSTITUTE: ['STATION'], STATION: ['POINT', 'BASE'], POINT: [], BASE: [] };

const isInstallationAdministrator = m => !!m && m.grants.some(g => g.unitId === INSTALLATION && g.role === 'ADMINISTRATOR');
const tierLabel = tier => t(`admin.tier.${tier}`);

// ---------- the first administrator ----------

page('setup', {
  title: 'admin.setup.title', public: true,
  render: async (body, params) => {
    const { required } = await get('v1/setup');
    if (!required) {
      body.append(h('p', { id: 'setup-done', text: t('admin.setup.done') }),
        h('p', {}, h('a', { href: '#/sign-in', text: t('common.signIn') })));
      return;
    }
    const token = h('input', { id: 'setup-token', name: 'token', required: true, autocomplete: 'off', value: params.token || '' });
    const name = h('input', { id: 'setup-name', name: 'name', required: true, maxlength: 100, autocomplete: 'name' });
    const username = h('input', { id: 'setup-username', name: 'username', required: true, autocomplete: 'username',
      pattern: '[A-Za-z0-9][A-Za-z0-9._@\\-]{2,63}' });
    const password = h('input', { id: 'setup-password', name: 'password', type: 'password', required: true,
      minlength: 10, autocomplete: 'new-password' });
    const again = h('input', { id: 'setup-password-again', name: 'again', type: 'password', required: true,
      autocomplete: 'new-password' });
    const form = h('form', { class: 'stack', id: 'setup-form' },
      params.token ? null : field('admin.setup.token', token, 'admin.setup.tokenHint'),
      field('admin.setup.name', name), field('admin.setup.username', username, 'admin.setup.usernameHint'),
      field('admin.setup.password', password, 'admin.setup.passwordHint'), field('admin.setup.again', again),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'setup-submit', text: t('admin.setup.submit') })));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      form.querySelectorAll('.alert').forEach(a => a.remove());
      if (password.value !== again.value) {
        showError(form, { title: t('admin.setup.mismatch') });
        again.focus();
        return;
      }
      try {
        await post('v1/setup', { token: token.value.trim(), name: name.value.trim(), username: username.value.trim(),
          password: password.value });
        body.replaceChildren();
        success(body, t('admin.setup.created', { username: username.value.trim() }));
        body.append(h('p', {}, h('a', { href: '#/sign-in', id: 'setup-sign-in', class: 'button', text: t('common.signIn') })));
      } catch (e) {
        showError(form, e);
      }
    });
    body.append(h('p', { text: t('admin.setup.intro') }), form);
    name.focus();
  },
});

// ---------- the organisation ----------

/** A form that founds a unit of one of the tiers below parent (or a center when parent is null). */
function foundForm(parent, onFounded) {
  const tiers = parent ? CHILD_TIERS[parent.tier] : ['CENTER'];
  const key = parent ? parent.id : 'root';
  const name = h('input', { id: `found-name-${key}`, name: 'name', required: true, maxlength: 100 });
  const tier = select({ id: `found-tier-${key}`, name: 'tier' }, tiers.map(v => ({ value: v, label: tierLabel(v) })));
  const form = h('form', { class: 'stack found-form', id: `found-form-${key}` },
    tiers.length > 1 ? field('admin.units.tier', tier) : null,
    field(parent ? 'admin.units.childName' : 'admin.units.centerName', name),
    h('div', { class: 'actions' }, h('button', {
      type: 'submit', id: `found-submit-${key}`,
      text: parent ? t('admin.units.foundBelow', { tier: tierLabel(tier.value) }) : t('admin.units.foundCenter'),
    })));
  tier.addEventListener('change', () => {
    form.querySelector('button[type=submit]').textContent = t('admin.units.foundBelow', { tier: tierLabel(tier.value) });
  });
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    form.querySelectorAll('.alert').forEach(a => a.remove());
    try {
      const unit = await post('v1/units', { tier: parent ? tier.value : 'CENTER', name: name.value.trim(),
        parentId: parent ? parent.id : null });
      await onFounded(unit);
    } catch (e) {
      showError(form, e);
    }
  });
  return form;
}

/** The unit with its children, depth-first (centers and institutes open, stations' points closed). */
async function unitItem(unit, onFounded) {
  const children = CHILD_TIERS[unit.tier].length ? await getAll(`v1/units?parent=${encodeURIComponent(unit.id)}`) : [];
  const item = h('li', { class: 'unit', dataset: { unit: unit.id } },
    h('span', { class: 'unit-name', text: `${unit.name}（${tierLabel(unit.tier)}）` }),
    unit.dissolved ? h('span', { class: 'badge', text: t('admin.units.dissolved') }) : null);
  if (CHILD_TIERS[unit.tier].length && !unit.dissolved) {
    item.append(h('details', { class: 'found-below' },
      h('summary', { id: `found-open-${unit.id}`, text: t('admin.units.foundBelowOpen') }), foundForm(unit, onFounded)));
  }
  if (children.length) {
    const list = h('ul', { class: 'unit-tree' });
    for (const child of children) list.append(await unitItem(child, onFounded));
    item.append(list);
  }
  return item;
}

page('organisation', {
  title: 'admin.units.title', nav: 'admin.units.nav',
  visible: m => isInstallationAdministrator(m) || hasRole(MANAGERS),
  home: isInstallationAdministrator,
  render: async function render(body) {
    const roots = isInstallationAdministrator(me()) || hasRole(MANAGERS, ['CENTER'])
      ? await getAll('v1/units') : [];
    const mine = me().grants.filter(g => MANAGERS.includes(g.role) && g.unitId !== INSTALLATION).map(g => g.unitId);
    const tops = roots.length ? roots
      : (await Promise.all([...new Set(mine)].map(id => get(`v1/units/${id}`).catch(() => null)))).filter(Boolean);
    const refresh = async unit => {
      body.replaceChildren();
      await render(body);
      success(body, t('admin.units.founded', { name: unit.name, tier: tierLabel(unit.tier) }));
    };
    body.append(h('p', { text: t('admin.units.intro') }));
    if (!tops.length && isInstallationAdministrator(me())) {
      body.append(h('h2', { text: t('admin.units.firstCenter') }), foundForm(null, refresh));
      return;
    }
    const tree = h('ul', { class: 'unit-tree', id: 'unit-tree' });
    for (const u of tops) tree.append(await unitItem(u, refresh));
    body.append(tree);
    if (isInstallationAdministrator(me())) {
      body.append(h('details', { class: 'found-below' },
        h('summary', { id: 'found-open-root', text: t('admin.units.anotherCenter') }), foundForm(null, refresh)));
    }
  },
});
