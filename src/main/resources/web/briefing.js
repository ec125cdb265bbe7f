// The briefing view: title, date and its source, the full text with country, person and
// organisation mentions marked, the entity lists with counts and the download link. The text is
// cut into text nodes at the API's span offsets; nothing from the document is parsed as HTML.
import { h, formatDate, formatInstant, dateSource, plural, ocrBadge } from './dom.js';
import { withToken } from './auth.js';

const KINDS = {
  country: 'Country',
  person: 'Person',
  org: 'Organisation',
};

/** Body spans of every entity, without overlaps (earliest first, then longest). */
export function bodySpans(doc, length) {
  const spans = [];
  const add = (kind, label, list) => {
    for (const s of list || []) {
      if (s.field !== 'body') continue;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > length || s.end <= s.start) continue;
      spans.push({ start: s.start, end: s.end, kind, label });
    }
  };
  for (const c of doc.countries || []) add('country', `${c.name} (${c.code})`, c.spans);
  for (const p of doc.people || []) add('person', p.name, p.spans);
  for (const o of doc.organisations || []) add('org', o.name, o.spans);
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out = [];
  let end = 0;
  for (const s of spans) {
    if (s.start >= end) { out.push(s); end = s.end; }
  }
  return out;
}

/** The body as text nodes with <mark> elements around the mentions. */
function markedBody(doc) {
  const body = doc.body || '';
  const nodes = [];
  let at = 0;
  for (const s of bodySpans(doc, body.length)) {
    if (s.start > at) nodes.push(document.createTextNode(body.slice(at, s.start)));
    nodes.push(h('mark', { class: `mention m-${s.kind}`, title: `${KINDS[s.kind]}: ${s.label}` },
      document.createTextNode(body.slice(s.start, s.end))));
    at = s.end;
  }
  if (at < body.length) nodes.push(document.createTextNode(body.slice(at)));
  return nodes;
}

function entityList(title, kind, items, render) {
  return h('section', { class: `entities entities-${kind}`, 'aria-label': title },
    h('h3', {}, title, ' ', h('span', { class: 'count' }, String(items.length))),
    items.length
      ? h('ul', {}, items.map(render))
      : h('p', { class: 'muted' }, `No ${title.toLowerCase()} found.`));
}

/**
 * Draws doc into container. actions: back(), filter(dim, value) to narrow the search by an
 * entity, searchFor(text), curate(dim, value, label) for an entity's correction menu, and
 * optionally entity(dim, value, content) to link a name to its page.
 */
export function renderBriefing(container, doc, actions) {
  container.replaceChildren();
  const pub = doc.published || {};
  const countries = [...(doc.countries || [])].sort((a, b) => (b.about - a.about) || (b.count - a.count));
  const people = [...(doc.people || [])].sort((a, b) => b.count - a.count);
  const orgs = [...(doc.organisations || [])].sort((a, b) => b.count - a.count);
  const dates = doc.datesMentioned || [];

  // A name links to its entity page when the page gives a way to (actions.entity).
  const entityName = (dim, value, name) => {
    const span = h('span', { class: 'name' }, name);
    return actions.entity ? actions.entity(dim, value, span) : span;
  };
  // the analyst's correction menu (curation.js), when the page has one
  const curate = (dim, value, name) => (actions.curate ? actions.curate(dim, value, name) : '');

  const filterButton = (dim, value, name) => h('button', {
    type: 'button', class: 'link small', title: `Show briefings with ${name}`,
    'aria-label': `Filter the search by ${name}`, onclick: () => actions.filter(dim, value),
  }, 'filter');

  container.append(
    h('nav', { class: 'briefing-nav' },
      h('button', { type: 'button', class: 'secondary', id: 'back', onclick: actions.back }, '← Back to results')),
    h('header', { class: 'briefing-head' },
      h('h2', { id: 'briefing-title', tabindex: '-1' }, doc.title || doc.sourcePath || '(untitled)'),
      h('p', { class: 'meta' },
        doc.published
          ? h('time', { datetime: pub.date || '' }, formatDate(pub.date, pub.precision))
          : h('span', { class: 'undated-label', title: 'Nothing in the briefing or its file says when it was published' }, 'undated'),
        pub.precision ? h('span', { class: 'muted' }, ` (to the ${pub.precision})`) : '',
        pub.source ? [' · ', h('span', { class: 'date-source' }, dateSource(pub.source))] : '',
        doc.ingestedAt ? [' · ', h('span', { class: 'ingested' }, 'added ',
          h('time', { datetime: doc.ingestedAt }, formatInstant(doc.ingestedAt)))] : '',
        ' · ', h('span', { class: 'badge format' }, doc.format || '?'),
        ocrBadge(doc),
        doc.ocrConfidence != null ? h('span', { class: 'ocr-confidence' }, ` ${Math.round(doc.ocrConfidence)}% confidence`) : '',
        doc.language ? [' · ', doc.language] : '',
        doc.sizeBytes ? [' · ', formatBytes(doc.sizeBytes)] : ''),
      h('p', { class: 'source' },
        doc.original
          ? h('a', { href: withToken(doc.original), class: 'download', download: basename(doc.sourcePath) || '' },
            'Download the original', doc.sourcePath ? [' (', doc.sourcePath, ')'] : '')
          : h('span', { class: 'muted' }, 'The original file is not available', doc.sourcePath ? [' (', doc.sourcePath, ')'] : ''))),
    doc.metadata && doc.metadata.ocrStopped
      ? h('p', { class: 'ocr-stopped', role: 'note' }, 'Only part of this scan was read. ', doc.metadata.ocrStopped)
      : '',
    doc.summary ? h('p', { class: 'summary' }, h('strong', {}, 'Summary: '), doc.summary) : '',
    h('div', { class: 'briefing-grid' },
      h('section', { class: 'text', 'aria-label': 'Full text' },
        h('p', { class: 'legend', 'aria-hidden': 'true' }, 'Marked: ',
          h('mark', { class: 'mention m-country' }, 'country'), ' ',
          h('mark', { class: 'mention m-person' }, 'person'), ' ',
          h('mark', { class: 'mention m-org' }, 'organisation')),
        h('div', { class: 'body', id: 'briefing-body' }, markedBody(doc))),
      h('div', { class: 'side' },
        entityList('Countries', 'country', countries, c => h('li', {},
          h('abbr', { class: 'code', title: c.name }, c.code), ' ',
          entityName(c.about ? 'about' : 'country', c.code, c.name),
          c.about ? h('span', { class: 'badge about-badge', title: 'the briefing is about this country' }, 'about') : '',
          ' ', h('span', { class: 'count', title: 'mentions' }, `×${c.count}`), ' ',
          filterButton(c.about ? 'about' : 'country', c.code, c.name), ' ',
          curate('country', c.code, c.name))),
        entityList('People', 'person', people, p => h('li', {},
          entityName('person', p.name, p.name), ' ', h('span', { class: 'count', title: 'mentions' }, `×${p.count}`), ' ',
          filterButton('person', p.name, p.name), ' ', curate('person', p.name, p.name))),
        entityList('Organisations', 'org', orgs, o => h('li', {},
          entityName('org', o.name, o.name), ' ', h('span', { class: 'count', title: 'mentions' }, `×${o.count}`), ' ',
          filterButton('org', o.name, o.name), ' ', curate('org', o.name, o.name))),
        dates.length ? h('section', { class: 'entities entities-dates', 'aria-label': 'Dates mentioned' },
          h('h3', {}, 'Dates mentioned ', h('span', { class: 'count' }, String(dates.length))),
          h('ul', {}, dates.slice(0, 30).map(d => h('li', {},
            h('span', { class: 'name' }, d.value), d.span && d.span.text ? h('span', { class: 'muted' }, ` “${d.span.text}”`) : ''))))
          : '')));
}

function basename(path) {
  return path ? path.split('/').pop() : '';
}

function formatBytes(n) {
  if (n < 1024) return plural(n, 'byte');
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
