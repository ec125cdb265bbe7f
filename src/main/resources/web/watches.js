// Watches: "Watch this search" saves the current search as a standing search; the watches panel
// lists them with unread counts that update live from the server's event stream (/api/events);
// opening one shows its matches, newest first, the ones new since the last visit marked.
// The event stream carries the tab's token, if it has one, as access_token (EventSource sends no headers).
import { h, clear } from './dom.js';
import { withToken } from './auth.js';

/**
 * config: api(path, options); search() -> {params: URLSearchParams of the current search, name};
 * hitItem(hit) -> <li> as in the results; onOpen(open) hides or shows the results while a watch is open.
 */
export function setupWatches({ api, search, hitItem, onOpen }) {
  const list = document.getElementById('watch-list');
  const button = document.getElementById('watch-search');
  const status = document.getElementById('watch-status');
  const view = document.getElementById('watch-view');
  const watches = new Map(); // id -> watch as the API gives it
  let openId = null;

  async function refresh() {
    try {
      const r = await api('/api/watches');
      watches.clear();
      for (const w of r.watches) watches.set(w.id, w);
      render();
      listen();
    } catch (e) {
      status.textContent = 'Watches could not be loaded: ' + e.message;
    }
  }

  function render() {
    clear(list);
    if (!watches.size) {
      list.append(h('li', { class: 'muted' }, 'No watches yet. Search, then “Watch this search”.'));
      return;
    }
    for (const w of watches.values()) {
      const badge = h('span', { class: 'unread' + (w.unread ? ' some' : ''), dataset: { watch: w.id, unread: String(w.unread) },
        'aria-label': `${w.unread} unread` }, String(w.unread));
      list.append(h('li', {},
        h('button', { type: 'button', class: 'link watch-open', dataset: { watch: w.id },
          onclick: () => open(w.id) }, w.name), ' ', badge));
    }
  }

  button.addEventListener('click', async () => {
    const { params, name } = search();
    const body = { name };
    for (const [k, v] of params) {
      // a watch matches each new briefing: what orders a page or folds copies is not part of it
      if (k === 'sort' || k === 'copies' || k === 'mode') continue;
      if (k === 'q' || k === 'from' || k === 'to') body[k] = v;
      else (body[k] = body[k] || []).push(v);
    }
    button.disabled = true;
    try {
      const w = await api('/api/watches', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body) });
      watches.set(w.id, w);
      render();
      listen();
      status.textContent = `Watching “${w.name}”: ${w.matches} already match; new ones will be counted here.`;
    } catch (e) {
      status.textContent = 'The search could not be watched: ' + e.message;
    } finally {
      button.disabled = false;
    }
  });

  async function open(id) {
    openId = id;
    onOpen(true);
    view.hidden = false;
    clear(view).append(h('p', { class: 'loading' }, 'Opening the watch…'));
    try {
      const r = await api(`/api/watches/${id}/matches?size=50`);
      if (openId !== id) return;
      const w = r.watch;
      watches.set(w.id, w);
      const items = r.matches.map(m => {
        const li = hitItem(m.hit);
        if (m.unread) {
          li.classList.add('new');
          li.querySelector('h3')?.prepend(h('span', { class: 'badge new-badge' }, 'New'), ' ');
        } else if (m.earlier) {
          li.classList.add('earlier');
        }
        return li;
      });
      clear(view).append(
        h('button', { type: 'button', class: 'secondary', onclick: close }, '← Back to results'),
        h('h2', { tabindex: '-1' }, w.name),
        h('p', { class: 'meta' }, `${w.matches} matches · ${w.unread} new since your last visit · `,
          h('a', { href: w.feed }, 'Atom feed')),
        items.length ? h('ol', { class: 'hits' }, items) : h('p', { class: 'muted' }, 'Nothing matches yet.'));
      view.querySelector('h2').focus();
      if (w.latest > w.readUpTo) {
        // marking read is a change: on a server with a write token a reader cannot, and is not
        // asked to sign in for it; the matches stay shown as new
        try {
          const read = await api(`/api/watches/${id}/read?upTo=${w.latest}`, { method: 'POST', noSignIn: true });
          watches.set(read.id, read);
          render();
        } catch (e) {
          if (e.status !== 401) throw e;
        }
      }
    } catch (e) {
      clear(view).append(h('p', { class: 'error-inline' }, 'This watch could not be opened: ', e.message),
        h('button', { type: 'button', class: 'secondary', onclick: close }, '← Back to results'));
    }
  }

  function close() {
    openId = null;
    view.hidden = true;
    clear(view);
    onOpen(false);
  }

  // The stream is opened only while there is a watch to count, and closed when the page is
  // hidden (navigation, the back/forward cache), so it never holds one of the browser's few
  // connections to the server for nothing.
  let events = null;
  function listen() {
    if (events || !watches.size || !('EventSource' in window)) return;
    events = new EventSource(withToken('/api/events'));
    events.addEventListener('match', (e) => {
      const m = JSON.parse(e.data);
      const w = watches.get(m.watch);
      if (!w) { refresh(); return; }
      w.unread = m.unread;
      w.matches = (w.matches || 0) + 1;
      render();
    });
  }
  window.addEventListener('pagehide', () => { if (events) { events.close(); events = null; } });
  window.addEventListener('pageshow', (e) => { if (e.persisted) refresh(); });

  // a briefing opened from the watch's list replaces the list
  view.addEventListener('click', (e) => { if (e.target.closest('a.hit-title')) close(); }, true);

  refresh();
  return { close };
}
