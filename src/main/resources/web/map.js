// The world map of the result set's about-countries: a choropleth drawn from the about facet's
// counts of the current search (values ORed, like the sidebar). Geometry: Natural Earth 1:110m via
// world-atlas, reduced by scripts/build-map.py to one SVG path per ISO alpha-2 code and served
// from the jar (world-110m.json): no CDN, no tiles. Countries with briefings are focusable buttons;
// the same counts are listed in a table; codes the map has no shape for (withdrawn states such as
// SU or YU, and small states the 1:110m data leaves out) are named in a note beside it.
import { h, svg, clear, plural } from './dom.js';

const COLOURS = ['#dbe9f6', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
let geometry = null;

async function loadGeometry() {
  if (!geometry) {
    geometry = fetch('world-110m.json').then(r => {
      if (!r.ok) throw new Error(`map data: ${r.status}`);
      return r.json();
    });
  }
  return geometry;
}

/** Class limits for n counts: five classes on a square-root scale up to the largest count. */
function classes(max) {
  const limits = [];
  for (let i = 1; i <= COLOURS.length; i++) limits.push(Math.max(1, Math.round((Math.sqrt(max) * i / COLOURS.length) ** 2)));
  return [...new Set(limits)];
}

/**
 * Draws the map into container. values: [{value, label, count, selected}] of the about facet;
 * pick(code) adds the country as a filter.
 */
export async function renderMap(container, values, pick) {
  let world;
  try {
    world = await loadGeometry();
  } catch (e) {
    clear(container).append(h('p', { class: 'muted' }, 'The map could not be loaded.'));
    return;
  }
  const counted = values.filter(v => v.count > 0);
  const byCode = new Map(counted.map(v => [v.value, v]));
  const max = Math.max(1, ...counted.map(v => v.count));
  const limits = classes(max);
  // fewer classes than colours (small counts): the darker colours, so the largest is always darkest
  const colour = (n) => COLOURS[COLOURS.length - limits.length + Math.max(0, limits.findIndex(l => n <= l))];
  const hover = h('p', { class: 'map-hover', 'aria-hidden': 'true' }, counted.length ? 'Point at a country' : '');
  const map = svg('svg', { viewBox: world.viewBox, class: 'world', role: 'group', 'aria-label': 'Map of the countries these briefings are about' });
  for (const [code, d] of Object.entries(world.countries)) {
    const v = byCode.get(code);
    if (!v) {
      map.append(svg('path', { d, class: 'land', 'aria-hidden': 'true' }));
      continue;
    }
    const text = `${v.label}: ${plural(v.count, 'briefing')}`;
    const p = svg('path', {
      d, class: `land counted${v.selected ? ' selected' : ''}`, fill: colour(v.count), tabindex: '0', role: 'button',
      'aria-label': `${text}. Add ${v.label} as a filter`, dataset: { code, count: String(v.count) },
    }, svg('title', {}, text));
    const show = () => { hover.textContent = text; };
    p.addEventListener('mouseenter', show);
    p.addEventListener('focus', show);
    p.addEventListener('click', () => pick(code));
    p.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(code); }
    });
    map.append(p);
  }
  const legend = h('ul', { class: 'map-legend', 'aria-label': 'Legend: briefings per country' },
    limits.map((l, i) => {
      const from = i === 0 ? 1 : limits[i - 1] + 1;
      return h('li', {}, svg('svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, svg('rect', { width: 10, height: 10, fill: colour(l) })),
        from === l ? String(l) : `${from}–${l}`);
    }));
  const missing = counted.filter(v => !world.countries[v.value]);
  const note = missing.length
    ? h('p', { class: 'map-note' }, 'Not on the map: ',
      missing.map((v, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link', onclick: () => pick(v.value) },
        `${v.label} (${v.value})`), ` ${v.count}`]),
      missing.some(v => ['SU', 'YU', 'DD', 'CS', 'ZR', 'YD', 'BU', 'TP', 'AN'].includes(v.value))
        ? ' — withdrawn codes of states that no longer exist' : '')
    : '';
  const table = h('details', { class: 'map-table' }, h('summary', {}, 'Counts as a table'),
    h('table', {}, h('caption', { class: 'visually-hidden' }, 'Briefings per country they are about'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Briefings'))),
      h('tbody', {}, counted.map(v => h('tr', {},
        h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => pick(v.value) }, v.label)),
        h('td', {}, String(v.count)))))));
  clear(container).append(map, h('div', { class: 'map-side' }, hover, counted.length ? legend : h('p', { class: 'muted' }, 'No countries in these results.'), note, table));
}
