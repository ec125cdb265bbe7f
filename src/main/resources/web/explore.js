// Going from one thing to the next: an entity's page (a country, person or organisation over
// time, with what is named alongside it), a briefing's similar briefings and copies, and the
// "3 copies" list under a search hit. Everything from documents goes in as text (dom.js).
import { h, clear, formatDate, plural } from './dom.js';
import { renderTimeline } from './timeline.js';

/**
 * A link to an entity's page. nav: { entityUrl(dim, value), openEntity(dim, value) }.
 * The link is a real href (new tab works); a plain click stays in the page.
 */
export function entityLink(nav, dim, value, content, title) {
  const a = h('a', { href: nav.entityUrl(dim, value), class: 'entity-link', title: title || `Page of ${value}` }, content);
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.openEntity(dim, value);
  });
  return a;
}

function briefingLink(nav, b) {
  const a = h('a', { href: nav.briefingUrl(b.id), class: 'related-title', dataset: { id: b.id } }, b.title || b.sourcePath || '(untitled)');
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.openBriefing(b.id);
  });
  return a;
}

/** One related briefing: title link, date, format and source path. */
export function relatedItem(nav, b) {
  const pub = b.published || {};
  return h('li', { class: 'related', dataset: { id: b.id } }, briefingLink(nav, b),
    h('span', { class: 'meta' }, ' ', formatDate(pub.date, pub.precision), ' · ',
      h('span', { class: 'badge format' }, b.format || '?'), b.sourcePath ? [' · ', h('span', { class: 'path' }, b.sourcePath)] : ''));
}

/** Appends "Copies" and "Similar briefings" sections for briefing id to the view's side column. */
export async function renderRelated(side, id, api, nav) {
  const copies = h('section', { class: 'entities related-copies', 'aria-label': 'Copies', hidden: true });
  const similar = h('section', { class: 'entities related-similar', id: 'similar', 'aria-label': 'Similar briefings' },
    h('h3', {}, 'Similar briefings'), h('p', { class: 'muted' }, 'Looking…'));
  side.prepend(copies, similar);
  const [c, s] = await Promise.all([
    api(`/api/documents/${id}/copies`).catch(() => null),
    api(`/api/documents/${id}/similar?size=5`).catch(() => null),
  ]);
  if (c && c.copies.length) {
    copies.hidden = false;
    copies.append(h('h3', {}, 'Copies ', h('span', { class: 'count' }, String(c.copies.length))),
      h('p', { class: 'muted small' }, 'The same text in other files:'),
      h('ul', {}, c.copies.map(b => relatedItem(nav, b))));
  }
  clear(similar).append(h('h3', {}, 'Similar briefings'),
    s && s.similar.length ? h('ul', {}, s.similar.map(b => relatedItem(nav, b))) : h('p', { class: 'muted' }, 'None found.'));
}

/** The "3 copies" button of a search hit: shows the other files of its copy group below it. */
export function copiesToggle(hit, api, nav) {
  const list = h('ul', { class: 'copies-list', hidden: true, id: `copies-${hit.id}` });
  const button = h('button', { type: 'button', class: 'link small copies-toggle', 'aria-expanded': 'false', 'aria-controls': list.id },
    plural(hit.copies, 'copy', 'copies'));
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (open && !list.firstChild) {
      try {
        const r = await api(`/api/documents/${hit.id}/copies`);
        list.append(...r.copies.map(b => relatedItem(nav, b)));
      } catch (e) {
        list.append(h('li', { class: 'error-inline' }, e.message));
      }
    }
  });
  return [button, list];
}

/** Draws an entity page. page: the /api/entities answer; dims: the schema's dimensions. */
export function renderEntity(container, page, dims, nav) {
  const dimLabel = (d) => (dims.find(x => x.dim === d) || { label: d }).label;
  const total = page.timeline.reduce((n, b) => n + b.count, 0);
  const chart = h('div', { class: 'timeline entity-timeline' });
  container.replaceChildren(
    h('nav', { class: 'briefing-nav' },
      h('button', { type: 'button', class: 'secondary', id: 'entity-back', onclick: nav.back }, '← Back to results')),
    h('header', { class: 'briefing-head' },
      h('p', { class: 'muted' }, dimLabel(page.dim)),
      h('h2', { id: 'entity-title', tabindex: '-1' }, page.label, page.label !== page.value ? h('span', { class: 'muted' }, ` (${page.value})`) : ''),
      h('p', { class: 'meta' }, h('strong', { id: 'entity-count' }, plural(page.count, 'briefing')),
        total < page.count ? ` (${plural(page.count - total, 'undated briefing')})` : '', ' · ',
        h('a', { href: nav.searchUrl(page.dim, page.value), id: 'entity-search', onclick: (e) => { e.preventDefault(); nav.search(page.dim, page.value); } },
          'Search these briefings'))),
    h('figure', { class: 'timeline-box' }, h('figcaption', {}, 'Briefings per month'), chart),
    h('div', { class: 'entity-grid' },
      h('section', { class: 'entities', 'aria-label': 'Latest briefings' }, h('h3', {}, 'Latest briefings'),
        h('ul', { id: 'entity-latest' }, page.latest.map(b => relatedItem(nav, b)))),
      page.coMentioned.map(f => h('section', { class: 'entities co-mentioned', 'aria-label': `Named with it: ${dimLabel(f.dim)}`, dataset: { dim: f.dim } },
        h('h3', {}, dimLabel(f.dim), ' ', h('span', { class: 'muted small' }, 'in the same briefings')),
        f.values.length
          ? h('ul', {}, f.values.map(v => h('li', {}, entityLink(nav, f.dim, v.value, v.label, `Page of ${v.label}`), ' ',
            h('span', { class: 'count', title: 'briefings with both' }, String(v.count)))))
          : h('p', { class: 'muted' }, 'None.')))));
  renderTimeline(chart, page.timeline, { from: '', to: '' }, (from, to) => nav.search(page.dim, page.value, from, to));
}
