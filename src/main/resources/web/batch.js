// Batch search: a pasted list or a chosen file of queries (names, usually) sent to
// POST /api/batch-search under the filters on screen, answered as a table of counts that sorts by
// any column, with each query and its top hit a link to the page.
import { h, clear, plural } from './dom.js';

const COMPARE = {
  line: (a, b) => a.line - b.line,
  query: (a, b) => (a.query || '').localeCompare(b.query || '', 'en', { sensitivity: 'base' }),
  total: (a, b) => (a.total ?? -1) - (b.total ?? -1),
  top: (a, b) => topTitle(a).localeCompare(topTitle(b), 'en', { sensitivity: 'base' }),
};

function topTitle(row) {
  return row.top && row.top.length ? row.top[0].title || '' : '';
}

/** config: api(path, options) and narrowing(), the filters and dates on screen as URL parameters. */
export function setupBatch({ api, narrowing }) {
  const section = document.getElementById('batch');
  const toggle = document.getElementById('batch-toggle');
  const form = document.getElementById('batch-form');
  const text = document.getElementById('batch-text');
  const file = document.getElementById('batch-file');
  const status = document.getElementById('batch-status');
  const table = document.getElementById('batch-table');
  const body = document.getElementById('batch-rows');
  let rows = [];
  let order = { key: 'line', dir: 1 };

  toggle.addEventListener('click', () => {
    const on = section.hidden;
    section.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    if (on) text.focus();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      status.textContent = 'Type or paste at least one query, one per line.';
      text.focus();
      return;
    }
    run(text.value, 'text/plain');
  });

  file.addEventListener('change', async () => {
    const f = file.files[0];
    file.value = '';
    if (!f) return;
    const csv = /\.csv$/i.test(f.name) || f.type === 'text/csv';
    run(await f.text(), csv ? 'text/csv' : 'text/plain', f.name);
  });

  for (const th of table.querySelectorAll('th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      order = { key, dir: order.key === key ? -order.dir : (key === 'total' ? -1 : 1) };
      draw();
    });
  }

  async function run(queries, type, name) {
    status.textContent = name ? `Running the queries in ${name}…` : 'Running the list…';
    section.setAttribute('aria-busy', 'true');
    try {
      const answer = await api('/api/batch-search?' + narrowing(), {
        method: 'POST', body: queries, headers: { 'Content-Type': `${type}; charset=utf-8` },
      });
      rows = answer.results;
      order = { key: 'line', dir: 1 };
      const failed = answer.failed ? `, ${plural(answer.failed, 'line')} could not run (shown in the table)` : '';
      status.textContent = `${plural(answer.queries, 'query', 'queries')}${failed}.`;
      draw();
    } catch (e) {
      status.textContent = `The list could not run: ${e.message}`;
      table.hidden = true;
    } finally {
      section.removeAttribute('aria-busy');
      document.documentElement.dataset.batches = String(Number(document.documentElement.dataset.batches || 0) + 1);
    }
  }

  function draw() {
    const sorted = [...rows].sort((a, b) => order.dir * COMPARE[order.key](a, b) || a.line - b.line);
    for (const th of table.querySelectorAll('th[data-key]')) {
      if (th.dataset.key === order.key) th.setAttribute('aria-sort', order.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    clear(body);
    for (const r of sorted) {
      const top = r.top && r.top[0];
      body.append(h('tr', { class: r.error ? 'failed' : '', dataset: { line: String(r.line) } },
        h('td', { class: 'num' }, String(r.line)),
        h('td', {}, r.link ? h('a', { href: r.link, class: 'batch-query' }, r.query) : r.query || ''),
        r.error
          ? h('td', { class: 'error-inline batch-error' }, r.error)
          : h('td', { class: 'num batch-total' }, `${Number(r.total).toLocaleString('en')}${r.totalExact ? '' : '+'}`),
        h('td', {}, top ? h('a', { href: `./?doc=${top.id}` }, top.title || top.id) : '')));
    }
    table.hidden = rows.length === 0;
  }
}
