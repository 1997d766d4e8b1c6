// The public campaign's only script, and every page works without it.
// 1. The self-check plan: remember its address on this device (localStorage, never sent anywhere) and offer it back.
// 2. The scam report form: solve the server's small proof of work so the report passes the looser rate limit.
(() => {
  const key = 'comity.plan';
  const planLink = document.getElementById('plan-link');
  if (planLink) {
    try { localStorage.setItem(key, planLink.getAttribute('href')); } catch { /* storage off: the bookmark still works */ }
  }
  const saved = document.getElementById('saved-plan');
  if (saved) {
    let href = null;
    try { href = localStorage.getItem(key); } catch { /* storage off */ }
    if (href && href.startsWith('/') && !href.startsWith('//')) {
      saved.querySelector('a').setAttribute('href', href);
      saved.hidden = false;
    }
  }

  const form = document.querySelector('form[data-proof-bits]');
  if (!form || !window.crypto || !crypto.subtle) return;
  const bits = Number(form.dataset.proofBits);
  const challenge = form.querySelector('input[name=challenge]').value;
  const nonceField = form.querySelector('input[name=nonce]');
  const zeroBits = (bytes) => {
    let n = 0;
    for (const b of bytes) {
      if (b === 0) { n += 8; continue; }
      n += Math.clz32(b) - 24;
      break;
    }
    return n;
  };
  const encoder = new TextEncoder();
  let solving = (async () => {
    for (let nonce = 0; ; nonce++) {
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`)));
      if (zeroBits(hash) >= bits) { nonceField.value = String(nonce); return; }
    }
  })();
  form.addEventListener('submit', (event) => {
    if (nonceField.value) return;
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    solving.then(() => { button.disabled = false; form.requestSubmit(); });
  });
})();
