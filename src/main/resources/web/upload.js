// Adding briefings: a file picker and drag-and-drop (onto the drop zone or anywhere on the page),
// one or many files. Each file is sent on its own, so each gets its own line with its outcome
// (indexed, duplicate, too large, not extractable) and links to the briefings it produced.
import { h, clear, formatDate } from './dom.js';

const OUTCOMES = {
  indexed: ['Added', 'ok'],
  duplicate: ['Already in the collection', 'same'],
  too_large: ['Too large', 'bad'],
  not_extractable: ['No text could be read', 'bad'],
};

/** config: api(path, options), onDone() after a batch, open(id) to show a briefing, link(id) its page URL. */
export function setupUpload({ api, onDone, open, link }) {
  const section = document.getElementById('upload');
  const toggle = document.getElementById('upload-toggle');
  const zone = document.getElementById('dropzone');
  const input = document.getElementById('file-input');
  const results = document.getElementById('upload-results');

  const setOpen = (on) => {
    section.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
  };
  toggle.addEventListener('click', () => {
    const on = section.hidden;
    setOpen(on);
    if (on) input.focus();
  });

  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (files.length) send(files);
  });
  // Drag and drop: anywhere on the page opens the section; dropping on the page or zone sends.
  let depth = 0;
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth += 1;
    setOpen(true);
    zone.classList.add('over');
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('over');
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    zone.classList.remove('over');
    const files = [...e.dataTransfer.files];
    if (files.length) send(files);
  });

  async function send(files) {
    setOpen(true);
    const rows = files.map((file) => {
      const status = h('span', { class: 'status pending' }, 'Waiting…');
      const detail = h('div', { class: 'detail' });
      const row = h('li', { class: 'upload-row' }, h('span', { class: 'file-name' }, file.name), ' ', status, detail);
      results.prepend(row);
      return { file, row, status, detail };
    });
    for (const r of rows) {
      r.status.textContent = 'Uploading…';
      const form = new FormData();
      form.append('file', r.file, r.file.name);
      try {
        const answer = await api('/api/documents', { method: 'POST', body: form });
        show(r, answer);
      } catch (e) {
        r.status.className = 'status bad';
        r.status.textContent = 'Failed';
        r.row.dataset.result = 'error';
        clear(r.detail).append(h('p', { class: 'message' }, e.message));
      }
    }
    onDone();
  }

  function show(r, answer) {
    const one = answer && answer.results ? answer.results[0] : answer;
    const [words, tone] = OUTCOMES[one.result] || [one.result || 'Unknown answer', 'bad'];
    r.status.className = `status ${tone}`;
    r.status.textContent = words;
    r.row.dataset.result = one.result || 'unknown';
    clear(r.detail);
    if (one.message) r.detail.append(h('p', { class: 'message' }, one.message));
    const briefings = one.briefings || [];
    if (briefings.length) {
      r.detail.append(h('ul', { class: 'made' }, briefings.map(b => {
        const a = h('a', { href: link(b.id), class: 'made-link', dataset: { id: b.id } }, b.title || b.sourcePath || b.id);
        a.addEventListener('click', (e) => {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          open(b.id);
        });
        return h('li', {}, a, b.published ? h('span', { class: 'muted' }, ' · ', formatDate(b.published.date, b.published.precision)) : '');
      })));
    }
  }
}
