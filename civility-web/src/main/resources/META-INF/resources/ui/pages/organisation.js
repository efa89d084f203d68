// a station's organisation page of the browser UI (站务). Texts: org/civility/web/ui/station*.properties, keys
// "station.organisation.*". Four sections of the unit as GET v1/units/{id} answers it: its leadership (站长, 副站长,
// 成员 from the two committees, R-ORG-2), its staff (领导小组, 宣讲员, 管理员), its grids (网格) and its partner
// organisations (共建单位), each added and removed here. Every change carries the unit's version read (If-Match).
import { t, h, field, select, table, get, post, del, button, act, form, submit, limit, can, ifMatch } from '../app.js';
import { stationPage, label, options, done, volunteersOf } from './station.js';

const ROLES = {
  HEAD: 'station.organisation.role.HEAD', DEPUTY_HEAD: 'station.organisation.role.DEPUTY_HEAD',
  MEMBER: 'station.organisation.role.MEMBER',
};
const POSTS = {
  PARTY_SECRETARY: 'station.organisation.post.PARTY_SECRETARY', COMMITTEE_DIRECTOR: 'station.organisation.post.COMMITTEE_DIRECTOR',
  COMMITTEE_MEMBER: 'station.organisation.post.COMMITTEE_MEMBER',
};
/** The post R-ORG-2 asks of each seat; the API decides. */
const POST_OF = { HEAD: 'PARTY_SECRETARY', DEPUTY_HEAD: 'COMMITTEE_DIRECTOR', MEMBER: 'COMMITTEE_MEMBER' };
const STAFF_ROLES = {
  LEADERSHIP_GROUP: 'station.organisation.staffRole.LEADERSHIP_GROUP', LECTURER: 'station.organisation.staffRole.LECTURER',
  ADMINISTRATOR: 'station.organisation.staffRole.ADMINISTRATOR',
};
const PARTNER_KINDS = {
  KINDERGARTEN: 'station.organisation.partnerKind.KINDERGARTEN',
  NEIGHBOURHOOD_CENTRE: 'station.organisation.partnerKind.NEIGHBOURHOOD_CENTRE',
  ENTERPRISE: 'station.organisation.partnerKind.ENTERPRISE', SCHOOL: 'station.organisation.partnerKind.SCHOOL',
  OTHER: 'station.organisation.partnerKind.OTHER',
};

stationPage('station-organisation', {
  title: 'station.organisation.title',
  nav: 'station.organisation.nav',
  visible: () => can('MANAGE_UNITS', ['STATION']),
  content: async (body, station) => {
    const [u, names] = await Promise.all([get(`v1/units/${station.id}`), volunteersOf(station)]);
    const manage = can('MANAGE_UNITS', ['STATION']);
    const again = text => done('station-organisation', { unit: station.id }, text);
    const ctx = { u, manage, again, names };
    body.append(h('p', { class: 'hint', text: t('station.organisation.intro') }),
      leadership(ctx), staff(ctx), grids(ctx), partners(ctx));
  },
});

/**
 * A section: heading, a table of the rows (each with a remove button for those who may), or a line saying there are
 * none, and the add form under its own heading. spec: {id, heading, hint, none, headers, rows: [{cells, what, path}],
 * addHeading, add}.
 */
function section(ctx, spec) {
  const s = h('section', { id: `${spec.id}-section`, 'aria-labelledby': `${spec.id}-heading` },
    h('h2', { id: `${spec.id}-heading`, text: t(spec.heading) }));
  if (spec.hint) s.append(h('p', { class: 'hint', text: t(spec.hint) }));
  if (!spec.rows.length) s.append(h('p', { id: `${spec.id}-none`, text: t(spec.none) }));
  else {
    s.append(table(ctx.manage ? [...spec.headers, 'common.actions'] : spec.headers, spec.rows.map(r => {
      if (!ctx.manage) return r.cells;
      const remove = button(t('station.organisation.remove'), null, { class: 'secondary',
        'aria-label': t('station.organisation.removeLabel', { what: r.what }) });
      remove.addEventListener('click', act(s, remove, async () => {
        await del(`v1/units/${ctx.u.id}/${r.path}`, ifMatch(ctx.u.version));
        ctx.again(t('station.organisation.removed', { what: r.what }));
      }));
      return [...r.cells, remove];
    }), { id: spec.id, 'aria-labelledby': `${spec.id}-heading` }));
  }
  if (ctx.manage) {
    const add = spec.add();
    add.setAttribute('aria-labelledby', `${spec.id}-add-heading`);
    s.append(h('h3', { id: `${spec.id}-add-heading`, text: t(spec.addHeading) }), add);
  }
  return s;
}

const personInput = dto => h('input', { name: 'personName', required: true, ...limit(dto), autocomplete: 'off' });

function leadership(ctx) {
  return section(ctx, {
    id: 'leadership', heading: 'station.organisation.leadership', addHeading: 'station.organisation.appointHeading',
    hint: 'station.organisation.leadershipHint',
    none: 'station.organisation.noLeadership',
    headers: ['station.organisation.person', 'station.organisation.seat', 'station.organisation.post'],
    rows: ctx.u.leadership.map(s => ({ cells: [s.personName, label(ROLES, s.role), label(POSTS, s.post)],
      what: t('station.organisation.seatOf', { name: s.personName, seat: label(ROLES, s.role) }),
      path: `leadership/${encodeURIComponent(s.personName)}` })),
    add: () => {
      const person = personInput('AppointDto.personName');
      const role = select({ name: 'role' }, options(ROLES), 'MEMBER');
      const seatPost = select({ name: 'post' }, options(POSTS), 'COMMITTEE_MEMBER');
      role.addEventListener('change', () => { seatPost.value = POST_OF[role.value]; });
      return form({ id: 'appoint-leader' }, [
        field('station.organisation.person', person), field('station.organisation.seat', role),
        field('station.organisation.post', seatPost, 'station.organisation.postHint'), submit('station.organisation.appoint')], async () => {
        await post(`v1/units/${ctx.u.id}/leadership`, { personName: person.value.trim(), role: role.value, post: seatPost.value },
          ifMatch(ctx.u.version));
        ctx.again(t('station.organisation.appointed', { name: person.value.trim(), seat: label(ROLES, role.value) }));
      });
    },
  });
}

function staff(ctx) {
  return section(ctx, {
    id: 'staff', heading: 'station.organisation.staff', addHeading: 'station.organisation.assign',
    hint: 'station.organisation.staffHint',
    none: 'station.organisation.noStaff',
    headers: ['station.organisation.person', 'station.organisation.staffRole', 'station.organisation.volunteer'],
    rows: ctx.u.staff.map(s => ({
      cells: [s.personName, label(STAFF_ROLES, s.role),
        s.volunteerId ? (ctx.names.get(s.volunteerId) ?? t('station.organisation.linked')) : t('station.organisation.notLinked')],
      what: t('station.organisation.seatOf', { name: s.personName, seat: label(STAFF_ROLES, s.role) }),
      path: `staff/${encodeURIComponent(s.personName)}?role=${s.role}` })),
    add: () => {
      const person = personInput('StaffDto.personName');
      const role = select({ name: 'role' }, options(STAFF_ROLES), 'ADMINISTRATOR');
      const volunteer = select({ name: 'volunteerId' }, [{ value: '', label: t('station.organisation.noVolunteer') },
        ...[...ctx.names].map(([value, n]) => ({ value, label: n }))], '');
      return form({ id: 'assign-staff' }, [
        field('station.organisation.person', person), field('station.organisation.staffRole', role),
        field('station.organisation.volunteer', volunteer, 'station.organisation.volunteerHint'),
        submit('station.organisation.assign')], async () => {
        await post(`v1/units/${ctx.u.id}/staff`, { personName: person.value.trim(), role: role.value,
          volunteerId: volunteer.value || null }, ifMatch(ctx.u.version));
        ctx.again(t('station.organisation.assigned', { name: person.value.trim(), seat: label(STAFF_ROLES, role.value) }));
      });
    },
  });
}

function grids(ctx) {
  return section(ctx, {
    id: 'grids', heading: 'station.organisation.grids', addHeading: 'station.organisation.addGrid',
    none: 'station.organisation.noGrids',
    headers: ['station.organisation.gridName', 'station.organisation.buildings'],
    rows: ctx.u.grids.map(g => ({ cells: [g.name, String(g.buildings)], what: g.name,
      path: `grids/${encodeURIComponent(g.name)}` })),
    add: () => {
      const gridName = h('input', { name: 'name', required: true, ...limit('GridDto.name'), autocomplete: 'off' });
      const buildings = h('input', { name: 'buildings', type: 'number', min: 0, max: 10000, required: true, value: 0,
        inputmode: 'numeric' });
      return form({ id: 'add-grid' }, [
        field('station.organisation.gridName', gridName), field('station.organisation.buildings', buildings),
        submit('station.organisation.addGrid')], async () => {
        await post(`v1/units/${ctx.u.id}/grids`, { name: gridName.value.trim(), buildings: Number(buildings.value) },
          ifMatch(ctx.u.version));
        ctx.again(t('station.organisation.added', { what: gridName.value.trim() }));
      });
    },
  });
}

function partners(ctx) {
  return section(ctx, {
    id: 'partners', heading: 'station.organisation.partners', addHeading: 'station.organisation.addPartner',
    hint: 'station.organisation.partnersHint',
    none: 'station.organisation.noPartners',
    headers: ['station.organisation.partnerName', 'station.organisation.partnerKind'],
    rows: ctx.u.partners.map(p => ({ cells: [p.name, label(PARTNER_KINDS, p.kind)], what: p.name,
      path: `partners/${encodeURIComponent(p.name)}` })),
    add: () => {
      const partnerName = h('input', { name: 'name', required: true, ...limit('PartnerDto.name'), autocomplete: 'off' });
      const kind = select({ name: 'kind' }, options(PARTNER_KINDS), 'SCHOOL');
      return form({ id: 'add-partner' }, [
        field('station.organisation.partnerName', partnerName), field('station.organisation.partnerKind', kind),
        submit('station.organisation.addPartner')], async () => {
        await post(`v1/units/${ctx.u.id}/partners`, { name: partnerName.value.trim(), kind: kind.value }, ifMatch(ctx.u.version));
        ctx.again(t('station.organisation.added', { what: partnerName.value.trim() }));
      });
    },
  });
}
