// Access to a server started with --read-token (or a write token, for uploads). Every request the
// page makes goes through authFetch, which sends the token as an Authorization header. When the API
// answers 401, a small sign-in form asks for the token once (every request waiting meanwhile shares
// the one form), keeps it for this browser tab's session only (sessionStorage: gone when the tab
// closes, never in localStorage or a cookie), and the request is sent again.
//
// Downloads the browser opens itself (an original file, an export) and an EventSource cannot carry
// a header. For those, withToken(url) adds the token as the access_token query parameter, which the
// server accepts on those GET endpoints only. We chose this over fetch + blob because an export can
// be hundreds of megabytes: a blob would hold it whole in the page's memory before saving, while a
// plain link streams it to disk.
import { h } from './dom.js';

const KEY = 'briefings.token';

export function token() {
  try { return sessionStorage.getItem(KEY) || ''; } catch { return ''; }
}

/** url with the token as access_token, when the page has one (for links and EventSource). */
export function withToken(url) {
  const t = token();
  if (!t) return url;
  const u = new URL(url, location.href);
  u.searchParams.set('access_token', t);
  return u.origin === location.origin ? u.pathname + u.search + u.hash : u.href;
}

/**
 * fetch with the token; on a 401 asks for a token and tries again with it, unless
 * options.noSignIn (a request the page can do without: the 401 is returned as it came).
 */
export async function authFetch(path, options = {}) {
  const { noSignIn, ...fetchOptions } = options;
  for (;;) {
    const headers = new Headers(fetchOptions.headers || {});
    const sent = token();
    if (sent) headers.set('Authorization', `Bearer ${sent}`);
    const response = await fetch(path, { ...fetchOptions, headers });
    if (response.status !== 401 || noSignIn) return response;
    let message = '';
    try { message = (await response.clone().json()).message || ''; } catch { message = ''; }
    await signIn(sent ? `That token was not accepted (${message || 'not valid'}). Check it and try again.` : '');
  }
}

let pending = null;

/** Shows the sign-in form and resolves once a token has been entered. */
function signIn(problem) {
  const form = signInForm();
  const note = form.querySelector('#signin-problem');
  note.textContent = problem;
  note.hidden = !problem;
  form.hidden = false;
  form.querySelector('input').focus();
  if (!pending) {
    pending = new Promise((resolve) => {
      form.onsubmit = (e) => {
        e.preventDefault();
        const value = form.querySelector('input').value.trim();
        if (!value) return;
        try { sessionStorage.setItem(KEY, value); } catch { /* private mode: kept for this page only */ }
        form.querySelector('input').value = '';
        form.hidden = true;
        pending = null;
        resolve();
      };
    });
  }
  return pending;
}

function signInForm() {
  let form = document.getElementById('signin');
  if (form) return form;
  form = h('form', { id: 'signin', class: 'signin', 'aria-labelledby': 'signin-title' },
    h('h2', { id: 'signin-title' }, 'Sign in'),
    h('p', {}, 'This server needs a token to read briefings. It is kept for this tab only, until you close it.'),
    h('p', { id: 'signin-problem', class: 'error-inline', role: 'alert', hidden: true }),
    h('label', { for: 'signin-token' }, 'Token'), ' ',
    h('input', { id: 'signin-token', type: 'password', autocomplete: 'current-password', spellcheck: 'false', required: true }), ' ',
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  document.querySelector('header.top').after(form);
  return form;
}

/** Forgets the token (a "sign out" for a shared computer). */
export function forgetToken() {
  try { sessionStorage.removeItem(KEY); } catch { /* nothing kept */ }
}
