// Writes the password list of strength-fixture.json (results are then filled in by the C# test, see SharedFixtureTests).
// Usage: node tools/make-fixture-cases.mjs <dataDir> <out.json>
import fs from 'node:fs';
const [dataDir, outPath] = process.argv.slice(2);
const list = (n) => fs.readFileSync(`${dataDir}/${n}.txt`, 'utf8').split('\n').filter(Boolean);
// Deterministic pseudo-random choices so the fixture is reproducible.
let seed = 20261123;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) => w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/s/g, '$').replace(/i/g, '1');
const cases = [];
const add = (password, userInputs) => cases.push(userInputs ? { password, userInputs } : { password });

['', 'a', 'password', 'Password1', '123456', 'qwerty', 'iloveyou', 'dragon', 'monkey', 'letmein', 'P@ssw0rd', 'p4ssw0rd!',
  'drowssap', 'Tr0ub4dor&3', 'correcthorsebatterystaple', 'correct horse battery staple', 'CORRECTHORSE', 'cOrReCtHoRsE',
  'zxcvbnm', 'qazwsx', 'qazwsxedc', '1qaz2wsx', '!QAZ2wsx', 'asdfghjkl;', 'azertyuiop', 'wxcvbn', 'qsdfghjklm', 'йцукенгшщзх',
  'фывапролдж', 'ЯЧСМИТЬ', 'ячсмить123', '789456123', '7896321', '147258369', '/*-+', '2580', 'aaaaaa', 'aaaaaaaaaaaaaaaa',
  'abcabcabc', 'xk9qxk9qxk9q', '123123123', 'ababab', 'hellohello', 'abcdefg', 'ABCDEF', 'zyxwvu', '97531', '13579', '0123456789',
  'абвгдеж', 'яюэьыъ', 'АБВГД', '\u062A\u062B\u062C\u062D\u062E', '\u0627\u0628\u062A', 'مرحبا123', 'كلمةالسر', '密码123', '我爱你',
  'woaini', 'woaini1314', 'zhongguo', 'Zhongguo2008', 'wangwei', 'beijing2008', 'women', 'shanghai', 'privet', 'привет', 'Привет2024',
  'наташа', 'natasha1990', 'любовь', 'lyubov', 'marina', 'МАРИНА', 'parol', 'пароль', 'ljubov', 'bonjour', 'soleil', 'motdepasse',
  'jetaime', 'Jetaime!', 'amour', 'contraseña', 'contrasena', 'amor', 'teamo', 'corazon', 'mohammed', 'ahmed', 'fatima', 'Mohamed123',
  'smith', 'johnson', 'garcia', 'maria', 'jose', 'antonio', '13/05/1987', '1987-05-13', '130587', '05131987', '1.1.2001', '31-12-99',
  '2019', '1999', '2026', '2050', '1900', '19871987', 'summer2019', 'Winter2020!', 'june1985', '12/25/2000', '25.12.2000', '0000',
  '111111', '12345678910', '99999999', 'abc123', 'Abc123!', 'q8#Lm2vR!zT7pW4x', 'hT7$kq9Z', 'x', 'xy', 'xyz', '😀😀😀', 'pass😀word',
  'пароль😀', 'ÉCOLE', 'école', 'Ärger', 'naïve', 'Ñandú', 'İstanbul', 'ß', 'ǅemal', 'tab\tchar', 'line\nbreak', ' leading',
  'trailing ', 'two  spaces', 'null\u0000char', 'Ω≈ç√∫', 'ｐａｓｓｗｏｒｄ', 'pass|word', 'pa$$w0rd', '|ove', '1ove', '7ime', '!ncorrect',
  's3cur1ty', 'h4x0r', 'l33t', '(ookie', '<at', 'b4n4n4', 'trustno1', 'football', 'F00tb4ll', 'iloveyou!', 'monkey123', 'sunshine',
  'princess', 'welcome1', 'admin', 'root', 'qwerty123', 'qwertyuiop', 'QWERTYUIOP', 'poiuytrewq', 'mnbvcxz', 'zaq12wsx', '1q2w3e4r',
  '1q2w3e4r5t', 'q1w2e3r4', 'asdf1234', 'zxcv', 'qwer', '6yhn7ujm', 'rfvtgbyhn', 'йфяцычувс', 'ЙЦУКЕН', 'qwertz', 'aqwzsx'].forEach((p) => add(p));

add('comity2026', ['comity', 'alice@example.org']);
add('Alice1987', ['Alice', 'alice@example.org']);
add('ecilA', ['Alice']);
add('regionalcentre', ['regional', 'centre']);
add('r3g10n4l', ['regional']);
add('\uFEFFcomity\u00A0x', ['\uFEFFcomity ', ' Comity\u00A0']);
add('Zanzibar1', ['\tzanzibar\r\n']);
add('x'.repeat(300));
add('Tr0ub4dor&3'.repeat(30));
add('correcthorsebatterystaple'.repeat(12) + 'tail');

const dicts = ['passwords', 'english', 'french', 'spanish', 'names', 'arabic', 'chinese', 'russian', 'russian-latin'].map(list);
for (let k = 0; k < 90; k++) {
  const d = dicts[k % dicts.length];
  const w = pick(d.slice(0, 400));
  const w2 = pick(pick(dicts).slice(0, 800));
  const forms = [w, cap(w), w + rnd(100), w + (1950 + rnd(76)), leet(w), w.split('').reverse().join(''), w + w2, cap(w) + '!' + w2, w.toUpperCase() + rnd(10), w + '_' + w2 + '_' + rnd(1000)];
  add(forms[k % forms.length]);
  add(forms[(k * 7 + 3) % forms.length]);
}
const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*йцукенгшщзфывапролдж';
for (let k = 0; k < 30; k++) { let s = ''; const n = 4 + rnd(20); for (let q = 0; q < n; q++) s += chars[rnd(chars.length)]; add(s); }
for (let k = 0; k < 20; k++) { const d = 1 + rnd(28), m = 1 + rnd(12), y = 1940 + rnd(90); const sep = pick(['', '/', '-', '.', ' ']); const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0'); add(pick([`${dd}${sep}${mm}${sep}${y}`, `${y}${sep}${mm}${sep}${dd}`, `${mm}${sep}${dd}${sep}${String(y).slice(2)}`])); }

const seen = new Set();
const unique = cases.filter((c) => { const k = c.password + '|' + (c.userInputs || []).join(','); if (seen.has(k)) return false; seen.add(k); return true; });
fs.writeFileSync(outPath, JSON.stringify({ referenceYear: 2026, cases: unique }, null, 2) + '\n');
console.log(unique.length, 'cases');
