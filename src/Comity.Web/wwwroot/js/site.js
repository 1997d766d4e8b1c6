// Progressive enhancement only: every form here works without this file.
document.querySelectorAll('form[data-autosubmit] select').forEach((select) => {
  select.addEventListener('change', () => select.form.requestSubmit());
  const button = select.form.querySelector('button[type=submit]');
  if (button) button.hidden = true;
});
