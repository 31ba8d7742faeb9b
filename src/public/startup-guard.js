// Delega's start-up guard: a classic script, so it runs even when the app's own modules cannot
// load (a deploy removed them, the network dropped). It only reveals index.html's bilingual
// message and reloads on request; the answers stay in localStorage through the reload.
(function () {
  function show() {
    var message = document.getElementById('startup-error');
    if (message) message.hidden = false;
  }
  window.addEventListener(
    'error',
    function (event) {
      var failed = event.target;
      if (failed && (failed.tagName === 'SCRIPT' || (failed.tagName === 'LINK' && failed.rel === 'modulepreload')))
        show();
    },
    true,
  );
  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'startup-reload') window.location.reload();
  });
})();
