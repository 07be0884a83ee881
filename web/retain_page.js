// The page around the canvas: the Emscripten Module configuration (canvas, fonts, loading screen,
// fatal errors), window.retain (the automation API: ready, state(), command()), and the browser
// events the app needs (keyboard shortcuts, paste, colour-scheme changes). Loaded before retain.js.
'use strict';

(function () {
  var canvas = document.getElementById('canvas');
  var loading = document.getElementById('loading');
  var statusLine = document.getElementById('loading-status');
  var fatalBox = document.getElementById('fatal');
  var resolveReady, rejectReady;
  var started = false;

  var FONTS = ['Inter-Regular.otf', 'Inter-SemiBold.otf', 'fontawesome-webfont.ttf'];

  function showStatus(text) {
    if (statusLine) statusLine.textContent = text;
  }

  function showFatal(message) {
    if (fatalBox) {
      fatalBox.textContent = message;
      fatalBox.hidden = false;
    }
    if (loading) loading.hidden = true;
    rejectReady(new Error(message));
  }

  // Fetch a workspace file and hand its text to the app. Messages say what went wrong in words a user
  // can act on; the app keeps what it had when a load fails.
  function fetchWorkspace(url, source) {
    showStatus('Loading the ' + (source === 'demo' ? 'demo workspace' : url) + '\u2026');
    fetch(url, { cache: 'no-cache' })
      .then(function (response) {
        if (!response.ok) throw new Error('the server answered ' + response.status + ' ' + response.statusText + ' for ' + url);
        return response.text();
      })
      .then(function (text) { openWorkspaceText(text, source, ''); })
      .catch(function (error) { openWorkspaceText('', source, String(error && error.message || error)); });
  }

  // Large texts go through malloc, not ccall's 'string' (which copies onto the small wasm stack).
  function withHeapString(text, use) {
    var ptr = Module.allocateUTF8(text);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  function openWorkspaceText(text, source, error) {
    withHeapString(text, function (ptr) {
      Module.ccall('retain_open_workspace_text', null, ['number', 'string', 'string'], [ptr, source, error]);
    });
  }

  window.Module = {
    canvas: canvas,
    preRun: [function () {
      // Fonts come from Debian's font packages, copied into dist/fonts at build time.
      Module.FS.mkdir('/fonts');
      FONTS.forEach(function (name) {
        Module.FS.createPreloadedFile('/fonts', name, 'fonts/' + name, true, false);
      });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.error(text); },
    setStatus: function (text) { if (text) showStatus(text); },
    onAbort: function (what) { showFatal('Retain stopped: ' + what + '. Reload the page to start again.'); },
    onRuntimeInitialized: function () { started = true; },
    retainFetchWorkspace: fetchWorkspace,
    retainSignalReady: function () {
      if (loading) loading.hidden = true;
      canvas.focus();
      resolveReady();
    },
    retainPasteText: '',
    // Counts input and page events; the app draws frames only while this moves (or its state
    // changes), so a dashboard left open costs nothing.
    retainActivity: 0,
  };

  function noteActivity() { Module.retainActivity++; }
  ['pointermove', 'pointerdown', 'pointerup', 'wheel', 'keydown', 'keyup', 'resize', 'focus', 'blur',
   'paste', 'visibilitychange'].forEach(function (type) {
    window.addEventListener(type, noteActivity, { capture: true, passive: true });
  });

  function requireStarted() {
    if (!started) throw new Error('Retain is not ready yet: await window.retain.ready first');
  }

  window.retain = {
    ready: new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; }),
    state: function () {
      requireStarted();
      return JSON.parse(Module.UTF8ToString(Module._retain_state()));
    },
    command: function (name, args) {
      requireStarted();
      var result = withHeapString(JSON.stringify(args === undefined ? {} : args), function (argsPtr) {
        return Module.ccall('retain_command', 'number', ['string', 'number'], [String(name), argsPtr]);
      });
      return JSON.parse(Module.UTF8ToString(result));
    },
  };

  // Shortcuts the app owns must not also trigger the browser's (find, save, history, tab switching).
  var OWNED = { f: 1, k: 1, s: 1, z: 1, y: 1, '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': 1, '0': 1 };
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && OWNED[String(e.key).toLowerCase()]) e.preventDefault();
  }, true);

  document.addEventListener('paste', function (e) {
    Module.retainPasteText = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
  });

  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function (e) {
      if (started) Module._retain_set_system_theme(e.matches ? 1 : 0);
    });
  }

  window.addEventListener('error', function (e) {
    if (!started) showFatal('Retain could not start: ' + (e.message || 'a script failed to load'));
  });
})();
