// The analyst's search page. Talks only to the JSON API; the page's state (query, filters, dates,
// sort, open briefing) lives in the URL so searches can be bookmarked and back/forward work.
// Everything that comes from documents is inserted as text (see dom.js), never as HTML.
import { h, clear, snippetNodes, formatDate, dateSource, countryChip, plural, ocrBadge } from './dom.js';
import { renderTimeline } from './timeline.js';
import { renderBriefing } from './briefing.js';
import { setupUpload } from './upload.js';
import { renderMap } from './map.js';
import { entityLink, renderRelated, copiesToggle, renderEntity } from './explore.js';
import { setupWatches } from './watches.js';
import { setupCuration, curationMenu } from './curation.js';
import { authFetch, withToken } from './auth.js';
import { setupBatch } from './batch.js';

const PAGE_SIZE = 20;
const FACET_LIMIT = 10;

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), hybrid: $('hybrid'), sort: $('sort'), from: $('from'), to: $('to'), dateForm: $('date-form'),
  facets: $('facet-list'), chips: $('chips'), clearAll: $('clear-all'), total: $('total'), hits: $('hits'),
  more: $('more'), results: $('results'), briefing: $('briefing'), error: $('error'), timeline: $('timeline'),
  filtersToggle: $('filters-toggle'), home: $('home'), undated: $('undated'), map: $('map'), copies: $('copies'), entity: $('entity'),
};

/** What a search can ask for, from the server's one declaration (GET /api/schema). */
async function loadSchema() {
  try {
    return await api('/api/schema');
  } catch (e) {
    showError(e.message, e.status);
    return { dimensions: [], sortOrders: ['relevance'], queryFields: [] };
  }
}
const schema = await loadSchema();
/** Facet dimensions in sidebar order: the facet's dim, its URL and API parameter, label, plural, kind. */
const DIMS = schema.dimensions.filter(d => d.listed)
  .map(d => ({ dim: d.name, param: d.parameter, label: d.label, plural: d.plural, kind: d.kind }));
const COUNTRY_DIMS = new Set(DIMS.filter(d => d.kind === 'country').map(d => d.dim));
/** The undated flag: a count beside the timeline that filters with its parameter set to true. */
const UNDATED = schema.dimensions.find(d => d.kind === 'flag' && d.name === 'undated');
const UNDATED_PARAM = UNDATED ? UNDATED.parameter : 'undated';
// hybrid search is offered only by a server that runs semantic search (serve --semantic)
const HYBRID = (schema.modes || []).includes('hybrid');
const YEAR_DIMS = new Set(DIMS.filter(d => d.kind === 'year').map(d => d.dim));
/** Dimensions whose values have entity pages: countries, people, organisations. */
const ENTITY_DIMS = new Set(DIMS.filter(d => d.kind === 'country' || d.kind === 'name').map(d => d.dim));
/** The map shows the first country dimension: the countries briefings are about. */
const MAP_DIM = DIMS.find(d => d.kind === 'country')?.dim;
const COPY_MODES = ['collapse', 'show', 'hide'];

// ---------------------------------------------------------------- state and URL

function emptyState() {
  return { q: '', filters: Object.fromEntries(DIMS.map(({ dim }) => [dim, []])), from: '', to: '', undated: false, sort: 'relevance', mode: 'keyword', doc: '', entity: '', copies: 'collapse' };
}

function readState() {
  const p = new URLSearchParams(location.search);
  const s = emptyState();
  s.q = p.get('q') || '';
  for (const { dim, param } of DIMS) s.filters[dim] = [...new Set(p.getAll(param).filter(Boolean))];
  s.from = p.get('from') || '';
  s.to = p.get('to') || '';
  s.undated = p.get(UNDATED_PARAM) === 'true';
  s.sort = schema.sortOrders.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  s.mode = p.get('mode') === 'hybrid' && HYBRID ? 'hybrid' : 'keyword';
  s.doc = /^[0-9a-f]{64}$/.test(p.get('doc') || '') ? p.get('doc') : '';
  const entity = /^([a-z]+):(.+)$/.exec(p.get('entity') || '');
  s.entity = entity && ENTITY_DIMS.has(entity[1]) ? entity[0] : '';
  s.copies = COPY_MODES.includes(p.get('copies')) ? p.get('copies') : 'collapse';
  return s;
}

/** The search part of the state as query parameters (what the URL and the API share). */
function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const { dim, param } of DIMS) for (const v of s.filters[dim]) p.append(param, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.undated) p.set(UNDATED_PARAM, 'true');
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.copies && s.copies !== 'collapse') p.set('copies', s.copies);
  if (s.mode !== 'keyword') p.set('mode', s.mode);
  return p;
}

export function pageUrl(s) {
  const p = searchParams(s);
  if (s.doc) p.set('doc', s.doc);
  if (s.entity) p.set('entity', s.entity);
  const qs = p.toString();
  return qs ? `./?${qs}` : './';
}

let state = readState();

/** Moves to a new state: records it in the history (push) or replaces the entry, then shows it. */
function go(next, { replace = false } = {}) {
  state = next;
  const url = pageUrl(state);
  const same = new URL(url, location.href).href === location.href;
  if (replace || same) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  show();
}

function withState(change) {
  const next = structuredClone(state);
  change(next);
  return next;
}

/** Where links lead: entity pages, briefings and searches (see explore.js). */
const nav = {
  entityUrl: (dim, value) => pageUrl({ ...state, doc: '', entity: `${dim}:${value}` }),
  openEntity: (dim, value) => go(withState(s => { s.doc = ''; s.entity = `${dim}:${value}`; })),
  briefingUrl: (id) => pageUrl({ ...state, doc: id, entity: '' }),
  openBriefing: (id) => go(withState(s => { s.doc = id; s.entity = ''; })),
  searchUrl: (dim, value) => pageUrl({ ...emptyState(), copies: state.copies, filters: { ...emptyState().filters, [dim]: [value] } }),
  search: (dim, value, from = '', to = '') => go({ ...emptyState(), copies: state.copies, filters: { ...emptyState().filters, [dim]: [value] }, from, to }),
  back: () => go(withState(s => { s.entity = ''; s.doc = ''; })),
};

// ---------------------------------------------------------------- API

/** GET or POST JSON; failures become an Error whose message is the API's words. */
export async function api(path, options = {}) {
  let response;
  try {
    response = await authFetch(path, { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } });
  } catch (e) {
    throw new Error('The server did not answer. Is it running? (' + e.message + ')');
  }
  let body = null;
  const text = await response.text();
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok && !(body && body.result)) {
    const message = body && body.message ? body.message : `The server answered ${response.status} ${response.statusText}.`;
    const err = new Error(message);
    err.status = response.status;
    err.parameter = body && body.parameter;
    throw err;
  }
  return body;
}

function showError(message, status) {
  els.error.hidden = false;
  const lead = status === 400 ? 'The search could not run: ' : status === 401 ? 'Not allowed: ' : 'Something went wrong: ';
  clear(els.error).append(h('strong', {}, lead), message,
    h('button', { type: 'button', class: 'link dismiss', 'aria-label': 'Dismiss the error', onclick: hideError }, 'Dismiss'));
}

function hideError() {
  els.error.hidden = true;
  clear(els.error);
}

// ---------------------------------------------------------------- search

let lastSearchKey = null;
let lastResponse = null;
let lastChart = [];
let searchesShown = 0;
let nextCursor = null;
let searchSeq = 0;
const labels = new Map(); // "dim\u0000value" -> label, learnt from facet answers

function rememberLabels(facets) {
  for (const f of facets || []) for (const v of f.values) labels.set(`${f.dim}\u0000${v.value}`, v.label);
}

function labelOf(dim, value) {
  return labels.get(`${dim}\u0000${value}`) || value;
}

async function runSearch() {
  const seq = ++searchSeq;
  const params = searchParams(state);
  params.set('size', PAGE_SIZE);
  params.set('facetLimit', FACET_LIMIT);
  params.set('copies', state.copies);
  els.results.setAttribute('aria-busy', 'true');
  try {
    const main = api('/api/search?' + params);
    // With dates chosen (or undated ones), the chart still shows every month of the other
    // filters, and the undated count beside it, for context.
    let chart = null;
    if (state.from || state.to || state.undated) {
      const all = searchParams({ ...state, from: '', to: '', undated: false });
      all.set('size', 0);
      all.set('facetLimit', 1);
      chart = api('/api/search?' + all).catch(() => null);
    }
    // The map needs every about-country's count, not the sidebar's top ten.
    const mapParams = searchParams(state);
    mapParams.set('size', 0);
    mapParams.set('facetLimit', 1000);
    const mapped = MAP_DIM ? api('/api/search?' + mapParams).catch(() => null) : null;
    const r = await main;
    const c = chart ? await chart : null;
    const m = mapped ? await mapped : null;
    if (seq !== searchSeq) return;
    hideError();
    document.body.classList.remove('stale');
    lastResponse = r;
    rememberLabels(r.facets);
    nextCursor = r.nextCursor || null;
    renderTotal(r);
    setExportLinks();
    renderFacets(r.facets);
    renderChips();
    lastChart = (c || r).timeline;
    renderTimeline(els.timeline, lastChart, { from: state.from, to: state.to }, pickMonths);
    renderUndated((c || r).undated || 0);
    if (m) {
      const about = (m.facets || []).find(f => f.dim === MAP_DIM) || { values: [] };
      await renderMap(els.map, about.values, (code) => toggleFilter(MAP_DIM, code, true));
      if (seq !== searchSeq) return;
    }
    clear(els.hits);
    appendHits(r.hits);
    if (r.hits.length === 0) els.hits.append(noHits());
    els.more.hidden = !nextCursor;
  } catch (e) {
    if (seq !== searchSeq) return;
    lastSearchKey = null;
    showError(e.message, e.status);
    document.body.classList.add('stale');
    clear(els.total).append(e.parameter === 'q' ? 'Check the search words: see “Search syntax” above.' : 'No results to show.');
    clear(els.hits);
    els.more.hidden = true;
  } finally {
    if (seq === searchSeq) {
      els.results.removeAttribute('aria-busy');
      // A counter the browser tests wait on: it moves once each search has been drawn.
      document.documentElement.dataset.searches = String(++searchesShown);
    }
  }
}

function noHits() {
  const filtered = DIMS.some(({ dim }) => state.filters[dim].length) || state.from || state.to || state.undated;
  return h('li', { class: 'no-hits' }, 'No briefings match',
    state.q ? [' “', state.q, '”'] : '', filtered ? ' with these filters. Try removing a filter.' : '.');
}

async function loadMore() {
  if (!nextCursor) return;
  const params = searchParams(state);
  params.set('size', PAGE_SIZE);
  params.set('facetLimit', 1);
  params.set('copies', state.copies);
  params.set('cursor', nextCursor);
  els.more.disabled = true;
  els.more.textContent = 'Loading…';
  try {
    const r = await api('/api/search?' + params);
    const firstNew = appendHits(r.hits);
    nextCursor = r.nextCursor || null;
    els.more.hidden = !nextCursor;
    if (firstNew) firstNew.querySelector('a')?.focus({ preventScroll: true });
  } catch (e) {
    showError(e.message);
  } finally {
    els.more.disabled = false;
    els.more.textContent = 'More results';
  }
}

function renderTotal(r) {
  const shown = r.total === 1 ? '1 briefing' : `${Number(r.total).toLocaleString('en')}${r.totalExact ? '' : '+'} briefings`;
  clear(els.total).append(h('span', {}, h('strong', { id: 'total-count', dataset: { total: String(r.total) } }, shown),
    state.q ? [' for “', state.q, '”'] : '', h('span', { class: 'took' }, ` · ${r.tookMs} ms`)));
  if (r.relaxed) {
    els.total.append(h('span', { id: 'relaxed', class: 'relaxed' }, ' · showing briefings that match most of your words'));
  }
  if (r.suggestion) {
    const next = withState((s) => { s.q = r.suggestion; s.doc = ''; });
    const link = h('a', { id: 'suggestion', href: pageUrl(next) }, r.suggestion);
    link.addEventListener('click', (e) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      go(next);
    });
    els.total.append(h('span', { class: 'suggestion' }, ' · Did you mean ', link, '?'));
  }
}

/**
 * The search's parameters for an export or a batch, which match by words only: "by meaning too"
 * changes the order and adds a few nearest briefings, which a list of every match cannot hold.
 */
function keywordParams(s) {
  const p = searchParams(s);
  p.delete('mode');
  return p;
}

/** The Export menu downloads the search on screen: every match, as CSV or JSON Lines. */
function setExportLinks() {
  for (const format of ['csv', 'jsonl']) {
    const p = keywordParams(state);
    // output=, not format=: the Format filter on screen may itself be csv or json
    p.append('output', format);
    $(`export-${format}`).href = withToken('/api/export?' + p);
  }
}

// ---------------------------------------------------------------- hits

function appendHits(hits) {
  let first = null;
  for (const hit of hits) {
    const li = hitItem(hit);
    if (!first) first = li;
    els.hits.append(li);
  }
  return first;
}

function hitItem(hit) {
  const link = h('a', { href: pageUrl({ ...state, doc: hit.id }), class: 'hit-title', dataset: { id: hit.id } },
    hit.title || hit.sourcePath || '(untitled)');
  link.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(withState(s => { s.doc = hit.id; }));
  });
  const pub = hit.published || {};
  const about = hit.about || [];
  const aboutCodes = new Set(about.map(c => c.code));
  const others = (hit.mentioned || []).filter(c => !aboutCodes.has(c.code));
  const shownOthers = others.slice(0, 6);
  return h('li', { class: 'hit', dataset: { id: hit.id } },
    h('h3', {}, link),
    h('p', { class: 'meta' },
      hit.published
        ? h('time', { datetime: pub.date || '', title: dateSource(pub.source) }, formatDate(pub.date, pub.precision))
        : h('span', { class: 'muted undated-label', title: 'Nothing in the briefing or its file says when it was published' }, 'undated'),
      ' · ', h('span', { class: 'badge format', title: 'format' }, hit.format || '?'),
      ocrBadge(hit),
      hit.language ? [' · ', h('span', { class: 'lang', title: 'language' }, hit.language)] : '',
      hit.sourcePath ? [' · ', h('span', { class: 'path' }, hit.sourcePath)] : ''),
    about.length ? h('p', { class: 'about' }, h('span', { class: 'visually-hidden' }, 'About: '),
      about.map(c => entityLink(nav, 'about', c.code, countryChip(c, 'about'), `Page of ${c.name}`))) : '',
    shownOthers.length ? h('p', { class: 'mentioned' }, h('span', { class: 'label' }, 'Mentions '),
      shownOthers.map((c, i) => [i ? ', ' : '', h('span', { title: c.code }, c.name)]),
      others.length > shownOthers.length ? ` and ${others.length - shownOthers.length} more` : '') : '',
    entitiesLine('People', hit.people, 'person'), entitiesLine('Organisations', hit.organisations, 'org'),
    h('p', { class: 'snippet' }, snippetNodes(hit.snippet)),
    hit.copies > 0 ? h('div', { class: 'copies' }, copiesToggle(hit, api, nav)) : '');
}

function entitiesLine(title, names, dim) {
  const list = (names || []).map(n => (typeof n === 'string' ? n : n && n.name)).filter(Boolean);
  if (!list.length) return '';
  const shown = list.slice(0, 4);
  return h('p', { class: 'entities-line' }, h('span', { class: 'label' }, `${title} `),
    shown.map((n, i) => [i ? ', ' : '', ENTITY_DIMS.has(dim) ? entityLink(nav, dim, n, n, `Page of ${n}`) : n]),
    list.length > shown.length ? ` and ${list.length - shown.length} more` : '');
}

// ---------------------------------------------------------------- facets

const facetPrefix = {}; // dim -> what is typed in its filter box

const languageNames = (() => {
  try { return new Intl.DisplayNames(['en'], { type: 'language' }); } catch { return null; }
})();

/** Friendlier labels and orders: language names for codes, years newest first. */
function dressFacet(f) {
  let values = f.values;
  if (f.dim === 'language' && languageNames) {
    values = values.map(v => {
      if (v.label !== v.value) return v;
      let name = null;
      try { name = languageNames.of(v.value); } catch { name = null; }
      return name && name !== v.value ? { ...v, label: name } : v;
    });
  }
  if (YEAR_DIMS.has(f.dim)) values = [...values].sort((a, b) => b.value.localeCompare(a.value));
  return { ...f, values };
}

function renderFacets(facets) {
  const byDim = new Map((facets || []).map(f => [f.dim, dressFacet(f)]));
  rememberLabels([...byDim.values()]);
  const hadFocus = els.facets.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = hadFocus ? (hadFocus.dataset.dim ? `${hadFocus.dataset.dim}\u0000${hadFocus.dataset.value || ''}\u0000${hadFocus.type}` : null) : null;
  clear(els.facets);
  for (const { dim, label: name, plural: many } of DIMS) {
    const f = byDim.get(dim) || { dim, values: [] };
    const list = h('ul', { class: 'facet-values', id: `facet-${dim}-values` });
    const box = h('fieldset', { class: 'facet', id: `facet-${dim}`, dataset: { dim } }, h('legend', {}, name));
    const long = COUNTRY_DIMS.has(dim) || f.values.length >= FACET_LIMIT;
    if (long && (f.values.length > 0 || facetPrefix[dim])) {
      const input = h('input', {
        type: 'search', class: 'facet-filter', placeholder: `Find ${many}…`, 'aria-label': `Find ${name.toLowerCase()} values`,
        'aria-controls': list.id, dataset: { dim }, value: facetPrefix[dim] || '', autocomplete: 'off',
      });
      let timer = null;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => filterFacet(dim, input.value, list, f), 180);
      });
      box.append(input);
    }
    box.append(list);
    fillFacet(list, dim, f.values, false);
    if (facetPrefix[dim]) filterFacet(dim, facetPrefix[dim], list, f);
    els.facets.append(box);
  }
  if (focusKey) {
    const [dim, value, type] = focusKey.split('\u0000');
    const again = [...els.facets.querySelectorAll('input')].find(i => i.dataset.dim === dim && (i.dataset.value || '') === value && i.type === type);
    again?.focus();
  }
}

/** An element id for a facet value, unique in its list even when two values clean up alike. */
function facetId(dim, value, global, used) {
  const base = `f-${dim}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_') + (global ? '-all' : '');
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function fillFacet(list, dim, values, global) {
  clear(list);
  const used = new Set();
  if (values.length === 0) {
    list.append(h('li', { class: 'muted none' }, global ? 'No match' : 'None in these results'));
    return;
  }
  for (const v of values) {
    const checked = state.filters[dim].includes(v.value);
    const id = facetId(dim, v.value, global, used);
    const box = h('input', { type: 'checkbox', id, checked, dataset: { dim, value: v.value } });
    box.addEventListener('change', () => toggleFilter(dim, v.value, box.checked));
    const showCode = COUNTRY_DIMS.has(dim) && v.label !== v.value;
    list.append(h('li', { class: checked ? 'selected' : '' },
      box,
      h('label', { for: id },
        showCode ? h('abbr', { class: 'code', title: v.label }, v.value) : '',
        h('span', { class: 'value-label' }, v.label),
        h('span', { class: 'count', title: global ? 'briefings in the whole collection' : 'briefings with this value' },
          global ? `${v.count} in all` : String(v.count))),
      ENTITY_DIMS.has(dim)
        ? entityLink(nav, dim, v.value, [h('span', { 'aria-hidden': 'true' }, '↗'), h('span', { class: 'visually-hidden' }, `Page of ${v.label}`)], `Page of ${v.label}`)
        : '',
      curationMenu(dim, v.value, v.label)));
  }
}

async function filterFacet(dim, prefix, list, facet) {
  facetPrefix[dim] = prefix.trim();
  if (!facetPrefix[dim]) {
    fillFacet(list, dim, facet.values, false);
    return;
  }
  try {
    const r = await api(`/api/facets?dim=${encodeURIComponent(dim)}&prefix=${encodeURIComponent(facetPrefix[dim])}&limit=25`);
    if (facetPrefix[dim] !== prefix.trim()) return;
    const values = (r.facets[0] || { values: [] }).values;
    rememberLabels(r.facets);
    // Counts for the current search where the sidebar has them; otherwise the whole collection's.
    const here = new Map(facet.values.map(v => [v.value, v]));
    const inHere = values.filter(v => here.has(v.value)).map(v => here.get(v.value));
    const elsewhere = values.filter(v => !here.has(v.value));
    fillFacet(list, dim, inHere, false);
    if (inHere.length === 0) clear(list);
    if (elsewhere.length) {
      const extra = h('ul');
      fillFacet(extra, dim, elsewhere, true);
      list.append(...extra.childNodes);
    }
    if (!list.firstChild) list.append(h('li', { class: 'muted none' }, 'No match'));
  } catch (e) {
    showError(e.message);
  }
}

function toggleFilter(dim, value, on) {
  go(withState(s => {
    const set = new Set(s.filters[dim]);
    if (on) set.add(value); else set.delete(value);
    s.filters[dim] = [...set];
    s.doc = '';
  }));
}

// ---------------------------------------------------------------- chips, dates, sort

function renderChips() {
  clear(els.chips);
  let any = false;
  const chip = (text, title, remove) => {
    any = true;
    els.chips.append(h('li', { class: 'chip' },
      h('span', {}, text),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${title}`, title: 'Remove', onclick: remove }, '×')));
  };
  for (const { dim, label: name } of DIMS) {
    for (const v of state.filters[dim]) {
      const label = labelOf(dim, v);
      const text = COUNTRY_DIMS.has(dim) && label !== v ? `${name}: ${label} (${v})` : `${name}: ${label}`;
      chip(text, text, () => toggleFilter(dim, v, false));
    }
  }
  if (state.from) chip(`From ${state.from}`, `from ${state.from}`, () => go(withState(s => { s.from = ''; })));
  if (state.to) chip(`To ${state.to}`, `to ${state.to}`, () => go(withState(s => { s.to = ''; })));
  if (state.undated) chip('Undated', 'undated', () => go(withState(s => { s.undated = false; })));
  els.clearAll.hidden = !any;
  els.chips.hidden = !any;
  const n = els.chips.children.length;
  $('filters-count').textContent = n ? `· ${n} selected` : '';
}

function pickMonths(fromMonth, toMonth) {
  go(withState(s => { s.from = fromMonth; s.to = toMonth; s.undated = false; s.doc = ''; }));
}

/**
 * "N undated" beside the timeline: briefings with no publication date have no bar, so they are
 * counted here, and a click shows only them (dates and undated exclude each other).
 */
function renderUndated(count) {
  els.undated.hidden = count === 0 && !state.undated;
  els.undated.textContent = `${Number(count).toLocaleString('en')} undated${state.undated ? ' (shown)' : ''}`;
  els.undated.title = state.undated ? 'Showing only briefings with no publication date; click to show all'
    : 'Briefings with no publication date are not on the timeline; click to show only them';
  els.undated.setAttribute('aria-pressed', String(state.undated));
}

els.undated.addEventListener('click', () => {
  go(withState(s => { s.undated = !s.undated; s.from = ''; s.to = ''; s.doc = ''; }));
});

// ---------------------------------------------------------------- showing a state

function syncInputs() {
  if (document.activeElement !== els.q) els.q.value = state.q;
  els.sort.value = state.sort;
  els.copies.value = state.copies;
  els.hybrid.checked = state.mode === 'hybrid';
  els.from.value = state.from;
  els.to.value = state.to;
}

let openDoc = null;
let openEntity = null;

async function showEntity(key) {
  const at = key.indexOf(':');
  const dim = key.slice(0, at);
  const value = key.slice(at + 1);
  clear(els.entity).append(h('p', { class: 'loading' }, 'Opening the page…'));
  try {
    const page = await api(`/api/entities/${encodeURIComponent(dim)}/${encodeURIComponent(value)}?latest=10&limit=10`);
    if (state.entity !== key) return;
    hideError();
    document.title = `${page.label} — Briefings`;
    renderEntity(els.entity, page, DIMS, nav);
    els.entity.querySelector('h2')?.focus();
    window.scrollTo(0, 0);
  } catch (e) {
    if (state.entity !== key) return;
    clear(els.entity).append(h('p', { class: 'error-inline' }, 'This page could not be opened: ', e.message),
      h('button', { type: 'button', class: 'secondary', onclick: nav.back }, '← Back to results'));
  }
}

async function show() {
  syncInputs();
  const key = searchParams(state).toString();
  if (key !== lastSearchKey) {
    lastSearchKey = key;
    runSearch();
  }
  if (!state.entity && openEntity) {
    openEntity = null;
    els.entity.hidden = true;
    clear(els.entity);
  }
  if (state.entity && !state.doc) {
    els.results.hidden = true;
    els.briefing.hidden = true;
    openDoc = null;
    clear(els.briefing);
    els.entity.hidden = false;
    if (openEntity !== state.entity) {
      openEntity = state.entity;
      await showEntity(state.entity);
    }
  } else if (state.doc) {
    els.results.hidden = true;
    els.entity.hidden = true;
    els.briefing.hidden = false;
    if (openDoc !== state.doc) {
      openDoc = state.doc;
      await showBriefing(state.doc);
    }
  } else {
    const returning = openDoc;
    openDoc = null;
    els.briefing.hidden = true;
    clear(els.briefing);
    els.results.hidden = false;
    document.title = state.q ? `${state.q} — Briefings` : 'Briefings';
    if (returning) {
      renderTimeline(els.timeline, lastChart, { from: state.from, to: state.to }, pickMonths);
      const link = els.hits.querySelector(`a[data-id="${returning}"]`);
      if (link) { link.focus({ preventScroll: false }); } else { els.results.focus(); }
    }
  }
}

async function showBriefing(id) {
  clear(els.briefing).append(h('p', { class: 'loading' }, 'Opening the briefing…'));
  els.briefing.setAttribute('aria-busy', 'true');
  try {
    const doc = await api(`/api/documents/${id}`);
    if (state.doc !== id) return;
    hideError();
    document.title = `${doc.title || doc.sourcePath} — Briefings`;
    renderBriefing(els.briefing, doc, {
      back: closeBriefing,
      filter: (dim, value) => go(withState(s => {
        if (!s.filters[dim].includes(value)) s.filters[dim].push(value);
        s.doc = '';
      })),
      searchFor: (text) => go(withState(s => { s.q = text; s.doc = ''; })),
      entity: (dim, value, content) => entityLink(nav, dim, value, content, `Page of ${value}`),
      curate: curationMenu,
    });
    const side = els.briefing.querySelector('.side');
    if (side) renderRelated(side, id, api, nav);
    els.briefing.querySelector('h2')?.focus();
    window.scrollTo(0, 0);
  } catch (e) {
    if (state.doc !== id) return;
    clear(els.briefing).append(
      h('p', { class: 'error-inline' }, 'This briefing could not be opened: ', e.message),
      h('button', { type: 'button', class: 'secondary', onclick: closeBriefing }, '← Back to results'));
  } finally {
    els.briefing.removeAttribute('aria-busy');
  }
}

function closeBriefing() {
  go(withState(s => { s.doc = ''; }));
}

// ---------------------------------------------------------------- wiring

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = els.q.value.trim();
  lastSearchKey = q === state.q ? null : lastSearchKey; // submitting again searches again
  go(withState(s => { s.q = q; s.doc = ''; }));
});

els.hybrid.closest('label').hidden = !HYBRID;
els.hybrid.addEventListener('change', () => go(withState(s => { s.mode = els.hybrid.checked ? 'hybrid' : 'keyword'; s.doc = ''; })));
els.sort.addEventListener('change', () => go(withState(s => { s.sort = els.sort.value; s.doc = ''; })));
els.copies.addEventListener('change', () => go(withState(s => { s.copies = els.copies.value; s.doc = ''; })));

els.dateForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const ok = (v) => v === '' || /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/.test(v);
  const from = els.from.value.trim();
  const to = els.to.value.trim();
  if (!ok(from) || !ok(to)) {
    showError('Dates are a year (2019), a month (2019-04) or a day (2019-04-11).', 400);
    (ok(from) ? els.to : els.from).focus();
    return;
  }
  go(withState(s => { s.from = from; s.to = to; s.undated = s.undated && !from && !to; s.doc = ''; }));
});

els.clearAll.addEventListener('click', () => {
  for (const k of Object.keys(facetPrefix)) delete facetPrefix[k];
  go(withState(s => {
    for (const { dim } of DIMS) s.filters[dim] = [];
    s.from = '';
    s.to = '';
    s.undated = false;
  }));
  els.q.focus();
});

els.more.addEventListener('click', loadMore);

els.home.addEventListener('click', (e) => {
  e.preventDefault();
  go(emptyState());
  els.q.focus();
});

els.filtersToggle.addEventListener('click', () => {
  const open = els.filtersToggle.getAttribute('aria-expanded') !== 'true';
  setFiltersOpen(open);
});

function setFiltersOpen(open) {
  els.filtersToggle.setAttribute('aria-expanded', String(open));
  els.filtersToggle.textContent = open ? 'Hide' : 'Show';
  els.facets.hidden = !open;
}

document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    els.q.focus();
    els.q.select();
  } else if (e.key === 'Escape' && state.doc && !typing) {
    closeBriefing();
  } else if (e.key === 'Escape' && state.entity && !typing) {
    nav.back();
  }
});

window.addEventListener('popstate', () => {
  state = readState();
  show();
});

let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (lastResponse && !els.results.hidden) {
      renderTimeline(els.timeline, lastChart, { from: state.from, to: state.to }, pickMonths);
    }
  }, 150);
});

setupUpload({
  api,
  onDone: () => { lastSearchKey = null; if (!state.doc) show(); },
  open: (id) => go(withState(s => { s.doc = id; })),
  link: (id) => pageUrl({ ...state, doc: id }),
});

setupWatches({
  api,
  search: () => {
    const chosen = DIMS.flatMap(({ dim }) => state.filters[dim].map(v => labelOf(dim, v)));
    const full = [state.q, ...chosen, state.from || state.to ? `${state.from || '…'}–${state.to || '…'}` : '']
      .filter(Boolean).join(' · ') || 'Every briefing';
    // a watch's name is at most 200 characters (the API refuses longer ones)
    const name = full.length > 200 ? full.slice(0, 199) + '…' : full;
    return { params: searchParams(state), name };
  },
  hitItem,
  onOpen: (open) => {
    if (open) { els.results.hidden = true; els.briefing.hidden = true; } else { lastSearchKey = null; show(); }
  },
});

setupCuration({
  api,
  dims: schema.dimensions,
  labelOf,
  // a rule changed facet values everywhere: search again, and reload an open briefing
  onChange: () => { lastSearchKey = null; openDoc = null; show(); },
});

setupBatch({
  api,
  // the batch runs under the filters and dates on screen (not the query: each line is one)
  narrowing: () => {
    const p = keywordParams({ ...state, q: '' });
    p.set('output', 'json');
    return p;
  },
});

if (window.matchMedia('(max-width: 760px)').matches) setFiltersOpen(false);
history.replaceState(null, '', pageUrl(state));
show();
if (!state.doc) els.q.focus();
document.documentElement.dataset.ready = 'true';
