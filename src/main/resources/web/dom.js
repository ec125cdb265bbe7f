// Small DOM helpers. Everything that comes from a document goes in as text nodes; the one
// exception, the search snippet, is parsed here into text nodes and <mark> elements.

/**
 * Creates an element. attrs: plain attributes (class, href, aria-*, ...), plus "on" handlers
 * (onclick etc.) and "text". children: nodes or strings (strings become text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes, the same way as h(). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') {
      el.textContent = String(v);
    } else if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Removes every child of an element. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references the API's escaping produces (&amp; &lt; &#x27; &#39; ...). */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, ref) ? ENTITIES[ref] : m;
  });
}

/**
 * The snippet as nodes: split on <mark> and </mark>, everything else decoded and inserted as text.
 * Any other tag would show literally, as text, never as markup.
 */
export function snippetNodes(html) {
  const out = [];
  const parts = String(html || '').split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(unescapeHtml(part));
    out.push(marked ? h('mark', {}, text) : text);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-02-27" at day precision -> "27 Feb 2019"; month -> "Feb 2019"; year -> "2019". */
export function formatDate(date, precision) {
  if (!date) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (precision === 'year' || !mo) return y;
  if (precision === 'month' || !d) return `${MONTHS[+mo - 1]} ${y}`;
  return `${+d} ${MONTHS[+mo - 1]} ${y}`;
}

/** "2019-04" -> "Apr 2019". */
export function formatMonth(month) {
  const m = /^(\d{4})-(\d{2})$/.exec(month || '');
  return m ? `${MONTHS[+m[2] - 1]} ${m[1]}` : month;
}

/** "2026-05-01T12:00:00Z" -> "1 May 2026, 12:00 UTC" (when a briefing was added). */
export function formatInstant(instant) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(instant || '');
  return m ? `${formatDate(m[1], 'day')}, ${m[2]} UTC` : '';
}

/** Words for where a publication date came from. */
export function dateSource(source) {
  switch (source) {
    case 'metadata': return 'from the file’s metadata';
    case 'html-meta': return 'from the page’s meta tags';
    case 'header': return 'from the document header';
    case 'dateline': return 'from the dateline';
    case 'dateline+metadata': return 'day from the dateline, year from the file’s metadata';
    case 'dateline+text': return 'day from the dateline, year from a date in the text';
    case 'dateline+file-name': return 'day from the dateline, year from the file name';
    case 'text': return 'from the text';
    case 'file-name': return 'from the file name or its folder';
    default: return source ? `from ${source.replace(/[-_]/g, ' ')}` : '';
  }
}

/** A country code as a chip: the code in a badge, the name beside it. */
export function countryChip(c, cls = 'country') {
  return h('span', { class: `chip-country ${cls}`, title: `${c.name} (${c.code})` },
    h('abbr', { class: 'code', title: c.name }, c.code), ' ', c.name);
}

/** Plural helper: plural(3, 'briefing') -> "3 briefings". */
export function plural(n, word, many = word + 's') {
  return `${Number(n).toLocaleString('en')} ${n === 1 ? word : many}`;
}

/**
 * "scanned (OCR)" on a briefing whose text was read from a scan (its confidence in the tooltip),
 * "needs OCR" on a scan indexed unread; nothing otherwise.
 */
export function ocrBadge(b) {
  if (b.ocr) {
    const conf = b.ocrConfidence != null ? `; mean word confidence ${Math.round(b.ocrConfidence)}%` : '';
    return [' · ', h('span', { class: 'badge ocr', title: `Text read from a scanned image by OCR${conf}` }, 'scanned (OCR)')];
  }
  if (b.needsOcr) {
    return [' · ', h('span', { class: 'badge needs-ocr', title: 'A scan not read: OCR (tesseract-ocr) is not installed on the server' }, 'needs OCR')];
  }
  return '';
}
