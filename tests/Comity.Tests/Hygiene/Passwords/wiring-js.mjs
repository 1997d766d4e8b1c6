// Checks the page wiring of password-strength.js with a minimal fake DOM: no dictionary is fetched before the field
// is focused, all nine are fetched once after, and every text shown comes from the page's data attributes.
// Usage: node wiring-js.mjs [repoRoot]
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? path.resolve(here, '../../../..');
const hygiene = path.join(root, 'src/Modules/Comity.Hygiene');
const fetched = [];
const listeners = {};
const attrs = { 'data-score-0': 'VERY-WEAK', 'data-msg-topten': 'TOP-TEN', 'data-msg-anotherword': 'ANOTHER' };
const meter = { value: -1 }, warning = { textContent: '' }, items = [];
const ul = { set textContent(v) { items.length = 0; }, appendChild: (li) => items.push(li.textContent) };
const out = { getAttribute: (n) => attrs[n] ?? null, setAttribute: (n, v) => { attrs[n] = String(v); },
  querySelector: (s) => ({ meter, '[data-warning]': warning, ul })[s] };
const input = { value: '', getAttribute: (n) => ({ 'data-password-strength': 'out', 'data-dict-base': '/d/' })[n] ?? null,
  addEventListener: (e, f) => { listeners[e] = f; } };
const document = { readyState: 'complete', getElementById: (id) => (id === 'out' ? out : null),
  querySelectorAll: () => [input], createElement: () => ({ textContent: '' }) };
const fetch = (url) => { fetched.push(url); const file = path.join(hygiene, 'Passwords/Data', url.slice(3));
  return Promise.resolve({ ok: true, text: () => Promise.resolve(fs.readFileSync(file, 'utf8')) }); };
const context = { document, fetch, Promise, Map, Set, JSON, Math, Date, Object, Array, String, Error, parseInt, Infinity };
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(hygiene, 'wwwroot/js/password-strength.js'), 'utf8'), context);

let passed = 0, failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.log('FAIL', what); } };
check(fetched.length === 0, 'nothing is fetched before focus');
input.value = 'password';
listeners.input();
check(fetched.length === 0, 'typing before focus fetches nothing');
listeners.focus();
listeners.focus();
await new Promise((r) => setTimeout(r, 200));
check(fetched.length === 9, `the nine lists are fetched once (got ${fetched.length})`);
check(attrs['data-score'] === '0', 'the score is published on the output element');
check(warning.textContent === 'VERY-WEAK TOP-TEN', `warning text comes from data attributes (got "${warning.textContent}")`);
check(items.join('|') === 'ANOTHER', `suggestions come from data attributes (got "${items.join('|')}")`);
check(meter.value === 1, 'the meter shows score + 1');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
