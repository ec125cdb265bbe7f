// Curation by the analyst: no tagger is perfect, so a facet value or an entity of a briefing has a
// small menu ("Merge into…", "Rename…", "Not a person") that makes a rule through POST
// /api/curation, and the Curation panel lists the rules with an undo for each. Rules change the
// facets of every briefing at once; the page then searches again (onChange).
import { h, clear, plural } from './dom.js';

const NOUNS = { person: 'person', org: 'organisation', country: 'country' };
const A_NOUN = { person: 'a person', org: 'an organisation', country: 'a country' };

let ctx = null;

/**
 * config: api(path, options); dims: the schema's dimensions (name, kind, label, curation actions);
 * labelOf(dim, value) for country codes; onChange() after a rule is made or undone.
 */
export function setupCuration({ api, dims, labelOf, onChange }) {
  ctx = {
    api, labelOf, onChange,
    actions: new Map(dims.map(d => [d.name, d.curation || []])),
    // a rule on the about-country facet is a rule on the country
    ruleDim: new Map(dims.map(d => [d.name, d.kind === 'country' ? 'country' : d.name])),
  };
  const toggle = document.getElementById('curation-toggle');
  const section = document.getElementById('curation');
  toggle.addEventListener('click', () => {
    const on = section.hidden;
    section.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    if (on) refreshPanel();
  });
}

/** The menu for one value of a facet or one entity of a briefing, or '' when its facet has none. */
export function curationMenu(dim, value, label) {
  const actions = ctx ? ctx.actions.get(dim) || [] : [];
  if (!actions.length) return '';
  const ruleDim = ctx.ruleDim.get(dim);
  const noun = NOUNS[ruleDim] || ruleDim;
  const menu = h('details', { class: 'curate', dataset: { dim, value } });
  const close = () => { menu.open = false; };
  const item = (action, text, run) => h('button', {
    type: 'button', class: 'link small', dataset: { action }, onclick: () => { close(); run(); },
  }, text);
  menu.append(
    h('summary', { title: `Correct “${label}”`, 'aria-label': `Correct ${noun} ${label}` }, '⋯'),
    h('div', { class: 'curate-menu' },
      actions.includes('merge') ? item('merge', 'Merge into…', () => ask('merge', ruleDim, value, label)) : '',
      actions.includes('rename') ? item('rename', 'Rename…', () => ask('rename', ruleDim, value, label)) : '',
      actions.includes('reject') ? item('reject', `Not ${A_NOUN[ruleDim]}`, () =>
        make({ action: 'reject', dim: ruleDim, value }, `“${label}” is not ${A_NOUN[ruleDim]}`)) : ''));
  // one menu open at a time; a click elsewhere closes it
  menu.addEventListener('toggle', () => {
    if (menu.open) for (const other of document.querySelectorAll('details.curate[open]')) if (other !== menu) other.open = false;
  });
  return menu;
}

document.addEventListener('click', (e) => {
  for (const open of document.querySelectorAll('details.curate[open]')) if (!open.contains(e.target)) open.open = false;
});

/** Asks for the other value of a merge or a rename in a dialog, offering the facet's values as one types. */
function ask(action, dim, from, label) {
  const merge = action === 'merge';
  const list = h('datalist', { id: 'curate-values' });
  const input = h('input', {
    id: 'curate-to', name: 'to', type: 'text', required: true, autocomplete: 'off', list: 'curate-values',
    value: merge ? '' : from, maxlength: '300',
  });
  const error = h('p', { class: 'error-inline', role: 'alert', hidden: true });
  const dialog = h('dialog', { class: 'curate-dialog', 'aria-labelledby': 'curate-title' });
  const form = h('form', { method: 'dialog' },
    h('h2', { id: 'curate-title' }, merge ? `Merge “${label}” into…` : `Rename “${label}”`),
    h('p', { class: 'hint' }, merge
      ? 'The value it is the same as (the canonical name). Every briefing will show that one.'
      : 'How it should read. Every briefing will show the new name.'),
    h('label', { for: 'curate-to' }, merge ? 'Canonical value' : 'New name'), input, list, error,
    h('div', { class: 'dialog-buttons' },
      h('button', { type: 'submit', class: 'primary', id: 'curate-submit' }, merge ? 'Merge' : 'Rename'),
      h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Cancel')));
  dialog.append(form);
  let timer = null;
  if (merge) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const prefix = input.value.trim();
        if (!prefix) return;
        try {
          const r = await ctx.api(`/api/facets?dim=${encodeURIComponent(dim)}&prefix=${encodeURIComponent(prefix)}&limit=20`);
          clear(list).append(...((r.facets[0] || { values: [] }).values
            .filter(v => v.value !== from).map(v => h('option', { value: v.value }, `${v.count}`))));
        } catch { /* suggestions are a help, not a need */ }
      }, 150);
    });
  }
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const to = input.value.trim();
    const done = await make({ action, dim, from, to }, merge ? `“${label}” merged into “${to}”` : `“${label}” renamed “${to}”`, error);
    if (done) dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
  input.select();
}

/** Sends a rule; says what it did (with an undo) or why not. True when it was made. */
async function make(rule, what, errorBox) {
  try {
    const r = await ctx.api('/api/curation', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(rule),
    });
    say(`${what}: ${plural(r.briefingsChanged, 'briefing')} changed.`, r.rule.id);
    changed();
    return true;
  } catch (e) {
    if (errorBox) {
      errorBox.hidden = false;
      errorBox.textContent = e.message;
    } else {
      say(`Not done: ${e.message}`);
    }
    return false;
  }
}

async function undo(id) {
  try {
    const r = await ctx.api(`/api/curation/${id}`, { method: 'DELETE', headers: { Accept: 'application/json' } });
    say(`Undone: ${describe(r.rule)} (${plural(r.briefingsChanged, 'briefing')} changed).`);
    changed();
  } catch (e) {
    say(`Not undone: ${e.message}`);
  }
}

function changed() {
  if (!document.getElementById('curation').hidden) refreshPanel();
  ctx.onChange();
}

/** The status line under the header, with an undo button for a rule just made. */
function say(text, undoId) {
  const status = document.getElementById('curation-status');
  status.hidden = false;
  clear(status).append(h('span', {}, text),
    undoId ? h('button', { type: 'button', class: 'link', id: 'curation-undo-last', onclick: () => undo(undoId) }, 'Undo') : '',
    h('button', { type: 'button', class: 'link dismiss', 'aria-label': 'Dismiss', onclick: () => { status.hidden = true; clear(status); } }, '×'));
}

function shown(rule, v) {
  return rule.dim === 'country' ? `${ctx.labelOf('country', v)} (${v})` : v;
}

function describe(rule) {
  switch (rule.action) {
    case 'merge': return `${NOUNS[rule.dim]} “${rule.from}” merged into “${rule.to}”`;
    case 'rename': return `${NOUNS[rule.dim]} “${rule.from}” renamed “${rule.to}”`;
    default: return `“${shown(rule, rule.value)}” is not ${A_NOUN[rule.dim]}`;
  }
}

async function refreshPanel() {
  const list = document.getElementById('curation-rules');
  try {
    const r = await ctx.api('/api/curation');
    clear(list);
    if (!r.rules.length) {
      list.append(h('li', { class: 'muted none' }, 'No corrections yet. Use the ⋯ menu beside a person, organisation or country.'));
      return;
    }
    for (const rule of r.rules) {
      const when = rule.createdAt ? new Date(rule.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
      list.append(h('li', { class: 'rule', dataset: { id: String(rule.id) } },
        h('span', { class: 'rule-text' }, describe(rule)),
        h('span', { class: 'muted' }, ` · ${plural(rule.briefings, 'briefing')} tagged · ${when}`, rule.by ? ` · by ${rule.by}` : ''),
        h('button', { type: 'button', class: 'secondary small', 'aria-label': `Undo: ${describe(rule)}`, onclick: () => undo(rule.id) }, 'Undo')));
    }
  } catch (e) {
    clear(list).append(h('li', { class: 'error-inline' }, 'The rules could not be read: ', e.message));
  }
}
