// The password page's breach check, in the browser: the password's SHA-1 is computed here and only its first five hex
// digits are sent (GET /range/{prefix}, padded with decoys); the suffix is matched here. Without SubtleCrypto (a page
// served over plain HTTP from another host) the script stands aside and the form posts as it does without JavaScript.
(() => {
  const form = document.querySelector('form[data-breach-check]');
  if (!form || !window.crypto || !crypto.subtle || !window.fetch) return;
  const input = form.querySelector('input[type=password]');
  const out = document.getElementById('breach');
  const line = out.querySelector('p');
  const say = (text, bad) => {
    line.textContent = text;
    line.className = `notice ${bad ? 'error' : 'ok'}`;
    out.hidden = false;
  };
  const lang = document.documentElement.lang;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const password = input.value;
    if (!password) { say(out.dataset.empty, true); input.focus(); return; }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password)));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
    const suffix = hex.slice(5);
    let count = 0;
    try {
      const response = await fetch(form.dataset.range + hex.slice(0, 5), { headers: { 'Add-Padding': 'true' }, credentials: 'omit' });
      if (!response.ok) throw new Error(String(response.status));
      for (const row of (await response.text()).split('\n')) {
        const [candidate, seen] = row.trim().split(':');
        if (candidate === suffix) { count = Number(seen); break; }
      }
    } catch {
      say(out.dataset.unavailable, true);
      return;
    }
    say(count > 0 ? out.dataset.found.replace('{0}', count.toLocaleString(`${lang}-u-nu-latn`)) : out.dataset.clean, count > 0);
    // Counted like a check without JavaScript: the note carries the visitor's country choice, if any, and nothing else.
    const country = form.querySelector('input[name=country]');
    fetch(form.dataset.counted, { method: 'POST', body: new URLSearchParams(country ? { country: country.value } : {}), credentials: 'omit', keepalive: true })
      .catch(() => { /* a lost count is not the visitor's problem */ });
  });
})();
