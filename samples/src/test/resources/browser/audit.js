// Checks the page as it stands for what the UI promises every page keeps (WCAG 2.1 AA basics):
// every visible form control has a label, every button and link a name, and every visible text a
// contrast of at least 4.5:1 against what is behind it (3:1 for large text: 24px, or 18.66px bold).
// Disabled controls are exempt, as WCAG exempts them. Answers a list of problems (empty: none).
const problems = [];
const visible = el => {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
    && !el.closest('.visually-hidden');
};
const describe = el => el.outerHTML.slice(0, 140).replace(/\s+/g, ' ');
for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
  if (!visible(el)) continue;
  const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title;
  if (!named) problems.push('control without a label: ' + describe(el));
}
for (const el of document.querySelectorAll('button, a[href]')) {
  if (!visible(el)) continue;
  if (!(el.textContent.trim() || el.getAttribute('aria-label') || el.title)) problems.push('button or link without a name: ' + describe(el));
}
const rgba = c => {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(parseFloat);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
const over = (top, bottom) => ({
  r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
});
const background = el => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) {
      layers.push(c);
      if (c.a >= 1) break;
    }
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
};
for (const el of document.querySelectorAll('body *')) {
  if (['SCRIPT', 'STYLE', 'CANVAS', 'SVG', 'OPTION'].includes(el.tagName) || !visible(el)) continue;
  const text = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
  if (!text || el.closest(':disabled, [aria-disabled="true"], canvas, svg')) continue;
  const s = getComputedStyle(el);
  const fg = rgba(s.color);
  if (!fg) continue;
  const bg = background(el);
  const color = over(fg, bg);
  const l1 = luminance(color), l2 = luminance(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
  if (ratio < (large ? 3 : 4.5)) {
    problems.push('contrast ' + ratio.toFixed(2) + ':1 (' + s.color + ' on rgb(' + [bg.r, bg.g, bg.b].map(Math.round) + ')): "'
      + text.slice(0, 40) + '" in ' + describe(el));
  }
}
return problems;
