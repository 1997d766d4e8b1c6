// Builds the ranked word lists under Passwords/Data from npm packages unpacked in $NPM_X (see SOURCES.md).
// Usage: NPM_X=/path/to/unpacked node tools/build-password-data.mjs <outDir>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const X = process.env.NPM_X;
const out = process.argv[2];
const require = createRequire(import.meta.url);
const pkg = (name) => path.join(X, name, 'package');
const json = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

// Same folding as the estimators: lower-case, strip Latin accents, ё→е.
const ACC = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿё';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyе';
const fold = (w) => [...w.toLowerCase()].map((c) => { const i = ACC.indexOf(c); return i < 0 ? c : PLAIN[i]; }).join('');
const ok = (w) => w.length >= 3 && w.length <= 20 && /^[a-z0-9а-я\u0621-\u064a]+$/.test(w);
const clean = (arr) => { const seen = new Set(); const r = []; for (const w0 of arr) { const w = fold(String(w0).trim()); if (ok(w) && !seen.has(w)) { seen.add(w); r.push(w); } } return r; };
// Round-robin merge of ranked lists, so each source contributes its best words first.
const interleave = (...lists) => { const r = []; const n = Math.max(...lists.map((l) => l.length)); for (let i = 0; i < n; i++) for (const l of lists) if (i < l.length) r.push(l[i]); return clean(r); };

const zx = (lang, file) => json(path.join(pkg(`zxcvbn-ts-language-${lang}`), 'src', file));
const passwords = clean(zx('common-4.1.3', 'passwords.json'));
const english = interleave(zx('en-4.1.1', 'wikipedia.json'), zx('en-4.1.1', 'commonWords.json'));
const french = interleave(zx('fr-4.1.2', 'wikipedia.json'), zx('fr-4.1.2', 'commonWords.json'));
const spanish = interleave(zx('es-es-4.1.2', 'wikipedia.json'), zx('es-es-4.1.2', 'commonWords.json'));
const names = interleave(zx('en-4.1.1', 'lastnames.json'), zx('es-es-4.1.2', 'firstnames.json'), zx('es-es-4.1.2', 'lastnames.json'),
  zx('en-4.1.1', 'firstnames.json'), zx('fr-4.1.2', 'firstnames.json'), zx('fr-4.1.2', 'lastnames.json'));
const arabic = interleave(zx('ar-3.1.0', 'firstnames.json').flatMap((n) => n.split('-')), zx('ar-3.1.0', 'lastnames.json'));

// Chinese: jieba's word frequencies, converted to tone-less pinyin written together ("woaini").
const { pinyin } = require(path.join(pkg('pinyin-pro-3.29.4'), 'dist', 'index.js'));
const jieba = fs.readFileSync(path.join(pkg('nodejieba-3.5.8'), 'submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8')
  .split('\n').map((l) => l.split(' ')).filter((p) => p.length >= 2 && /^[\u4e00-\u9fff]{2,}$/.test(p[0]))
  .map((p) => [p[0], +p[1]]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const chinese = clean(jieba.slice(0, 40000).map(([w]) => pinyin(w, { toneType: 'none', type: 'array', v: true }).join('')));

// Russian: hunspell words and first names carry no frequency, so rank each by how early a transliteration of it
// appears in the common-password list (a direct measure of use in passwords), then by length.
const TR = { а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ж: ['zh', 'j'], з: ['z'], и: ['i'], й: ['y', 'i', 'j'],
  к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['h', 'kh'],
  ц: ['c', 'ts'], ч: ['ch'], ш: ['sh'], щ: ['sch', 'shch'], ъ: [''], ы: ['y', 'i'], ь: [''], э: ['e'], ю: ['yu', 'ju', 'u'], я: ['ya', 'ja'] };
const variants = (w) => { let vs = ['']; for (const c of w) { const opts = TR[c] ?? [c]; vs = vs.flatMap((v) => opts.map((o) => v + o)); if (vs.length > 64) vs = vs.slice(0, 64); } return vs; };
const pwRank = new Map(passwords.map((w, i) => [w, i]));
const dic = fs.readFileSync(path.join(pkg('dictionary-ru-3.0.0'), 'index.dic'), 'utf8').split('\n').slice(1).map((l) => l.split('/')[0]);
const rnames = ['names_female', 'names_male'].flatMap((f) => json(path.join(X, 'rn/package/json', f + '.json')).map((o) => o.name));
const ruAll = clean([...dic, ...rnames]).filter((w) => /^[а-я]+$/.test(w) && w.length <= 12);
const ruScored = ruAll.map((w) => { let best = Infinity, form = variants(w)[0]; for (const v of variants(w)) { const r = pwRank.get(v); if (r !== undefined && r < best) { best = r; form = v; } } return { w, best, form }; })
  .sort((a, b) => a.best - b.best || a.w.length - b.w.length || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
const russian = ruScored.map((s) => s.w);
const russianLatin = clean(ruScored.map((s) => s.form));

const lists = { passwords, english, french, spanish, names, arabic, chinese, russian, 'russian-latin': russianLatin };
// Caps chosen so the nine files stay near 60 KB gzipped in total (the page budget).
const caps = { passwords: 6000, english: 3000, french: 1800, spanish: 1800, names: 1800, arabic: 500, chinese: 1800, russian: 1400, 'russian-latin': 700 };

// Each word stays only in the list where it ranks best, and a short word must rank below 10^length to be kept.
const best = new Map();
for (const [name, l] of Object.entries(lists)) l.slice(0, caps[name]).forEach((w, i) => { const b = best.get(w); if (!b || i < b.rank) best.set(w, { name, rank: i }); });
fs.mkdirSync(out, { recursive: true });
for (const [name, l] of Object.entries(lists)) {
  const kept = l.slice(0, caps[name]).filter((w, i) => best.get(w).name === name && best.get(w).rank === i && i + 1 < 10 ** w.length);
  fs.writeFileSync(path.join(out, name + '.txt'), kept.join('\n') + '\n');
  console.log(name.padEnd(14), kept.length, kept.slice(0, 12).join(' '));
}
