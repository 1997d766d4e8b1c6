/* Comity password strength meter. Same rules and word lists as Comity.Hygiene.Passwords.PasswordStrength (C#);
   keep the two in step: tests/.../compare-js.mjs checks them against a shared fixture. */
(function (root) {
  'use strict';
  var LISTS = ['passwords', 'english', 'french', 'spanish', 'names', 'arabic', 'chinese', 'russian', 'russian-latin'];
  var USER = 9, MAX = 256;
  var words = new Map(), longest = 0;

  // Character rules: code unit by code unit, never the locale's lower-casing (see TextFold.cs).
  var ACC = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿё', PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyе';
  function isUpper(c) { var x = c.charCodeAt(0); return (x >= 65 && x <= 90) || (x >= 0xC0 && x <= 0xDE && x !== 0xD7) || (x >= 0x410 && x <= 0x42F) || x === 0x401; }
  function isLower(c) { var x = c.charCodeAt(0); return (x >= 97 && x <= 122) || (x >= 0xDF && x <= 0xFF && x !== 0xF7) || (x >= 0x430 && x <= 0x44F) || x === 0x451; }
  function foldChar(c) {
    var x = c.charCodeAt(0);
    if ((x >= 65 && x <= 90) || (x >= 0xC0 && x <= 0xDE && x !== 0xD7) || (x >= 0x410 && x <= 0x42F)) c = String.fromCharCode(x + 32);
    else if (x === 0x401) c = 'ё';
    var i = ACC.indexOf(c);
    return i < 0 ? c : PLAIN[i];
  }
  function fold(s) { var r = ''; for (var i = 0; i < s.length; i++) r += foldChar(s[i]); return r; }
  function trim(s) { return s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, ''); }
  function count(s, f) { var n = 0; for (var i = 0; i < s.length; i++) if (f(s[i])) n++; return n; }

  function load(texts) {
    words = new Map(); longest = 0;
    texts.forEach(function (text, list) {
      var rank = 0;
      text.split('\n').forEach(function (line) {
        rank++; line = trim(line);
        if (line && !words.has(line)) { words.set(line, [list, rank, line]); longest = Math.max(longest, line.length); }
      });
    });
  }
  function userWords(inputs) {
    var m = new Map(), lg = 0;
    (inputs || []).forEach(function (s) {
      var w = fold(trim(s));
      if (w.length >= 3 && !m.has(w)) { m.set(w, [USER, m.size + 1, w]); lg = Math.max(lg, w.length); }
    });
    return { map: m, longest: lg };
  }

  // ---- matchers ----
  function M(kind, i, j, pw, extra) { var m = { kind: kind, i: i, j: j, token: pw.slice(i, j + 1) }; for (var k in extra) m[k] = extra[k]; return m; }
  function scan(s, user, found) {
    var lg = Math.max(longest, user.longest);
    for (var i = 0; i < s.length; i++) {
      var last = Math.min(s.length, i + lg) - 1;
      for (var j = i + 2; j <= last; j++) {
        var w = s.slice(i, j + 1), r = words.get(w);
        if (r) found(i, j, r);
        r = user.map.get(w);
        if (r) found(i, j, r);
      }
    }
  }
  var L33T_FROM = '4@8({[<3691!|0$5+7%2', L33T_TO = 'aabcccceggii|ossttxz';
  var AMBIGUOUS = [['1', 'il'], ['|', 'il'], ['7', 'tl']];
  function dictionary(pw, f, user, out) {
    function add(i, j, r, extra) { out.push(M(0, i, j, pw, Object.assign({ list: r[0], rank: r[1], word: r[2], reversed: false, l33t: [] }, extra))); }
    scan(f, user, function (i, j, r) { add(i, j, r, {}); });
    var n = f.length, rev = f.split('').reverse().join('');
    scan(rev, user, function (i, j, r) { add(n - 1 - j, n - 1 - i, r, { reversed: true }); });
    var present = AMBIGUOUS.filter(function (a) { return f.indexOf(a[0]) >= 0; }), seen = new Set();
    for (var combo = 0; combo < 1 << present.length; combo++) {
      var t = '';
      for (var k = 0; k < n; k++) {
        var c = f[k], a = present.findIndex(function (p) { return p[0] === c; });
        if (a >= 0) c = present[a][1][(combo >> a) & 1];
        else { var x = L33T_FROM.indexOf(c); if (x >= 0 && L33T_TO[x] !== '|') c = L33T_TO[x]; }
        t += c;
      }
      if (t === f) return;
      scan(t, user, function (i, j, r) {
        var subs = [];
        for (var q = i; q <= j; q++) if (t[q] !== f[q] && !subs.some(function (s) { return s[0] === f[q] && s[1] === t[q]; })) subs.push([f[q], t[q]]);
        var key = i + ',' + j + ',' + r[2];
        if (subs.length && !seen.has(key)) { seen.add(key); add(i, j, r, { l33t: subs }); }
      });
    }
  }

  // Keyboards as rows of [first key x in half keys, unshifted, shifted]; see KeyboardGraph.cs.
  var GRAPHS = [
    ['qwerty', 0, [[0, '`1234567890-=', '~!@#$%^&*()_+'], [3, 'qwertyuiop[]\\', 'QWERTYUIOP{}|'], [4, "asdfghjkl;'", 'ASDFGHJKL:"'], [5, 'zxcvbnm,./', 'ZXCVBNM<>?']]],
    ['azerty', 0, [[0, '²&é"\'(-è_çà)=', '³1234567890°+'], [3, 'azertyuiop^$', 'AZERTYUIOP¨£'], [4, 'qsdfghjklmù*', 'QSDFGHJKLM%µ'], [3, '<wxcvbn,;:!', '>WXCVBN?./§']]],
    ['jcuken', 0, [[0, 'ё1234567890-=', 'Ё!"№;%:?*()_+'], [3, 'йцукенгшщзхъ\\', 'ЙЦУКЕНГШЩЗХЪ/'], [4, 'фывапролджэ', 'ФЫВАПРОЛДЖЭ'], [5, 'ячсмитьбю.', 'ЯЧСМИТЬБЮ,']]],
    ['keypad', 1, [[2, '/*-', ''], [0, '789+', ''], [0, '456', ''], [0, '123', ''], [0, '0.', '']]]
  ].map(function (g) {
    var keys = new Map(), pos = [], deg = 0;
    g[2].forEach(function (row, r) {
      for (var c = 0; c < row[1].length; c++) {
        var key = pos.length; pos.push([r, row[0] + 2 * c]);
        if (!keys.has(row[1][c])) keys.set(row[1][c], [key, false]);
        if (c < row[2].length && !keys.has(row[2][c])) keys.set(row[2][c], [key, true]);
      }
    });
    function dir(a, b) {
      var dr = pos[b][0] - pos[a][0], dx = pos[b][1] - pos[a][1], ax = Math.abs(dx);
      var near = dr === 0 ? ax === 2 : Math.abs(dr) === 1 && (g[1] ? ax === 0 || ax === 2 : ax === 1);
      return near ? (dr + 1) * 5 + dx + 2 : -1;
    }
    for (var a = 0; a < pos.length; a++) for (var b = 0; b < pos.length; b++) if (dir(a, b) >= 0) deg++;
    return { name: g[0], keys: keys, dir: dir, count: pos.length, degree: deg / pos.length };
  });
  function spatial(pw, out) {
    GRAPHS.forEach(function (graph, g) {
      var i = 0;
      while (i < pw.length) {
        var j = i, turns = 0, last = -1, shifted = 0, k = graph.keys.get(pw[i]);
        if (k) {
          shifted = k[1] ? 1 : 0;
          var key = k[0], nx;
          while (j + 1 < pw.length && (nx = graph.keys.get(pw[j + 1]))) {
            var d = graph.dir(key, nx[0]);
            if (d < 0) break;
            if (d !== last) { turns++; last = d; }
            shifted += nx[1] ? 1 : 0; key = nx[0]; j++;
          }
        }
        if (j - i + 1 >= 3) out.push(M(1, i, j, pw, { graph: g, turns: turns, shifted: shifted }));
        i = j + 1;
      }
    });
  }
  function repeat(pw, guessBase, out) {
    var n = pw.length, i = 0;
    while (i < n) {
      var bestSpan = 0, bestBase = 0;
      for (var b = 1; b <= Math.floor((n - i) / 2); b++) {
        var k = i + b;
        while (k < n && pw[k] === pw[k - b]) k++;
        var span = Math.floor((k - i) / b) * b;
        if (span >= 2 * b && span > bestSpan) { bestSpan = span; bestBase = b; }
      }
      if (!bestSpan) { i++; continue; }
      var base = pw.substr(i, bestBase);
      out.push(M(2, i, i + bestSpan - 1, pw, { base: base, baseGuesses: guessBase(base), repeats: bestSpan / bestBase }));
      i += bestSpan;
    }
  }
  function alphabet(c) {
    var x = c.charCodeAt(0);
    return x >= 97 && x <= 122 ? 0 : x >= 65 && x <= 90 ? 1 : x >= 48 && x <= 57 ? 2 : x >= 0x430 && x <= 0x44F ? 3 : x >= 0x410 && x <= 0x42F ? 4 : x >= 0x621 && x <= 0x64A ? 5 : -1;
  }
  function sequence(pw, out) {
    var n = pw.length, i = 0;
    while (i < n - 1) {
      var al = alphabet(pw[i]), d = pw.charCodeAt(i + 1) - pw.charCodeAt(i);
      if (al < 0 || alphabet(pw[i + 1]) !== al || d === 0 || Math.abs(d) > 5) { i++; continue; }
      var j = i + 1;
      while (j + 1 < n && alphabet(pw[j + 1]) === al && pw.charCodeAt(j + 1) - pw.charCodeAt(j) === d) j++;
      if (j - i + 1 >= 3) out.push(M(3, i, j, pw, { ascending: d > 0 }));
      i = j;
    }
  }
  var ORDERS = ['ymd', 'dmy', 'mdy'];
  function digit(c) { return c >= '0' && c <= '9'; }
  function digitsAt(s, from) { var k = from; while (k < s.length && digit(s[k])) k++; return k - from; }
  function assign(order, a, b, c) {
    var parts = [a, b, c], y = parts[order.indexOf('y')], year = parseInt(y, 10);
    if (y.length === 2) year += year > 50 ? 1900 : 2000; else if (y.length !== 4) year = 0;
    return [year, parseInt(parts[order.indexOf('m')], 10), parseInt(parts[order.indexOf('d')], 10)];
  }
  function valid(c) { return c[1] >= 1 && c[1] <= 12 && c[2] >= 1 && c[2] <= (c[1] === 2 ? 29 : [4, 6, 9, 11].indexOf(c[1]) >= 0 ? 30 : 31) && c[0] >= 1000 && c[0] <= 2050; }
  function lens(p) { return p === 'y' ? [4, 2] : [2, 1]; }
  function unseparated(s) {
    var r = [];
    ORDERS.forEach(function (o) {
      lens(o[0]).forEach(function (la) {
        lens(o[1]).forEach(function (lb) {
          var lc = s.length - la - lb;
          if (lens(o[2]).indexOf(lc) >= 0) r.push(assign(o, s.slice(0, la), s.substr(la, lb), s.slice(la + lb)));
        });
      });
    });
    return r;
  }
  function separated(s) {
    var a = digitsAt(s, 0);
    if (a < 1 || a > 4 || a >= s.length || ' /\\_.-'.indexOf(s[a]) < 0) return [];
    var b = digitsAt(s, a + 1), second = a + 1 + b;
    if (b < 1 || b > 2 || second >= s.length || s[second] !== s[a]) return [];
    var c = digitsAt(s, second + 1);
    if (c < 1 || c > 4 || second + 1 + c !== s.length) return [];
    var pa = s.slice(0, a), pb = s.substr(a + 1, b), pc = s.slice(second + 1), r = [];
    if (a === 2 || a === 4) r.push(assign('ymd', pa, pb, pc));
    if (c === 2 || c === 4) { r.push(assign('dmy', pa, pb, pc)); r.push(assign('mdy', pa, pb, pc)); }
    return r;
  }
  function dates(pw, year, out) {
    var n = pw.length, i, len;
    for (i = 0; i + 4 <= n; i++) {
      var t = pw.substr(i, 4);
      if ((t[0] === '1' && t[1] === '9' || t[0] === '2' && t[1] === '0') && digit(t[2]) && digit(t[3])) out.push(M(4, i, i + 3, pw, { year: parseInt(t, 10) }));
    }
    for (i = 0; i < n; i++) {
      for (len = 4; len <= 10 && i + len <= n; len++) {
        var tok = pw.substr(i, len), all = digitsAt(tok, 0) === len, best = null;
        var cands = len <= 8 && all ? unseparated(tok) : len >= 6 ? separated(tok) : [];
        cands.forEach(function (c) { if (valid(c) && (!best || Math.abs(c[0] - year) < Math.abs(best[0] - year))) best = c; });
        if (best) out.push(M(5, i, i + len - 1, pw, { year: best[0], separator: !all }));
      }
    }
  }

  // ---- guesses (same operation order as Guesses.cs, so the doubles match) ----
  function power(b, e) { var r = 1; for (var k = 0; k < e; k++) r *= b; return r; }
  function binomial(n, k) { if (k < 0 || k > n) return 0; var r = 1; for (var d = 1; d <= k; d++) r = r * (n - k + d) / d; return r; }
  function variations(x, y) {
    if (x === 0 || y === 0) return x + y === 0 ? 1 : 2;
    var s = 0; for (var k = 1; k <= Math.min(x, y); k++) s += binomial(x + y, k); return s;
  }
  function uppercase(t) {
    var up = count(t, isUpper), lo = count(t, isLower);
    if (up === 0) return 1;
    if (lo === 0 || (up === 1 && (isUpper(t[0]) || isUpper(t[t.length - 1])))) return 2;
    return variations(up, lo);
  }
  function guessesOf(m, n, year) {
    var g, len = m.j - m.i + 1;
    if (m.kind === 0) {
      g = m.rank * uppercase(m.token) * (m.reversed ? 2 : 1);
      var f = fold(m.token);
      m.l33t.forEach(function (s) {
        var subbed = count(f, function (c) { return c === s[0]; }), plain = count(m.word, function (c) { return c === s[1]; }) - subbed;
        g *= variations(subbed, Math.max(plain, 0));
      });
    } else if (m.kind === 1) {
      var gr = GRAPHS[m.graph]; g = 0;
      for (var i = 2; i <= len; i++) for (var j = 1; j <= Math.min(m.turns, i - 1); j++) g += binomial(i - 1, j - 1) * gr.count * power(gr.degree, j);
      if (m.shifted) g *= variations(m.shifted, len - m.shifted);
    } else if (m.kind === 2) g = m.baseGuesses * m.repeats;
    else if (m.kind === 3) {
      var c = m.token[0], start = 'aAzZ019аяАЯ\u0627\u064A'.indexOf(c) >= 0 ? 4 : [26, 52, 10, 33, 66][alphabet(c)] || 28;
      g = start * len * (m.ascending ? 1 : 2);
    } else if (m.kind === 4) g = Math.max(Math.abs(m.year - year), 20);
    else g = Math.max(Math.abs(m.year - year), 20) * 365 * (m.separator ? 4 : 1);
    return Math.max(g, len === n ? 1 : len === 1 ? 10 : 50);
  }

  // ---- cheapest decomposition: l parts cost l! × product + 10000^(l−1) (MinimumGuesses.cs) ----
  function search(pw, matches) {
    var n = pw.length, k, l, i;
    if (!n) return [1, []];
    var byEnd = [], best = [], fromI = [], fromM = [];
    for (k = 0; k < n; k++) byEnd.push([]);
    // Adjacent brute-force parts never win, so one starts only at 0 or after a match and ends at the end or before one.
    var mayStart = [true], mayEnd = [];
    mayEnd[n - 1] = true;
    matches.forEach(function (m) { byEnd[m.j].push(m); mayStart[m.j + 1] = true; if (m.i) mayEnd[m.i - 1] = true; });
    function extend(i, j, g, m) {
      if (i === 0) { if (g < best[j][1]) { best[j][1] = g; fromI[j][1] = i; fromM[j][1] = m; } return; }
      var before = best[i - 1], last = Math.min(before.length, best[j].length - 1);
      for (var l = 1; l < last; l++) { var p = before[l] * g; if (p < best[j][l + 1]) { best[j][l + 1] = p; fromI[j][l + 1] = i; fromM[j][l + 1] = m; } }
    }
    var maxParts = Math.floor(n / 4) + 1; // more parts can never beat one brute-force part (see MinimumGuesses.cs)
    for (k = 0; k < n; k++) {
      var size = Math.min(k + 1, maxParts) + 1;
      best.push(new Array(size).fill(Infinity)); fromI.push(new Array(size)); fromM.push(new Array(size));
      byEnd[k].forEach(function (m) { extend(m.i, k, m.guesses, m); });
      var bg = 1;
      for (i = k; i >= 0 && mayEnd[k]; i--) { bg *= 10; if (mayStart[i]) extend(i, k, Math.max(bg, k - i + 1 === n ? 1 : i === k ? 10 : 50), null); }
    }
    var total = Infinity, parts = 1, fact = 1, pen = 1;
    for (l = 1; l < best[n - 1].length; l++) { fact *= l; var t = fact * best[n - 1][l] + pen; if (t < total) { total = t; parts = l; } pen *= 10000; }
    var seq = [];
    for (k = n - 1, l = parts; k >= 0; l--) {
      var s = fromI[k][l], len = k - s + 1;
      seq.push(fromM[k][l] || M(6, s, k, pw, { guesses: Math.max(power(10, len), len === n ? 1 : len === 1 ? 10 : 50) }));
      k = s - 1;
    }
    return [total, seq.reverse()];
  }
  function decompose(pw, user, year) {
    var out = [];
    dictionary(pw, fold(pw), user, out);
    spatial(pw, out);
    repeat(pw, function (b) { return decompose(b, user, year)[0]; }, out);
    sequence(pw, out);
    dates(pw, year, out);
    out.forEach(function (m) { m.guesses = guessesOf(m, pw.length, year); });
    return search(pw, out);
  }

  // ---- feedback (Feedback.cs) ----
  function feedback(score, seq) {
    if (!seq.length) return ['', ['useWords', 'noNeed']];
    if (score > 2) return ['', []];
    var m = seq[0], sg = ['anotherWord'], w = '';
    seq.forEach(function (x) { if (x.j - x.i > m.j - m.i) m = x; });
    if (m.kind === 0) {
      var list = m.list === USER ? 'user' : LISTS[m.list], alone = seq.length === 1, plain = !m.l33t.length && !m.reversed;
      w = list === 'passwords' ? (alone && plain ? (m.rank <= 10 ? 'topTen' : m.rank <= 100 ? 'topHundred' : 'common') : 'similarToCommon')
        : list === 'names' || list === 'arabic' ? (alone ? 'namesByThemselves' : 'commonNames')
        : list === 'user' ? 'userInputs' : alone ? 'wordByItself' : '';
      var up = count(m.token, isUpper), letters = up + count(m.token, isLower);
      if (up === 1 && isUpper(m.token[0])) sg.push('capitalization');
      else if (up > 1 && up === letters) sg.push('allUppercase');
      if (m.reversed && m.token.length >= 4) sg.push('reverseWords');
      if (m.l33t.length) sg.push('l33t');
    } else if (m.kind === 1) { w = m.turns === 1 ? 'straightRow' : 'keyPattern'; sg.push('longerKeyboardPattern'); }
    else if (m.kind === 2) { w = m.base.length === 1 ? 'simpleRepeat' : 'extendedRepeat'; sg.push('repeated'); }
    else if (m.kind === 3) { w = 'sequences'; sg.push('sequencesSuggestion'); }
    else if (m.kind === 4) { w = 'recentYears'; sg.push('recentYearsSuggestion', 'associatedYears'); }
    else if (m.kind === 5) { w = 'dates'; sg.push('datesSuggestion'); }
    return [w, sg];
  }
  var CLASSES = ['instant', 'seconds', 'minutes', 'hours', 'days', 'months', 'years', 'centuries'];
  function crackTime(s) { var lim = [1, 60, 3600, 86400, 86400 * 31, 86400 * 365, 86400 * 36500], c = 0; while (c < 7 && s >= lim[c]) c++; return CLASSES[c]; }

  /** Estimates a password; year defaults to the current UTC year. Same fields as StrengthEstimate (C#). */
  function estimate(pw, userInputs, year) {
    if (year === undefined) year = new Date().getUTCFullYear();
    var note = pw.length > MAX ? 'truncated' : '';
    pw = pw.slice(0, MAX);
    var r = decompose(pw, userWords(userInputs), year), g = r[0];
    var score = g < 1e3 ? 0 : g < 1e6 ? 1 : g < 1e8 ? 2 : g < 1e10 ? 3 : 4, fb = feedback(score, r[1]);
    return {
      guesses: g, guessesLog10: Math.log10(g), score: score, offlineCrackTime: crackTime(g / 1e4), onlineCrackTime: crackTime(g / (100 / 3600)),
      warning: fb[0], suggestions: fb[1], note: note,
      sequence: r[1].map(function (m) { return { pattern: m.kind, start: m.i, end: m.j, token: m.token, guesses: m.guesses }; })
    };
  }

  var api = { LISTS: LISTS, load: load, estimate: estimate };
  if (typeof module === 'object' && module.exports) { module.exports = api; return; }
  root.ComityPasswordStrength = api;

  // ---- page wiring: <input data-password-strength="outputId" data-dict-base="/url/" data-user-inputs='["…"]'>; the output
  // element holds a <meter>, [data-warning], [data-crack] <strong> (texts in data-crack-{class}) and a <ul> of suggestions ----
  function wire(input) {
    var out = document.getElementById(input.getAttribute('data-password-strength')), ready = null;
    if (!out) return;
    function msg(key) { return out.getAttribute('data-msg-' + key.toLowerCase()) || ''; }
    function render() {
      var e = estimate(input.value, JSON.parse(input.getAttribute('data-user-inputs') || '[]'));
      out.setAttribute('data-score', input.value ? e.score : '');
      var meter = out.querySelector('meter'), w = out.querySelector('[data-warning]'), ul = out.querySelector('ul');
      if (meter) meter.value = input.value ? e.score + 1 : 0;
      if (w) w.textContent = input.value ? [out.getAttribute('data-score-' + e.score), msg(e.warning), msg(e.note)].filter(Boolean).join(' ') : '';
      if (ul) { ul.textContent = ''; e.suggestions.forEach(function (k) { var li = document.createElement('li'); li.textContent = msg(k); ul.appendChild(li); }); }
      var crack = out.querySelector('[data-crack] strong');
      if (crack) crack.textContent = input.value ? out.getAttribute('data-crack-' + e.offlineCrackTime) || '' : '';
      out.hidden = !input.value;
    }
    input.addEventListener('focus', function () {
      // Dictionaries are fetched only now, so visitors who never focus the field never download them.
      ready = ready || Promise.all(LISTS.map(function (n) {
        return fetch(input.getAttribute('data-dict-base') + n + '.txt').then(function (r) { if (!r.ok) throw new Error(n); return r.text(); });
      })).then(load).then(render);
    });
    input.addEventListener('input', function () { if (ready) ready.then(render); });
  }
  function init() { Array.prototype.forEach.call(document.querySelectorAll('input[data-password-strength]'), wire); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})(this);
