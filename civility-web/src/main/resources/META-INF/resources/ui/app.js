// Civility browser UI: a small shell without a build step. Pages live in ./pages/*.js and register
// themselves with page(); every text comes from the resource bundles (GET api/v1/ui/messages), and the limits of the
// inputs from the validation of the API's requests (GET api/v1/ui/limits).
// The server decides what an actor may see and do: the UI only hides what the API would refuse.

const TOKEN = 'civility.token';
const LANG = 'civility.lang';
const LARGE = 'civility.largeText';

const state = { texts: {}, limits: {}, lang: 'zh', me: null, units: new Map() };
const pages = new Map();

// ---------- settling ----------

// API calls under way, counted from the request until its answer is read, so that whatever a page does with the
// answer (synchronously or in promise continuations) is done once the count is back at zero.
let inflight = 0;

async function counted(work) {
  inflight++;
  try {
    return await work();
  } finally {
    inflight--;
  }
}

// The address the page in <main> was rendered for (null while a rendering is under way).
let renderedHash = null;

/**
 * Whether the page has settled: rendered for the address in the location bar, and no API call under way.
 * The browser tests wait on it before they read the page (an address changed but not yet rendered, or an
 * answer not yet shown, is not settled).
 */
window.civilitySettled = () => inflight === 0 && renderedHash === location.hash
  && document.getElementById('main')?.hasAttribute('data-ready');

// ---------- texts ----------

/** The text of a key in the current language, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const text = state.texts[key] ?? key;
  return text.replace(/\{(\w+)}/g, (m, name) => (params[name] ?? m));
}

export function lang() {
  return state.lang;
}

async function loadTexts() {
  state.texts = await counted(async () => {
    const r = await fetch(`api/v1/ui/messages?lang=${state.lang}`, { headers: { Accept: 'application/json' } });
    return r.json();
  });
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
}

// ---------- limits of the API's fields ----------

/**
 * The attributes that limit an input as the API limits the request field it fills (maxlength, minlength, pattern
 * from the DTO's validation, GET api/v1/ui/limits), to spread into it: h('input', { name: 'title',
 * ...limit('PlanActivityDto.title') }). Names are "<DTO>.<field>"; a field without limits gives none.
 */
export function limit(name) {
  const l = state.limits[name] ?? {};
  const attrs = {};
  if (l.maxLength != null) attrs.maxlength = l.maxLength;
  if (l.minLength != null) attrs.minlength = l.minLength;
  if (l.pattern != null) attrs.pattern = l.pattern;
  return attrs;
}

/** Reads the limits once, alongside the texts; without them the inputs are unlimited and the API still checks. */
async function loadLimits() {
  state.limits = await counted(async () => {
    const r = await fetch('api/v1/ui/limits', { headers: { Accept: 'application/json' } });
    return r.ok ? r.json() : {};
  }).catch(() => ({}));
}

// ---------- DOM ----------

/**
 * Builds an element: h('button', {class: 'x', onclick: fn, text: t('key')}, child...). Attributes
 * starting with "on" become listeners; "text" sets the text; null/false attributes are left out.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') el.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

let fieldSeq = 0;

/** A labelled form control: a label and an input/select/textarea joined by for/id; hint optional. */
export function field(labelKey, control, hintKey) {
  const id = control.id || `f${++fieldSeq}`;
  control.id = id;
  const parts = [h('label', { for: id, text: t(labelKey) }), control];
  if (hintKey) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('div', { class: 'hint', id: hintId, text: t(hintKey) }));
  }
  return h('div', { class: 'field' }, parts);
}

/** A select of options [{value, label}], the first one chosen unless selected is given. */
export function select(attrs, options, selected) {
  return h('select', attrs, options.map(o => h('option', { value: o.value, selected: o.value === selected }, o.label)));
}

/** A table with header keys and rows of cells (strings or nodes). */
export function table(headerKeys, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attrs,
    h('thead', {}, h('tr', {}, headerKeys.map(k => h('th', { scope: 'col', text: t(k) })))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(c => h('td', {}, c)))))));
}

/** Says something to screen readers (and nothing on screen). */
export function announce(text) {
  const a = document.getElementById('announcer');
  a.textContent = '';
  setTimeout(() => { a.textContent = text; }, 50);
}

/** A green confirmation box, announced. */
export function success(container, text) {
  const box = h('div', { class: 'notice', role: 'status', text });
  container.prepend(box);
  announce(text);
  return box;
}

/** Shows an API error (its Chinese or English title, detail and code) as an alert in the container. */
export function showError(container, error) {
  const box = h('div', { class: 'alert', role: 'alert' },
    h('strong', { text: error.title || t('common.error') }),
    error.detail ? h('div', { text: error.detail }) : null,
    error.code ? h('div', { class: 'hint' }, `${t('common.errorCode')}: `, h('code', { class: 'error-code', text: error.code })) : null);
  container.prepend(box);
  return box;
}

// ---------- actions and forms, one way for every page ----------

/** A plain button running `onclick`. */
export function button(text, onclick, attrs = {}) {
  return h('button', { type: 'button', ...attrs, text, onclick });
}

/**
 * Runs an API call from a control: clears the container's earlier alerts, disables the control meanwhile, and shows
 * a refusal as the API's coded error in the container (the control is enabled again to retry). A check of the page's
 * own refuses the same way: throw { title: t('…') } in the call. Options: again, to enable the control after a
 * success too (a form that stays on screen, a download button); notices, to clear the container's earlier notices
 * with its alerts (the confirmation of the previous run); failed(error, box), run once a refusal is shown and the
 * control enabled (to move the focus, say).
 */
export function act(container, control, call, { again = false, notices = false, failed = null } = {}) {
  return async ev => {
    ev?.preventDefault();
    container.querySelectorAll(notices ? ':scope > .alert, :scope > .notice' : ':scope > .alert').forEach(a => a.remove());
    if (control) control.disabled = true;
    try {
      await call();
      if (again && control) control.disabled = false;
    } catch (e) {
      const box = showError(container, e);
      if (control) control.disabled = false;
      if (failed) await failed(e, box);
    }
  };
}

/** A form whose submit runs the call with the form (see `act`, and its options), errors shown at its top. */
export function form(attrs, children, call, options) {
  const f = h('form', { class: 'stack', ...attrs }, children);
  f.addEventListener('submit', ev => act(f, f.querySelector('button[type=submit]'), () => call(f), options)(ev));
  return f;
}

/** The submit button of a form, with the text of a key. */
export const submit = key => h('div', { class: 'actions' }, h('button', { type: 'submit', text: t(key) }));

/** Formats an ISO instant/date in the page's language. */
export function formatDate(iso, withTime = true) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = state.lang === 'en' ? 'en-GB' : 'zh-CN';
  return withTime ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

// ---------- labels of core's enums that several areas show (literal keys, checked by UiTextsTest) ----------

/** The five practice forms 讲评帮乐庆. */
export const PRACTICE_FORMS = {
  LECTURE: 'common.form.LECTURE', APPRAISAL: 'common.form.APPRAISAL', ASSISTANCE: 'common.form.ASSISTANCE',
  RECREATION: 'common.form.RECREATION', CELEBRATION: 'common.form.CELEBRATION',
};

/** The five themes 五传, and law, science, safety and health. */
export const THEMES = {
  THOUGHT: 'common.theme.THOUGHT', POLICY: 'common.theme.POLICY', MORALITY: 'common.theme.MORALITY',
  CULTURE: 'common.theme.CULTURE', SKILLS: 'common.theme.SKILLS', LAW: 'common.theme.LAW',
  SCIENCE: 'common.theme.SCIENCE', SAFETY: 'common.theme.SAFETY', HEALTH: 'common.theme.HEALTH',
};

// ---------- API ----------

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.problem = problem;
  }
}

function headers(extra = {}) {
  const hs = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': state.lang === 'en' ? 'en' : 'zh-CN',
    'X-Civility-Client': 'ui',
    ...extra,
  };
  const token = sessionStorage.getItem(TOKEN);
  if (token) hs.Authorization = `Bearer ${token}`;
  return hs;
}

/**
 * Calls the REST API under api/. body: an object (sent as JSON), or a Blob/File/ArrayBuffer (sent as
 * it is, with options.contentType). Answers the parsed JSON (null when empty); throws ApiError.
 */
export function api(method, path, body, options = {}) {
  return counted(() => call(method, path, body, options));
}

async function call(method, path, body, options) {
  const init = { method, headers: headers(options.headers) };
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    init.body = body;
    init.headers['Content-Type'] = options.contentType || 'application/octet-stream';
  } else if (body !== undefined && body !== null) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(`api/${path.replace(/^\//, '')}`, init);
  const type = r.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await r.json().catch(() => null) : null;
  if (r.status === 401 && !options.signIn) {
    sessionStorage.removeItem(TOKEN);
    state.me = null;
    navigate('sign-in');
  }
  if (!r.ok) throw new ApiError(r.status, data);
  return data;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body ?? {}, options);
export const put = (path, body, options) => api('PUT', path, body ?? {}, options);
export const del = (path, options) => api('DELETE', path, undefined, options);

/**
 * Every item of a paged list of the API (offset and limit in, hasMore and nextOffset out), page by page, at
 * most about maxItems.
 */
export async function getAll(path, maxItems = 1000) {
  const items = [];
  const sep = path.includes('?') ? '&' : '?';
  let offset = 0;
  while (offset !== null && offset !== undefined && items.length < maxItems) {
    const page = await get(`${path}${sep}offset=${offset}&limit=200`);
    items.push(...page.items);
    offset = page.hasMore ? page.nextOffset : null;
  }
  return items;
}

/**
 * The roots and every unit below them that is not dissolved, each as {unit, depth}, depth-first in the API's order
 * (by name), at most five levels deep; a unit reached twice is listed once.
 */
export async function subtreeOf(roots) {
  const out = [];
  const seen = new Set();
  async function visit(u, depth) {
    if (seen.has(u.id) || depth > 4) return;
    seen.add(u.id);
    out.push({ unit: u, depth });
    if (u.tier === 'POINT' || u.tier === 'BASE') return;
    for (const child of await getAll(`v1/units?parent=${encodeURIComponent(u.id)}`)) {
      if (!child.dissolved) await visit(child, depth + 1);
    }
  }
  for (const root of roots) await visit(root, 0);
  return out;
}

/** A month as yyyy-MM (an <input type=month>'s value), or null if it is not one. */
export const validMonth = value => (/^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '') ? value : null);

/** Options for a write that must not overwrite a newer version (409 STALE-VERSION if it would). */
export const ifMatch = version => ({ headers: { 'If-Match': `"${version}"` } });

/** Fetches a binary answer (PDF, Excel, PNG) with the session and saves it under fileName. */
export function download(path, fileName, accept = '*/*') {
  return counted(() => save(path, fileName, accept));
}

async function save(path, fileName, accept) {
  const r = await fetch(`api/${path.replace(/^\//, '')}`, { headers: headers({ Accept: `${accept}, application/problem+json` }) });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  const url = URL.createObjectURL(await r.blob());
  const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** An object URL of a binary answer (an image to show), or throws ApiError. */
export function blobUrl(path) {
  return counted(() => fetchBlobUrl(path));
}

async function fetchBlobUrl(path) {
  const r = await fetch(`api/${path.replace(/^\//, '')}`, { headers: headers({ Accept: '*/*' }) });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  return URL.createObjectURL(await r.blob());
}

// ---------- the signed-in actor ----------

/** The signed-in actor: {name, grants: [{role, unitId}], volunteerId}, or null. */
export function me() {
  return state.me;
}

/** Whether the actor holds one of the roles (at a unit of one of the tiers, if tiers are given). */
export function hasRole(roles, tiers) {
  if (!state.me) return false;
  return state.me.grants.some(g => roles.includes(g.role)
    && (!tiers || tiers.includes(state.units.get(g.unitId)?.tier)));
}

/**
 * Whether the actor may do something (one of core's permissions, as GET api/v1/me lists them per unit) at a unit of
 * one of the tiers, if tiers are given. The UI asks this rather than keeping a table of roles of its own.
 */
export function can(permission, tiers) {
  return unitsWith(permission, tiers).length > 0
    || (!tiers && (state.me?.permissions ?? []).some(p => p.permissions.includes(permission)));
}

/** The units where the actor holds the permission (of one of the tiers, if given), as unit objects. */
export function unitsWith(permission, tiers) {
  if (!state.me) return [];
  return (state.me.permissions ?? []).filter(p => p.permissions.includes(permission))
    .map(p => state.units.get(p.unitId)).filter(u => u && (!tiers || tiers.includes(u.tier)));
}

/** The units where the actor holds one of the roles, as unit objects of GET api/v1/units/{id}. */
export function unitsWhere(roles, tiers) {
  if (!state.me) return [];
  const ids = [...new Set(state.me.grants.filter(g => roles.includes(g.role)).map(g => g.unitId))];
  return ids.map(id => state.units.get(id)).filter(u => u && (!tiers || tiers.includes(u.tier)));
}

/** A unit by id (cached for the session). */
export async function unit(id) {
  if (!state.units.has(id)) state.units.set(id, await get(`v1/units/${id}`));
  return state.units.get(id);
}

async function loadMe() {
  if (!sessionStorage.getItem(TOKEN)) {
    state.me = null;
    return;
  }
  try {
    state.me = await get('v1/me');
    await Promise.all([...new Set(state.me.grants.map(g => g.unitId))].map(id => unit(id).catch(() => null)));
  } catch (e) {
    state.me = null;
  }
}

/**
 * Reads the signed-in actor again (GET api/v1/me) and the units of its grants, e.g. after a resident registered
 * themself as a volunteer and now holds the VOLUNTEER role and a volunteerId. The menu follows on the next render.
 */
export async function refreshMe() {
  await loadMe();
}

// ---------- pages and routing ----------

/**
 * Registers a page at #/<name>. def: {title: key, nav: key of the menu entry (optional),
 * visible(me): whether to list it in the menu, home(me): whether it is this actor's start page,
 * public: true for pages without sign-in, render(container, params): async}.
 */
export function page(name, def) {
  pages.set(name, def);
}

/** Goes to #/<name>?params. */
export function navigate(name, params = {}) {
  const q = new URLSearchParams(params).toString();
  const target = `#/${name}${q ? `?${q}` : ''}`;
  if (location.hash === target) render();
  else location.hash = target;
}

function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?');
  return { name: name || 'home', params: Object.fromEntries(new URLSearchParams(query || '')) };
}

let rendering = 0;
let loaded = false;

async function render() {
  const seq = ++rendering;
  const { name, params } = currentRoute();
  let def = pages.get(name);
  const main = document.getElementById('main');
  main.removeAttribute('data-ready');
  renderedHash = null;
  if (!def) def = pages.get('not-found');
  if (!def.public && !state.me) {
    if (name !== 'sign-in') {
      sessionStorage.setItem('civility.after', location.hash);
      navigate('sign-in');
      return;
    }
  }
  drawChrome(name);
  main.replaceChildren();
  const title = h('h1', { tabindex: '-1', text: t(def.title) });
  const body = h('div', { class: 'page', id: `page-${name}` });
  main.append(title, body);
  document.title = `${t(def.title)} · ${t('common.brand')}`;
  // After a route change the focus moves to the new heading; on a fresh load it stays at the start
  // of the page, so the first Tab reaches the skip link.
  if (loaded) title.focus();
  loaded = true;
  try {
    await def.render(body, params);
  } catch (e) {
    if (seq === rendering) showError(body, e);
  }
  // A page that moved on (home → the actor's start page) is not ready: the next one will be.
  if (seq === rendering && currentRoute().name === name) {
    // The address it shows: a page may take parameters off its address while it renders (sign-in-return).
    renderedHash = location.hash;
    main.setAttribute('data-ready', name);
  }
}

function drawChrome(current) {
  document.getElementById('skip-link').textContent = t('common.skipToContent');
  document.getElementById('brand').textContent = t('common.brand');
  document.getElementById('nav-label').textContent = t('common.menu');
  const list = document.getElementById('nav-list');
  list.replaceChildren();
  if (state.me) {
    for (const [name, def] of pages) {
      if (!def.nav || !(def.visible ? def.visible(state.me) : true)) continue;
      list.append(h('li', {}, h('a', { href: `#/${name}`, 'aria-current': name === current ? 'page' : null, text: t(def.nav) })));
    }
  }
  const large = document.documentElement.classList.contains('large-text');
  const tools = document.getElementById('tools');
  // replaceChildren would show a null as the text "null": leave the parts of a signed-in actor out instead.
  tools.replaceChildren(...[
    state.me ? h('span', { class: 'who', text: t('common.signedInAs', { name: state.me.name }) }) : null,
    h('button', {
      type: 'button', id: 'toggle-large-text', 'aria-pressed': String(large), text: t('common.largeText'),
      onclick: () => setLargeText(!document.documentElement.classList.contains('large-text')),
    }),
    h('button', {
      type: 'button', id: 'toggle-language', lang: state.lang === 'en' ? 'zh-CN' : 'en', text: t('common.otherLanguage'),
      onclick: () => setLanguage(state.lang === 'en' ? 'zh' : 'en'),
    }),
    state.me ? h('button', { type: 'button', id: 'sign-out', text: t('common.signOut'), onclick: signOut }) : null,
  ].filter(Boolean));
  document.getElementById('footer').replaceChildren(
    h('span', { text: t('common.footer') }), ' · ',
    h('a', { href: '/openapi', text: 'OpenAPI' }), ' · ', h('a', { href: '/health', text: t('common.health') }));
}

function setLargeText(on) {
  document.documentElement.classList.toggle('large-text', on);
  localStorage.setItem(LARGE, on ? '1' : '0');
  const button = document.getElementById('toggle-large-text');
  button.setAttribute('aria-pressed', String(on));
  announce(on ? t('common.largeTextOn') : t('common.largeTextOff'));
}

async function setLanguage(code) {
  state.lang = code;
  localStorage.setItem(LANG, code);
  await loadTexts();
  await render();
  document.getElementById('toggle-language').focus();
}

async function signOut() {
  try {
    await api('DELETE', 'v1/sessions/current', undefined, { signIn: true });
  } catch (e) {
    // Signed out either way.
  }
  sessionStorage.removeItem(TOKEN);
  state.me = null;
  state.units.clear();
  navigate('sign-in');
  announce(t('common.signedOut'));
}

/**
 * The page to start on after sign-in: the first registered page whose home(me) is true. Pages
 * register in the order dashboard, institute, station, lectures, volunteer, resident, admin, so staff start on their
 * dashboards, volunteers on their page, residents on the menu and the installation's administrator on the
 * organisation.
 */
function homeOf() {
  for (const [name, def] of pages) {
    if (def.home && def.home(state.me)) return name;
  }
  return 'menu';
}

page('home', {
  title: 'common.brand',
  render: async () => navigate(homeOf()),
});

page('not-found', {
  title: 'common.notFound', public: true,
  render: async body => body.append(h('p', {}, h('a', { href: '#/home', text: t('common.backHome') }))),
});

/** Keeps the bearer token of a sign-in, reads the actor and goes where the person was headed, or to their start page. */
export async function signedIn(token) {
  sessionStorage.setItem(TOKEN, token);
  await loadMe();
  const after = sessionStorage.getItem('civility.after');
  sessionStorage.removeItem('civility.after');
  if (after && !after.startsWith('#/sign-in')) location.hash = after;
  else navigate('home');
}

/** The sign-in flow of the OpenID Connect provider this tab started, kept until the provider sends the person back. */
const OIDC_FLOW = 'civility.oidcFlow';

/** Ways to sign in this portal offers; a portal without the endpoint offers the password form. */
async function signInMethods() {
  return get('v1/sessions/methods', { signIn: true }).catch(() => ({ password: true, openIdConnect: false }));
}

page('sign-in', {
  title: 'common.signIn', public: true,
  render: async body => {
    const methods = await signInMethods();
    let first = null;
    if (methods.password) {
      const user = h('input', { name: 'username', autocomplete: 'username', required: true, id: 'sign-in-username' });
      const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, id: 'sign-in-password' });
      // Shown when the password is a one-time password an administrator handed over: choose one's own first.
      const fresh = h('input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', minlength: 10, id: 'sign-in-new-password' });
      const again = h('input', { name: 'again', type: 'password', autocomplete: 'new-password', id: 'sign-in-new-password-again' });
      const choose = h('div', { class: 'stack', id: 'sign-in-choose', hidden: true },
        h('p', { class: 'notice', role: 'status', text: t('common.chooseOwnPassword') }),
        field('common.newPassword', fresh, 'common.newPasswordHint'), field('common.newPasswordAgain', again));
      const form = h('form', { class: 'stack', id: 'sign-in-form' },
        field('common.username', user), field('common.password', password), choose,
        h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('common.signIn') })));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        form.querySelectorAll('.alert').forEach(a => a.remove());
        const choosing = !choose.hidden;
        if (choosing && fresh.value !== again.value) {
          showError(form, { title: t('common.passwordsDiffer') });
          again.focus();
          return;
        }
        try {
          const s = await api('POST', 'v1/sessions', { username: user.value.trim(), password: password.value,
            newPassword: choosing ? fresh.value : null }, { signIn: true });
          await signedIn(s.token);
        } catch (e) {
          if (e.code === 'PASSWORD-CHANGE-REQUIRED' && choose.hidden) {
            choose.hidden = false;
            fresh.required = true;
            again.required = true;
            fresh.focus();
            return;
          }
          showError(form, e);
          (choosing ? fresh : password).focus();
        }
      });
      body.append(h('p', { text: t('common.signInIntro') }), form,
        h('p', { id: 'sign-in-sign-up' }, t('common.signUpAsk'), ' ',
          h('a', { href: '#/sign-up', id: 'sign-in-sign-up-link', text: t('common.signUpOpen') })));
      first = user;
    } else {
      body.append(h('p', { id: 'sign-in-password-off', text: t('common.signInPasswordOff') }));
    }
    if (methods.openIdConnect) {
      // The provider's page replaces the UI; the flow stays in this tab until the provider sends the person back.
      const button = h('button', { type: 'button', id: 'sign-in-oidc', class: methods.password ? 'secondary' : null, text: t('common.signInWithOidc') });
      const section = h('section', { id: 'sign-in-oidc-section', 'aria-labelledby': 'sign-in-oidc-heading' },
        h('h2', { id: 'sign-in-oidc-heading', text: t('common.signInOidcHeading') }),
        h('p', { text: t('common.signInOidcIntro') }),
        h('div', { class: 'actions' }, button));
      button.addEventListener('click', async () => {
        section.querySelectorAll('.alert').forEach(a => a.remove());
        button.disabled = true;
        try {
          const s = await api('POST', 'v1/sessions/oidc', {}, { signIn: true });
          sessionStorage.setItem(OIDC_FLOW, s.flow);
          location.assign(s.authorizationUrl);
        } catch (e) {
          button.disabled = false;
          showError(section, e);
          button.focus();
        }
      });
      body.append(section);
      first = first ?? button;
    }
    // A portal without accounts (R-ACC-3) first needs its administrator, created through the setup link.
    const setup = await get('v1/setup').catch(() => null);
    if (setup?.required) {
      body.prepend(h('div', { class: 'notice', role: 'status', id: 'setup-required' }, t('common.setupRequired'), ' ',
        h('a', { href: '#/setup', text: t('common.setupOpen') })));
    }
    first?.focus();
  },
});

// The provider sends the person back through api/v1/sessions/oidc/callback, which passes its one-time code and the
// state on in this page's fragment; the code is exchanged at once for a bearer token, and taken off the address.
page('sign-in-return', {
  title: 'common.signInReturn', public: true,
  render: async (body, params) => {
    const flow = sessionStorage.getItem(OIDC_FLOW) ?? '';
    sessionStorage.removeItem(OIDC_FLOW);
    history.replaceState(null, '', '#/sign-in-return');
    const status = h('p', { role: 'status', id: 'sign-in-return-status', text: t('common.signInReturning') });
    body.append(status);
    try {
      const s = await api('POST', 'v1/sessions/oidc/exchange', {
        code: params.code ?? null, error: params.error ?? null, state: params.state ?? '', flow,
      }, { signIn: true });
      await signedIn(s.token);
    } catch (e) {
      status.remove();
      body.append(h('p', {}, h('a', { href: '#/sign-in', id: 'sign-in-again', text: t('common.backToSignIn') })));
      showError(body, e);
    }
  },
});

// ---------- start ----------

async function start() {
  state.lang = localStorage.getItem(LANG) === 'en' ? 'en' : 'zh';
  document.documentElement.classList.toggle('large-text', localStorage.getItem(LARGE) === '1');
  await Promise.all([loadTexts(), loadLimits()]);
  // The router owns the hash: the skip link moves the focus itself.
  document.getElementById('skip-link').addEventListener('click', ev => {
    ev.preventDefault();
    document.getElementById('main').focus();
  });
  // One after the other: the order of registration is the order of the menu and of homeOf().
  for (const area of ['dashboard', 'institute', 'assessments', 'station', 'lectures', 'dispatch', 'ceremonies', 'teams', 'organisation', 'project-menu', 'commendations', 'checkin-screen', 'records', 'study-plan', 'volunteer', 'supermarket', 'resident', 'settings', 'admin', 'public-station']) {
    await import(`./pages/${area}.js`);
  }
  await loadMe();
  window.addEventListener('hashchange', render);
  await render();
}

start();
