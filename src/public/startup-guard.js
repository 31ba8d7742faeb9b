// Delega's start-up guard: a classic script, so it runs even when the app's own modules cannot
// load (a deploy removed them, the network dropped). It only reveals index.html's bilingual
// message and reloads on request; the answers stay in localStorage through the reload.
// Once main.tsx runs (it marks <html data-started>), failures are the app's to report.
(function () {
  var root = document.documentElement;
  window.addEventListener(
    'error',
    function (event) {
      var failed = event.target;
      var isCode =
        failed &&
        (failed.tagName === 'SCRIPT' || (failed.tagName === 'LINK' && failed.rel === 'modulepreload'));
      var message = document.getElementById('startup-error');
      if (isCode && message && !root.hasAttribute('data-started')) message.hidden = false;
    },
    true,
  );
  document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('#startup-reload')) window.location.reload();
  });
})();
