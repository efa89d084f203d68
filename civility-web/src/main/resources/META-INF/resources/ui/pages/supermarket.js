// love supermarket page of the browser UI (爱心超市). Texts: org/civility/web/ui/volunteer*.properties, keys
// "volunteer.supermarket.*". Phone first: at the supermarket's counter the volunteer redeems their own points (the API
// lets nobody else spend them) and shows the receipt on screen. Each redemption carries a request id made when the form
// is shown and kept until it succeeds, so that sending it again after a lost answer debits once.
import { page, t, h, field, table, success, formatDate, get, post, form, submit, limit, me, navigate } from '../app.js';

const KINDS = {
  CREDIT: 'volunteer.supermarket.kind.CREDIT', REDEMPTION: 'volunteer.supermarket.kind.REDEMPTION',
  EXPIRY: 'volunteer.supermarket.kind.EXPIRY', CORRECTION: 'volunteer.supermarket.kind.CORRECTION',
};

/** A random request id (crypto.randomUUID needs a secure context; a portal may be reached over plain HTTP inside). */
function requestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ui-${[...bytes].map(b => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The receipt of the last redemption, shown once after the page shows the new balance. */
let receipt = null;

page('supermarket', {
  title: 'volunteer.supermarket.title',
  nav: 'volunteer.supermarket.nav',
  visible: m => Boolean(m && m.volunteerId),
  render: async body => {
    const id = me().volunteerId;
    const [recognition, entries] = await Promise.all([get(`v1/volunteers/${id}/recognition`),
      get(`v1/volunteers/${id}/recognition/entries?limit=20`)]);
    if (receipt) {
      const r = receipt;
      receipt = null;
      success(body, t('volunteer.supermarket.redeemed', { goods: r.goods, points: r.points, balance: recognition.pointsBalance }))
        .id = 'supermarket-receipt';
    }
    body.append(h('ul', { class: 'cards summary' }, h('li', { class: 'card' },
      h('h2', { text: t('volunteer.supermarket.balance') }),
      h('div', { class: 'stat', id: 'supermarket-balance', text: String(recognition.pointsBalance) }))));

    const goods = h('input', { name: 'goods', required: true, ...limit('RedemptionDto.goods'), autocomplete: 'off' });
    const cost = h('input', { name: 'cost', type: 'number', min: 1, max: Math.max(1, recognition.pointsBalance), required: true,
      inputmode: 'numeric' });
    const key = requestId();
    body.append(h('h2', { id: 'redeem-heading', text: t('volunteer.supermarket.redeem') }),
      h('p', { class: 'hint', text: t('volunteer.supermarket.hint') }),
      recognition.pointsBalance > 0
        ? form({ id: 'redeem', 'aria-labelledby': 'redeem-heading' }, [field('volunteer.supermarket.goods', goods, 'volunteer.supermarket.goodsHint'),
          field('volunteer.supermarket.cost', cost), submit('volunteer.supermarket.submit')], async () => {
          // The same key on every try of this form: a retry after a lost answer gets the first redemption back.
          const entry = await post(`v1/volunteers/${id}/recognition/redemptions`,
            { goods: goods.value.trim(), cost: Number(cost.value) }, { headers: { 'Idempotency-Key': key } });
          receipt = entry;
          navigate('supermarket');
        })
        : h('p', { id: 'redeem-none', text: t('volunteer.supermarket.noPoints') }));

    body.append(h('h2', { id: 'ledger-heading', text: t('volunteer.supermarket.ledger') }));
    body.append(entries.items.length
      ? table(['volunteer.supermarket.when', 'volunteer.supermarket.what', 'volunteer.supermarket.points'], entries.items.map(e => [
        formatDate(e.at), e.kind === 'REDEMPTION' ? t('volunteer.supermarket.spentOn', { goods: e.goods ?? '' }) : t(KINDS[e.kind] ?? e.kind),
        // The ledger keeps amounts: credits add them, redemptions, expiries and corrections take them away.
        e.kind === 'CREDIT' ? `+${e.points}` : `−${e.points}`]), { id: 'ledger', 'aria-labelledby': 'ledger-heading' })
      : h('p', { id: 'ledger-none', text: t('volunteer.supermarket.noEntries') }));
  },
});
