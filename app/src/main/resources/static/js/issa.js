// ISSA's only script: print buttons, and the CSRF token on htmx requests. No inline scripts (CSP).
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-print]');
  if (t) { window.print(); }
});
document.addEventListener('htmx:configRequest', function (e) {
  var input = document.querySelector('input[name="_csrf"]');
  if (input) { e.detail.headers['X-CSRF-TOKEN'] = input.value; }
});
