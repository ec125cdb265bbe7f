// The per-month timeline: an inline SVG bar chart of the current hits. Clicking a bar picks that
// month; dragging across bars picks a range; with the keyboard, arrows move between months,
// Enter picks one and Shift+Enter extends the range to it.
import { svg, clear, formatMonth, plural } from './dom.js';

const HEIGHT = 110;
const AXIS = 18;
const TOP = 6;

/** Every month from first to last inclusive, as "yyyy-mm". */
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 5000) break;
  }
  return out;
}

/** The month a from/to filter value starts or ends in ("2019" -> "2019-01" or "2019-12"). */
export function boundMonth(value, end) {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(value);
  if (!m) return null;
  const month = m[2] ? m[2].padStart(2, '0') : (end ? '12' : '01');
  return `${m[1]}-${month}`;
}

/**
 * Draws the timeline into container.
 * buckets: [{month, count}]; range: {from, to} as filter values; onPick(fromMonth, toMonth).
 */
let anchorMonth = null;

export function renderTimeline(container, buckets, range, onPick) {
  const hadFocus = container.contains(document.activeElement);
  const focusedMonth = hadFocus ? document.activeElement.dataset?.month : null;
  clear(container);
  const counts = new Map((buckets || []).filter(b => /^\d{4}-\d{2}$/.test(b.month)).map(b => [b.month, b.count]));
  if (counts.size === 0) {
    container.append(Object.assign(document.createElement('p'), { className: 'timeline-empty', textContent: 'No dated briefings to chart.' }));
    return;
  }
  const sorted = [...counts.keys()].sort();
  const fromM = boundMonth(range.from, false);
  const toM = boundMonth(range.to, true);
  // Show the chosen range even where it has no hits, so the highlight has somewhere to be.
  let first = sorted[0];
  let last = sorted[sorted.length - 1];
  if (fromM && fromM < first && fromM >= '1900') first = fromM;
  if (toM && toM > last && toM <= '2100-12') last = toM;
  const months = monthsBetween(first, last);
  const max = Math.max(1, ...counts.values());
  const width = Math.max(240, container.clientWidth || 600);
  const slot = width / months.length;
  const gap = slot > 6 ? Math.min(2, slot * 0.15) : 0;
  const plotH = HEIGHT - AXIS - TOP;
  const barW = Math.min(40, Math.max(1, slot - gap));

  const root = svg('svg', {
    class: 'timeline-svg', viewBox: `0 0 ${width} ${HEIGHT}`, width: '100%', height: HEIGHT,
    role: 'group', 'aria-label': 'Briefings per month. Click a bar or drag across bars to set the dates; arrow keys move, Enter picks a month, Shift+Enter extends the range.',
  });
  const bars = svg('g', { class: 'bars' });
  const selection = svg('rect', { class: 'drag-selection', x: 0, y: TOP, width: 0, height: plotH, visibility: 'hidden' });
  root.append(bars, selection);

  const inRange = (m) => (fromM || toM) && (!fromM || m >= fromM) && (!toM || m <= toM);
  const barEls = months.map((month, i) => {
    const count = counts.get(month) || 0;
    const bh = count === 0 ? 0 : Math.max(2, (count / max) * plotH);
    const x = i * slot;
    const label = `${formatMonth(month)}: ${plural(count, 'briefing')}`;
    const g = svg('g', {
      class: `bar${inRange(month) ? ' in-range' : ''}${count === 0 ? ' empty' : ''}`,
      role: 'button', tabindex: -1, 'aria-label': label, dataset: { month, count: String(count) },
    },
    svg('title', {}, label),
    svg('rect', { class: 'hit', x, y: 0, width: slot, height: HEIGHT - AXIS }),
    svg('rect', { class: 'fill', x: x + (slot - barW) / 2, y: TOP + plotH - bh, width: barW, height: bh }));
    bars.append(g);
    return g;
  });

  // Axis: a label at each January (or each month when there are few), thinned to fit.
  const axis = svg('g', { class: 'axis' });
  axis.append(svg('line', { x1: 0, x2: width, y1: HEIGHT - AXIS + 0.5, y2: HEIGHT - AXIS + 0.5 }));
  const monthly = months.length <= 14;
  const candidates = months.map((m, i) => [m, i]).filter(([m], i) => monthly || m.endsWith('-01') || i === 0);
  const labelW = monthly ? 56 : 36;
  const step = Math.max(1, Math.ceil(candidates.length / Math.max(1, Math.floor(width / labelW))));
  candidates.forEach(([m, i], k) => {
    if (k % step !== 0) return;
    const text = monthly ? formatMonth(m) : m.slice(0, 4);
    axis.append(svg('text', { x: i * slot + (monthly ? slot / 2 : 1), y: HEIGHT - 4, 'text-anchor': monthly ? 'middle' : 'start' }, text));
  });
  root.append(axis);

  // Pointer: click or drag.
  const indexAt = (clientX) => {
    const box = root.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * width;
    return Math.min(months.length - 1, Math.max(0, Math.floor(x / slot)));
  };
  let dragStart = null;
  const showSelection = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    selection.setAttribute('x', lo * slot);
    selection.setAttribute('width', (hi - lo + 1) * slot);
    selection.setAttribute('visibility', 'visible');
  };
  root.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    dragStart = indexAt(e.clientX);
    root.setPointerCapture?.(e.pointerId);
    showSelection(dragStart, dragStart);
    e.preventDefault();
  });
  root.addEventListener('pointermove', (e) => {
    if (dragStart === null) return;
    showSelection(dragStart, indexAt(e.clientX));
  });
  const finish = (e) => {
    if (dragStart === null) return;
    const end = indexAt(e.clientX);
    const lo = Math.min(dragStart, end);
    const hi = Math.max(dragStart, end);
    dragStart = null;
    selection.setAttribute('visibility', 'hidden');
    onPick(months[lo], months[hi]);
  };
  root.addEventListener('pointerup', finish);
  root.addEventListener('pointercancel', () => { dragStart = null; selection.setAttribute('visibility', 'hidden'); });

  // Keyboard: one tab stop (roving tabindex), arrows move, Enter picks.
  let current = focusedMonth ? months.indexOf(focusedMonth) : -1;
  if (current < 0) current = barEls.findIndex(b => b.classList.contains('in-range'));
  if (current < 0) current = barEls.length - 1;
  barEls[current].setAttribute('tabindex', 0);
  const focusBar = (i) => {
    barEls[current].setAttribute('tabindex', -1);
    current = Math.min(barEls.length - 1, Math.max(0, i));
    barEls[current].setAttribute('tabindex', 0);
    barEls[current].focus();
  };
  root.addEventListener('keydown', (e) => {
    const keys = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageUp: 12, PageDown: -12 };
    if (e.key in keys) { focusBar(current + keys[e.key]); e.preventDefault(); }
    else if (e.key === 'Home') { focusBar(0); e.preventDefault(); }
    else if (e.key === 'End') { focusBar(barEls.length - 1); e.preventDefault(); }
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const here = months[current];
      if (e.shiftKey && anchorMonth) {
        onPick(anchorMonth < here ? anchorMonth : here, anchorMonth < here ? here : anchorMonth);
      } else {
        anchorMonth = here;
        onPick(here, here);
      }
    }
  });
  container.append(root);
  if (hadFocus) barEls[current].focus();
}
