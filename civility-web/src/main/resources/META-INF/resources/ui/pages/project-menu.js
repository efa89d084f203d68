// project menu page of the browser UI (项目清单 and 资源清单). Texts: org/civility/web/ui/station*.properties, keys
// "station.menu.*". The station's project menu, the services residents order (群众点单): listed, described again,
// withdrawn and put back; and its resource list, what its volunteers and teams offer (the dispatch ranks them): a
// team's offer is published, revised, withdrawn and brought back here; a volunteer keeps their own offer.
import { t, h, field, select, table, get, getAll, post, put, button, act, form, submit, limit, can, navigate, ifMatch } from '../app.js';
import { stationPage, label, options, done, volunteersOf } from './station.js';
import { TEAM_KINDS } from './teams.js';

const DAYS = {
  MONDAY: 'station.menu.day.MONDAY', TUESDAY: 'station.menu.day.TUESDAY', WEDNESDAY: 'station.menu.day.WEDNESDAY',
  THURSDAY: 'station.menu.day.THURSDAY', FRIDAY: 'station.menu.day.FRIDAY', SATURDAY: 'station.menu.day.SATURDAY',
  SUNDAY: 'station.menu.day.SUNDAY',
};

/** Skills typed as a list separated by commas, 、 or spaces; the API normalises them. */
const skillsOf = text => [...new Set(text.split(/[,，、;；\s]+/).map(s => s.trim()).filter(Boolean))];
const skillList = skills => (skills?.length ? skills.join('、') : t('station.menu.anySkill'));
const windowsOf = windows => windows.map(w => t('station.menu.window', { day: label(DAYS, w.day), start: w.start, end: w.end })).join('；');

stationPage('station-menu', {
  title: 'station.menu.title',
  nav: 'station.menu.nav',
  visible: () => can('MANAGE_ACTIVITIES', ['STATION']),
  content: async (body, station, params) => {
    const route = extra => ({ unit: station.id, ...extra });
    const [items, offers, teams, names, here] = await Promise.all([getAll(`v1/menu-items?unit=${station.id}&all=true`, 500),
      getAll(`v1/offers?unit=${station.id}&active=false`, 1000), getAll(`v1/teams?unit=${station.id}`, 500),
      volunteersOf(station), get(`v1/units/${station.id}`)]);

    body.append(h('h2', { id: 'menu-heading', text: t('station.menu.list') }), h('p', { class: 'hint', text: t('station.menu.intro') }));
    if (!items.length) body.append(h('p', { id: 'menu-none', text: t('station.menu.none') }));
    else {
      const listing = h('div', { id: 'menu-listing' });
      listing.append(table(['station.menu.name', 'station.menu.description', 'station.menu.skills', 'common.status', 'common.actions'],
        items.map(i => [i.name, i.description ?? '', skillList(i.skills),
          h('span', { class: 'badge', text: t(i.active ? 'station.menu.active' : 'station.menu.withdrawn') }),
          h('div', { class: 'actions' }, button(t('station.menu.edit'), () => navigate('station-menu', route({ item: i.id })), {
            class: 'secondary', 'aria-label': t('station.menu.editLabel', { name: i.name }), 'aria-pressed': String(i.id === params.item) }),
          toggleItem(listing, i, route))]), { id: 'menu-items', 'aria-labelledby': 'menu-heading' }));
      body.append(listing);
    }
    const chosen = items.find(i => i.id === params.item);
    if (chosen) body.append(editItemPanel(chosen, route));
    body.append(listItemForm(station, route));

    const teamNames = new Map(teams.map(x => [x.id, x.name]));
    body.append(offersSection(station, offers, teams, teamNames, names, here, params, route));
  },
});

/** Withdraws an active item, or puts a withdrawn one back. */
function toggleItem(container, i, route) {
  const verb = i.active ? 'withdraw' : 'relist';
  const b = button(t(i.active ? 'station.menu.withdraw' : 'station.menu.relist'), null, { class: 'secondary',
    'aria-label': t(i.active ? 'station.menu.withdrawLabel' : 'station.menu.relistLabel', { name: i.name }) });
  b.addEventListener('click', act(container, b, async () => {
    await post(`v1/menu-items/${i.id}/${verb}`, {}, ifMatch(i.version));
    done('station-menu', route({}), t(i.active ? 'station.menu.itemWithdrawn' : 'station.menu.relisted', { name: i.name }));
  }));
  return b;
}

function itemFields(dto, i) {
  const name = h('input', { name: 'name', required: true, ...limit(`${dto}.name`), autocomplete: 'off', value: i?.name ?? '' });
  const description = h('textarea', { name: 'description', rows: 2, ...limit(`${dto}.description`) });
  description.value = i?.description ?? '';
  const skills = h('input', { name: 'skills', autocomplete: 'off', value: (i?.skills ?? []).join('、') });
  return { name, description, skills, fields: [field('station.menu.name', name), field('station.menu.description', description),
    field('station.menu.skills', skills, 'station.menu.skillsHint')] };
}

function editItemPanel(i, route) {
  const f = itemFields('DescribeMenuItemDto', i);
  return h('section', { class: 'panel', id: 'menu-item-panel', 'aria-labelledby': 'menu-item-heading' },
    h('h2', { id: 'menu-item-heading', text: t('station.menu.editing', { name: i.name }) }),
    form({ id: 'describe-item' }, [...f.fields, submit('station.menu.save')], async () => {
      const saved = await put(`v1/menu-items/${i.id}`, { name: f.name.value.trim(), description: f.description.value.trim() || null,
        skills: skillsOf(f.skills.value) }, ifMatch(i.version));
      done('station-menu', route({}), t('station.menu.saved', { name: saved.name }));
    }));
}

function listItemForm(station, route) {
  const f = itemFields('ListMenuItemDto');
  return h('section', { 'aria-labelledby': 'list-item-heading' },
    h('h2', { id: 'list-item-heading', text: t('station.menu.add') }),
    form({ id: 'list-item' }, [...f.fields, submit('station.menu.addSubmit')], async () => {
      const item = await post('v1/menu-items', { unit: station.id, name: f.name.value.trim(),
        description: f.description.value.trim() || null, skills: skillsOf(f.skills.value) });
      done('station-menu', route({}), t('station.menu.listed', { name: item.name }));
    }));
}

// ---------- the resource list (资源清单) ----------

function offersSection(station, offers, teams, teamNames, names, here, params, route) {
  const keep = can('MANAGE_TEAMS', ['STATION']);
  const owner = o => (o.ownerKind === 'TEAM'
    ? t('station.menu.teamOwner', { name: teamNames.get(o.ownerId) ?? o.ownerId })
    : t('station.menu.volunteerOwner', { name: names.get(o.ownerId) ?? o.ownerId }));
  const section = h('section', { id: 'offers-section', 'aria-labelledby': 'offers-heading' },
    h('h2', { id: 'offers-heading', text: t('station.menu.offers') }), h('p', { class: 'hint', text: t('station.menu.offersIntro') }));
  if (!offers.length) section.append(h('p', { id: 'offers-none', text: t('station.menu.noOffers') }));
  else {
    section.append(table(['station.menu.owner', 'station.menu.skills', 'station.menu.grid', 'station.menu.availability',
      'station.menu.note', 'common.status', 'common.actions'], offers.map(o => {
      const actions = [];
      if (keep && o.ownerKind === 'TEAM') {
        actions.push(button(t('station.menu.revise'), () => navigate('station-menu', route({ offer: o.id })), {
          class: 'secondary', 'aria-label': t('station.menu.reviseLabel', { owner: owner(o) }), 'aria-pressed': String(o.id === params.offer) }));
        const verb = o.active ? 'withdraw' : 'reactivate';
        const b = button(t(o.active ? 'station.menu.withdraw' : 'station.menu.reactivate'), null, { class: 'secondary',
          'aria-label': t(o.active ? 'station.menu.withdrawOfferLabel' : 'station.menu.reactivateLabel', { owner: owner(o) }) });
        b.addEventListener('click', act(section, b, async () => {
          await post(`v1/offers/${o.id}/${verb}`, {}, ifMatch(o.version));
          done('station-menu', route({}), t(o.active ? 'station.menu.offerWithdrawn' : 'station.menu.offerReactivated', { owner: owner(o) }));
        }));
        actions.push(b);
      }
      return [owner(o), skillList(o.skills), o.grid ?? t('station.menu.wholeStation'),
        o.availability.length ? windowsOf(o.availability) : t('station.menu.anyTime'), o.note ?? '',
        h('span', { class: 'badge', text: t(o.active ? 'station.menu.offerActive' : 'station.menu.withdrawn') }),
        actions.length ? h('div', { class: 'actions' }, actions) : t('station.menu.keptByVolunteer')];
    }), { id: 'offers', 'aria-labelledby': 'offers-heading' }));
  }
  if (!keep) return section;
  const chosen = offers.find(o => o.id === params.offer && o.ownerKind === 'TEAM');
  if (chosen) section.append(offerForm(station, here, route, { offer: chosen, owner: owner(chosen) }));
  const without = teams.filter(x => !offers.some(o => o.ownerKind === 'TEAM' && o.ownerId === x.id));
  if (without.length) section.append(offerForm(station, here, route, { teams: without }));
  return section;
}

/**
 * Publishes a team's offer (teams: those without one), or revises one (offer), with one weekly window added to those
 * it has. The place (a point on the map) is kept as it is: the list does not show it, the offer read alone does.
 */
function offerForm(station, here, route, { teams, offer, owner }) {
  const revising = Boolean(offer);
  const prefix = revising ? 'revise-offer' : 'publish-offer';
  const team = revising ? null : select({ name: 'team', required: true }, teams.map(x => ({ value: x.id,
    label: t('station.menu.teamOption', { name: x.name, kind: label(TEAM_KINDS, x.kind) }) })));
  const skills = h('input', { name: 'skills', required: true, autocomplete: 'off', value: (offer?.skills ?? []).join('、') });
  const grid = select({ name: 'grid' }, [{ value: '', label: t('station.menu.wholeStation') },
    ...here.grids.map(g => ({ value: g.name, label: g.name }))], offer?.grid ?? '');
  const day = select({ name: 'day' }, [{ value: '', label: t('station.menu.noWindow') }, ...options(DAYS)], '');
  const start = h('input', { name: 'start', type: 'time', value: '09:00' });
  const end = h('input', { name: 'end', type: 'time', value: '12:00' });
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 500 });
  note.value = offer?.note ?? '';
  const heading = `${prefix}-heading`;
  return h('section', { class: revising ? 'panel' : null, id: `${prefix}-section`, 'aria-labelledby': heading },
    h('h3', { id: heading, text: revising ? t('station.menu.revising', { owner }) : t('station.menu.publish') }),
    form({ id: prefix }, [team ? field('station.menu.team', team) : null,
      field('station.menu.skills', skills, 'station.menu.offerSkillsHint'), field('station.menu.grid', grid),
      h('fieldset', { class: 'checks stack-fields' }, h('legend', { text: t('station.menu.addWindow') }),
        offer?.availability.length ? h('p', { class: 'hint', text: t('station.menu.windowsKept', { windows: windowsOf(offer.availability) }) }) : null,
        field('station.menu.day', day), field('station.menu.start', start), field('station.menu.end', end)),
      field('station.menu.note', note), submit(revising ? 'station.menu.save' : 'station.menu.publishSubmit')], async () => {
      const windows = [...(offer?.availability ?? [])];
      if (day.value) windows.push({ day: day.value, start: start.value, end: end.value });
      const area = { skills: skillsOf(skills.value), unit: station.id, grid: grid.value || null, availability: windows,
        note: note.value.trim() || null };
      if (revising) {
        // The place is shown only on the offer read alone, to whoever keeps it: send it back unchanged.
        const full = await get(`v1/offers/${offer.id}`);
        await put(`v1/offers/${offer.id}`, { ...area, latitude: full.latitude, longitude: full.longitude }, ifMatch(offer.version));
        done('station-menu', route({}), t('station.menu.offerRevised', { owner }));
      } else {
        await post('v1/offers', { ownerKind: 'TEAM', ownerId: team.value, ...area });
        const name = teams.find(x => x.id === team.value)?.name ?? '';
        done('station-menu', route({}), t('station.menu.offerPublished', { name }));
      }
    }));
}
