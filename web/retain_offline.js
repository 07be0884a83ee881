// Offline, page side (issue 8 point 5): registers the service worker (web/sw.js) and offers a newly
// deployed version without forcing it on an open workspace.
//
// - Registration only where service workers exist, on http(s) pages (never file://).
// - When a new worker has installed beside the one in control, the banner says "A new version of Retain
//   is ready — Reload". Reload first saves the workspace (storage.save_now) and only then tells the new
//   worker to take over and reloads. When the workspace cannot be saved (no storage, read-only, a
//   conflict, a quota error) it asks before reloading, naming why. Nothing reloads by itself.
// - Another tab that took the update: this tab's banner offers a reload too.
// window.RetainOffline holds the state the e2e tests read.
'use strict';

(function () {
  var offline = window.RetainOffline = {
    supported: false, registered: false, update_ready: false, reloading: false, message: '', error: '',
  };
  var banner = document.getElementById('update');
  var text = document.getElementById('update-text');
  var reloadButton = document.getElementById('update-reload');
  var anywayButton = document.getElementById('update-anyway');
  if (!('serviceWorker' in navigator) || (location.protocol !== 'http:' && location.protocol !== 'https:')) {
    offline.error = 'service workers are not available on this page (' + location.protocol + ')';
    return;
  }
  offline.supported = true;

  var waiting = null;     // the installed worker waiting to take over
  var takeOver = false;   // the user asked for the new version: its takeover reloads this page
  var hadController = Boolean(navigator.serviceWorker.controller);

  function show(message, canForce) {
    offline.message = message;
    text.textContent = message;
    anywayButton.hidden = !canForce;
    banner.hidden = false;
  }

  function offer(worker) {
    waiting = worker;
    offline.update_ready = true;
    show('A new version of Retain is ready.', false);
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        // Installed with another worker in control: an update. Without one it is the first install.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
    // A tab left open for days still hears of a deploy: look when it is shown again, and hourly.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
    setInterval(function () { registration.update().catch(function () {}); }, 60 * 60 * 1000);
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (takeOver) {
      reload();
    } else if (hadController) {
      // Another tab let the new version take over; this page still runs the old one.
      offline.update_ready = true;
      show('A new version of Retain is ready.', false);
    }
    hadController = true;
  });

  function reload() {
    if (offline.reloading) return;
    offline.reloading = true;
    location.reload();
  }

  function storage() {
    try { return window.retain.state().storage; } catch (e) { return null; }
  }

  // Saves pending changes, then resolves with the storage state (unsaved still true when it could not).
  function saveFirst() {
    var s = storage();
    if (!s || !(s.unsaved || s.saving)) return Promise.resolve(s);
    if (s.mode !== 'ready') return Promise.resolve(s);
    show('Saving your changes first\u2026', false);
    try { window.retain.command('storage.save_now', {}); } catch (e) { return Promise.resolve(storage()); }
    var deadline = Date.now() + 15000;
    return new Promise(function (resolve) {
      (function poll() {
        var now = storage();
        if (!now || !(now.unsaved || now.saving) || now.save_failed || Date.now() > deadline) resolve(now);
        else setTimeout(poll, 100);
      })();
    });
  }

  function apply(force) {
    var go = function () {
      takeOver = true;
      if (waiting) waiting.postMessage({ type: 'skip_waiting' });
      else reload();  // the new worker already controls this page (another tab took it)
      // A worker that is already active sends no controllerchange: reload anyway.
      if (waiting && waiting.state === 'activated') reload();
    };
    if (force) { go(); return; }
    saveFirst().then(function (s) {
      if (s && (s.unsaved || s.saving)) {
        show('Your latest changes are not saved' + (s.problem ? ' (' + s.problem + ')' : '') +
             '. Reloading now would lose them: export the workspace from the Data view first, or reload anyway.', true);
        return;
      }
      go();
    });
  }

  reloadButton.addEventListener('click', function () { apply(false); });
  anywayButton.addEventListener('click', function () { apply(true); });
  offline.apply = apply;

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js', { scope: './' }).then(function (registration) {
      offline.registered = true;
      watch(registration);
    }).catch(function (e) {
      offline.error = 'the service worker did not register: ' + (e && e.message || e);
    });
  });
})();
