// admin pages of the browser UI. Texts: org/civility/web/ui/admin*.properties, keys "admin.*".
// The first start of a portal in service (R-ACC-3): the one-time setup page that creates the first administrator,
// and the organisation page where administrators found the center, its institutes and stations. The API decides
// who may (MANAGE_UNITS at the parent, the installation's administrator for a center); the UI hides what it refuses.
import {
  page, t, h, field, select, table, success, announce, api, get, post, put, del, me, hasRole, getAll,
  navigate, ifMatch, subtreeOf, act, form, button, limit,
} from '../app.js';

/** The id of the installation itself (a grant there covers every unit). */
export const INSTALLATION = '00000000-0000-0000-0000-000000000000';
const MANAGERS = ['HEAD', 'ADMINISTRATOR'];
/** The tiers a unit of each tier may have below it (R-ORG-1). */
const CHILD_TIERS = { CENTER: ['INSTITUTE'], INSTITUTE: ['STATION'], STATION: ['POINT', 'BASE'], POINT: [], BASE: [] };

const isInstallationAdministrator = m => !!m && m.grants.some(g => g.unitId === INSTALLATION && MANAGERS.includes(g.role));
const tierLabel = tier => t(`admin.tier.${tier}`);

const ROLES = ['HEAD', 'ADMINISTRATOR', 'LEADERSHIP_GROUP', 'DUTY_STAFF', 'COMMITTEE', 'LECTURER', 'VOLUNTEER', 'RESIDENT'];
const roleLabel = role => t(`admin.role.${role}`);

/** The units the actor manages (or every unit, for the installation's administrator), depth-first with depths. */
async function managedUnits() {
  const roots = isInstallationAdministrator(me()) ? await getAll('v1/units')
    : (await Promise.all([...new Set(me().grants.filter(g => MANAGERS.includes(g.role)).map(g => g.unitId))]
      .map(id => get(`v1/units/${id}`).catch(() => null)))).filter(Boolean);
  return subtreeOf(roots);
}

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
    const name = h('input', { id: 'setup-name', name: 'name', required: true, autocomplete: 'name',
      ...limit('FirstAdministratorDto.name') });
    const username = h('input', { id: 'setup-username', name: 'username', required: true, autocomplete: 'username',
      ...limit('FirstAdministratorDto.username') });
    const password = h('input', { id: 'setup-password', name: 'password', type: 'password', required: true,
      minlength: 10, autocomplete: 'new-password' });
    const again = h('input', { id: 'setup-password-again', name: 'again', type: 'password', required: true,
      autocomplete: 'new-password' });
    const setupForm = form({ id: 'setup-form' }, [
      params.token ? null : field('admin.setup.token', token, 'admin.setup.tokenHint'),
      field('admin.setup.name', name), field('admin.setup.username', username, 'admin.setup.usernameHint'),
      field('admin.setup.password', password, 'admin.setup.passwordHint'), field('admin.setup.again', again),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'setup-submit', text: t('admin.setup.submit') }))],
    async () => {
      if (password.value !== again.value) {
        again.focus();
        throw { title: t('admin.setup.mismatch') };
      }
      await post('v1/setup', { token: token.value.trim(), name: name.value.trim(), username: username.value.trim(),
        password: password.value });
      body.replaceChildren();
      success(body, t('admin.setup.created', { username: username.value.trim() }));
      body.append(h('p', {}, h('a', { href: '#/sign-in', id: 'setup-sign-in', class: 'button', text: t('common.signIn') })));
    });
    body.append(h('p', { text: t('admin.setup.intro') }), setupForm);
    name.focus();
  },
});

// ---------- the organisation ----------

/** A form that founds a unit of one of the tiers below parent (or a center when parent is null). */
function foundForm(parent, onFounded) {
  const tiers = parent ? CHILD_TIERS[parent.tier] : ['CENTER'];
  const key = parent ? parent.id : 'root';
  const name = h('input', { id: `found-name-${key}`, name: 'name', required: true, ...limit('FoundUnitDto.name') });
  const tier = select({ id: `found-tier-${key}`, name: 'tier' }, tiers.map(v => ({ value: v, label: tierLabel(v) })));
  const found = h('button', {
    type: 'submit', id: `found-submit-${key}`,
    text: parent ? t('admin.units.foundBelow', { tier: tierLabel(tier.value) }) : t('admin.units.foundCenter'),
  });
  tier.addEventListener('change', () => {
    found.textContent = t('admin.units.foundBelow', { tier: tierLabel(tier.value) });
  });
  return form({ class: 'stack found-form', id: `found-form-${key}` }, [
    tiers.length > 1 ? field('admin.units.tier', tier) : null,
    field(parent ? 'admin.units.childName' : 'admin.units.centerName', name),
    h('div', { class: 'actions' }, found)], async () => {
    const unit = await post('v1/units', { tier: parent ? tier.value : 'CENTER', name: name.value.trim(),
      parentId: parent ? parent.id : null });
    await onFounded(unit);
  });
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

// ---------- accounts (R-ACC-1) ----------

/** A box showing a one-time password once, to hand over in person. */
function oneTimeBox(username, password) {
  return h('div', { class: 'notice', role: 'status', id: 'one-time-box' },
    h('p', { text: t('admin.accounts.oneTime', { username }) }),
    h('p', {}, h('code', { id: 'one-time-password', class: 'one-time', text: password })),
    h('p', { class: 'hint', text: t('admin.accounts.oneTimeHint') }));
}

/**
 * A row of the accounts table. run(control, change) runs a change from a control of the row; the change answers
 * {done: the confirmation, oneTime and username: a one-time password to show}.
 */
function accountRow(account, unitsById, unitId, run) {
  const version = ifMatch(account.version);
  const grants = h('ul', { class: 'grants' }, account.grants.map(g => {
    const revoke = button(t('admin.accounts.revoke'), null, {
      class: 'secondary small revoke', 'aria-label': t('admin.accounts.revokeLabel', { role: roleLabel(g.role), username: account.username }),
    });
    revoke.addEventListener('click', run(revoke, async () => {
      await del(`v1/accounts/${account.id}/grants/${g.role}/${g.unitId}`, version);
      return { done: t('admin.accounts.revoked', { role: roleLabel(g.role), username: account.username }) };
    }));
    return h('li', {}, `${roleLabel(g.role)} · ${unitsById.get(g.unitId)?.name || t('admin.accounts.otherUnit')} `, revoke);
  }));
  const role = select({ id: `grant-role-${account.id}`, 'aria-label': t('admin.accounts.grantRole', { username: account.username }) },
    ROLES.map(r => ({ value: r, label: roleLabel(r) })), 'DUTY_STAFF');
  const grant = h('button', { type: 'submit', class: 'secondary small', text: t('admin.accounts.grant') });
  const grantForm = h('form', { class: 'inline', id: `grant-form-${account.id}` }, role, grant);
  grantForm.addEventListener('submit', run(grant, async () => {
    await post(`v1/accounts/${account.id}/grants`, { role: role.value, unitId }, version);
    return { done: t('admin.accounts.granted', { role: roleLabel(role.value), username: account.username }) };
  }));
  const disabled = account.state === 'DISABLED';
  const toggle = button(t(disabled ? 'admin.accounts.enable' : 'admin.accounts.disable'), null,
    { class: 'secondary small', id: `${disabled ? 'enable' : 'disable'}-${account.id}` });
  toggle.addEventListener('click', run(toggle, async () => {
    await post(`v1/accounts/${account.id}/${disabled ? 'enabling' : 'disabling'}`, {}, version);
    return { done: t(disabled ? 'admin.accounts.enabled' : 'admin.accounts.disabled', { username: account.username }) };
  }));
  const reset = button(t('admin.accounts.reset'), null, { class: 'secondary small', id: `reset-${account.id}` });
  reset.addEventListener('click', run(reset, async () => {
    const r = await post(`v1/accounts/${account.id}/password-reset`, {}, version);
    return { done: t('admin.accounts.resetDone', { username: account.username }), oneTime: r.oneTimePassword, username: account.username };
  }));
  const actions = h('div', { class: 'actions' }, toggle, reset);
  return [h('span', { class: 'username', text: account.username }), account.name,
    h('span', { class: 'badge', text: t(`admin.state.${account.state}`) }), grants, h('div', {}, grantForm, actions)];
}

page('accounts', {
  title: 'admin.accounts.title', nav: 'admin.accounts.nav',
  visible: m => isInstallationAdministrator(m) || hasRole(MANAGERS),
  render: async function render(body, params) {
    const units = await managedUnits();
    if (!units.length) {
      body.append(h('p', { text: t('admin.accounts.noUnits') }));
      return;
    }
    const unitsById = new Map(units.map(({ unit }) => [unit.id, unit]));
    const current = unitsById.has(params.unit) ? params.unit : units[0].unit.id;
    const picker = select({ id: 'accounts-unit', name: 'unit' }, units.map(({ unit, depth }) => ({
      value: unit.id, label: `${'\u3000'.repeat(depth)}${unit.name}（${tierLabel(unit.tier)}）`,
    })), current);
    picker.addEventListener('change', () => navigate('accounts', { unit: picker.value }));
    body.append(h('p', { text: t('admin.accounts.intro') }), field('admin.accounts.unit', picker));

    const box = h('div', { id: 'accounts-box' });
    // A change from a control: the list is drawn again, with the confirmation (and a one-time password) on top; a
    // refusal shows above the list.
    const run = (control, change, options) => act(box, control, async () => {
      const out = await change();
      await draw();
      if (out.oneTime) box.prepend(oneTimeBox(out.username, out.oneTime));
      success(box, out.done);
    }, { notices: true, ...options });
    async function draw() {
      const accounts = await getAll(`v1/accounts?unit=${encodeURIComponent(current)}`);
      box.replaceChildren(h('h2', { text: t('admin.accounts.listTitle', { name: unitsById.get(current).name }) }),
        accounts.length
          ? table(['admin.accounts.username', 'admin.accounts.name', 'admin.accounts.state', 'admin.accounts.roles',
            'admin.accounts.actions'], accounts.map(a => accountRow(a, unitsById, current, run)), { id: 'accounts-table' })
          : h('p', { text: t('admin.accounts.none') }));
    }
    await draw();

    // The API takes letters of any script; the UI keeps to the usernames a first administrator may have.
    const username = h('input', { id: 'new-account-username', required: true, autocomplete: 'off',
      ...limit('CreateAccountDto.username'), pattern: '[A-Za-z0-9][A-Za-z0-9._@\\-]{2,63}' });
    const name = h('input', { id: 'new-account-name', required: true, ...limit('CreateAccountDto.name') });
    const role = select({ id: 'new-account-role' }, ROLES.map(r => ({ value: r, label: roleLabel(r) })), 'ADMINISTRATOR');
    const create = h('button', { type: 'submit', id: 'new-account-submit', text: t('admin.accounts.create') });
    const createForm = h('form', { class: 'stack', id: 'new-account-form' },
      h('h2', { text: t('admin.accounts.createTitle', { name: unitsById.get(current).name }) }),
      field('admin.accounts.username', username, 'admin.setup.usernameHint'), field('admin.accounts.name', name),
      field('admin.accounts.role', role),
      h('div', { class: 'actions' }, create));
    // The form stays below the list: its button is enabled again for the next account.
    createForm.addEventListener('submit', run(create, async () => {
      const wanted = username.value.trim();
      const created = await post('v1/accounts', { username: wanted, name: name.value.trim(),
        grants: [{ role: role.value, unitId: current }] });
      createForm.reset();
      return { done: t('admin.accounts.created', { username: wanted }), oneTime: created.oneTimePassword,
        username: created.account.username };
    }, { again: true }));
    body.append(box, createForm);
  },
});

// ---------- my account ----------

page('my-account', {
  title: 'admin.me.title', nav: 'admin.me.nav',
  visible: m => !!m,
  render: async body => {
    const current = h('input', { id: 'my-current-password', type: 'password', required: true, autocomplete: 'current-password' });
    const fresh = h('input', { id: 'my-new-password', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' });
    const again = h('input', { id: 'my-new-password-again', type: 'password', required: true, autocomplete: 'new-password' });
    // The form stays on screen: enabled again after a change, its confirmation cleared by the next one.
    const passwordForm = form({ id: 'my-password-form' }, [
      h('h2', { text: t('admin.me.passwordTitle') }),
      field('admin.me.current', current), field('admin.me.new', fresh, 'admin.setup.passwordHint'), field('admin.me.again', again),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'my-password-submit', text: t('admin.me.change') }))],
    async f => {
      if (fresh.value !== again.value) {
        again.focus();
        throw { title: t('admin.setup.mismatch') };
      }
      await put('v1/accounts/me/password', { currentPassword: current.value, newPassword: fresh.value });
      f.reset();
      success(f, t('admin.me.changed'));
    }, { again: true, notices: true });
    const everywhere = h('button', {
      type: 'button', id: 'sign-out-everywhere', class: 'secondary', text: t('admin.me.everywhere'),
      onclick: async () => {
        // Signed out here either way, even if the other sessions could not be ended.
        const out = await api('DELETE', 'v1/sessions').catch(() => null);
        if (out) announce(t('admin.me.everywhereDone', { count: out.sessions }));
        document.getElementById('sign-out')?.click();
      },
    });
    body.append(h('p', { text: t('admin.me.intro', { name: me().name }) }), passwordForm,
      h('section', { class: 'stack' }, h('h2', { text: t('admin.me.sessionsTitle') }),
        h('p', { text: t('admin.me.sessionsIntro') }), h('div', { class: 'actions' }, everywhere)));
  },
});
