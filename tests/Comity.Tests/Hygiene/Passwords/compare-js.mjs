// Runs password-strength.js on strength-fixture.json and compares with the server (C#) results stored there.
// Usage: node compare-js.mjs [repoRoot] [fixture.json]   (repoRoot defaults to four folders up)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? path.resolve(here, '../../../..');
const hygiene = path.join(root, 'src/Modules/Comity.Hygiene');
const strength = createRequire(import.meta.url)(path.join(hygiene, 'wwwroot/js/password-strength.js'));
strength.load(strength.LISTS.map((n) => fs.readFileSync(path.join(hygiene, 'Passwords/Data', n + '.txt'), 'utf8')));
const fixture = JSON.parse(fs.readFileSync(process.argv[3] ?? path.join(here, 'strength-fixture.json'), 'utf8'));
const KINDS = ['Dictionary', 'Spatial', 'Repeat', 'Sequence', 'Year', 'Date', 'BruteForce'];

let passed = 0, failed = 0;
const started = process.hrtime.bigint();
for (const c of fixture.cases) {
  const e = strength.estimate(c.password, c.userInputs, fixture.referenceYear);
  const x = c.expected, problems = [];
  if (Math.abs(e.guessesLog10 - x.guessesLog10) > 1e-8) problems.push(`log10 ${e.guessesLog10} vs ${x.guessesLog10}`);
  if (e.score !== x.score) problems.push(`score ${e.score} vs ${x.score}`);
  if (e.warning !== x.warning) problems.push(`warning ${e.warning} vs ${x.warning}`);
  if (e.suggestions.join() !== x.suggestions.join()) problems.push(`suggestions ${e.suggestions} vs ${x.suggestions}`);
  if (e.note !== x.note) problems.push(`note ${e.note} vs ${x.note}`);
  if (e.offlineCrackTime !== x.offlineCrackTime) problems.push(`crack time ${e.offlineCrackTime} vs ${x.offlineCrackTime}`);
  const patterns = e.sequence.map((m) => `${KINDS[m.pattern]}:${m.start}-${m.end}`).join();
  if (patterns !== x.patterns.join()) problems.push(`patterns ${patterns} vs ${x.patterns}`);
  if (problems.length) { failed++; console.log(JSON.stringify(c.password), problems.join('; ')); } else passed++;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`${fixture.cases.length} fixture passwords in ${ms.toFixed(0)} ms`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
