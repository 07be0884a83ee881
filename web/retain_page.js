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
  // Fetched now, beside the wasm: Emscripten runs preRun (where preloaded files used to be requested)
  // only once the module is compiled, which put the fonts' round trip after the wasm's.
  var fontBytes = FONTS.map(function (name) {
    return fetch('fonts/' + name).then(function (response) {
      if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
      return response.arrayBuffer();
    });
  });

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

  // Files above this size are refused before they fill the tab's memory (wasm32 has 4 GB at most, and a
  // workspace needs room for its text and its parsed form at once).
  var MAX_DOWNLOAD_BYTES = 500 * 1024 * 1024;

  function describeSize(bytes) { return (bytes / (1024 * 1024)).toFixed(0) + ' MB'; }

  // Fetches `url` with progress and hands the bytes to the app (`data.open`), or the reason it failed
  // (`data.failed`) in words a user can act on. Resolves when the app has them. Nothing is sent but
  // the request itself: no cookies, no referrer.
  function fetchData(url, source) {
    var resolved;
    try { resolved = new URL(url, document.baseURI); } catch (e) {
      return Promise.resolve(failData('"' + url + '" is not a web address.'));
    }
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
      return Promise.resolve(failData('Only http and https addresses can be loaded, not ' + resolved.protocol));
    }
    // The page's Content-Security-Policy (shell/index.html) lets it fetch other sites over https only:
    // say so instead of reporting a blocked request as an unreachable server.
    if (resolved.protocol === 'http:' && resolved.origin !== window.location.origin) {
      return Promise.resolve(failData('Retain loads files from other sites over https only: try https://' +
        resolved.href.slice('http://'.length)));
    }
    var label = source === 'demo' ? 'the demo workspace' : resolved.href;
    showStatus('Loading ' + label + '\u2026');
    return fetch(resolved.href, { cache: 'no-cache', credentials: 'omit', referrerPolicy: 'no-referrer' })
      .catch(function () {
        throw new Error('Could not reach ' + resolved.host + ' for ' + resolved.href + ': the network is down, the ' +
          'address is wrong, or that server does not let other sites load its files (CORS).');
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('The server answered ' + response.status + (response.statusText ? ' ' + response.statusText : '') +
            ' for ' + resolved.href + '.');
        }
        var total = Number(response.headers.get('Content-Length')) || 0;
        if (total > MAX_DOWNLOAD_BYTES) {
          throw new Error(resolved.href + ' is ' + describeSize(total) + '; Retain loads files up to ' + describeSize(MAX_DOWNLOAD_BYTES) + '.');
        }
        return readWithProgress(response, total, resolved.href);
      })
      .then(function (bytes) { openData(bytes, label, source); })
      .catch(function (error) { failData(String(error && error.message || error)); });
  }

  function readWithProgress(response, total, href) {
    if (!response.body || !response.body.getReader) {
      return response.arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
    }
    var reader = response.body.getReader();
    var chunks = [];
    var received = 0;
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) {
          var bytes = new Uint8Array(received);
          var offset = 0;
          chunks.forEach(function (chunk) { bytes.set(chunk, offset); offset += chunk.length; });
          return bytes;
        }
        received += step.value.length;
        if (received > MAX_DOWNLOAD_BYTES) {
          reader.cancel();
          throw new Error(href + ' is larger than ' + describeSize(MAX_DOWNLOAD_BYTES) + '; Retain loads files up to that size.');
        }
        chunks.push(step.value);
        if (total > 0) Module._retain_load_progress(Math.min(1, received / total));
        return pump();
      });
    }
    return pump();
  }

  // Bytes go through malloc into the wasm heap (they may be any encoding, and large).
  function openData(bytes, name, source) {
    var ptr = Module._malloc(Math.max(1, bytes.length));
    try {
      Module.HEAPU8.set(bytes, ptr);
      Module.ccall('retain_open_data', null, ['number', 'number', 'string', 'string'], [ptr, bytes.length, name, source]);
    } finally {
      Module._free(ptr);
    }
  }

  function failData(message) {
    Module.ccall('retain_data_failed', null, ['string'], [message]);
  }

  // Files chosen in the picker or dropped on the page are read here and handed over like downloads;
  // the app puts CSV and JSON exports into an import it shows before anything changes.
  var fileInput = document.getElementById('file-input');

  function readFiles(files) {
    Array.prototype.reduce.call(files, function (previous, file) {
      return previous.then(function () {
        if (file.size > MAX_DOWNLOAD_BYTES) {
          return failData(file.name + ' is ' + describeSize(file.size) + '; Retain reads files up to ' + describeSize(MAX_DOWNLOAD_BYTES) + '.');
        }
        return file.arrayBuffer()
          .then(function (buffer) { openData(new Uint8Array(buffer), file.name, 'upload'); })
          .catch(function (error) { failData('Could not read ' + file.name + ': ' + (error && error.message || error)); });
      });
    }, Promise.resolve());
  }

  if (fileInput) {
    fileInput.addEventListener('change', function () {
      if (started && fileInput.files.length) readFiles(fileInput.files);
      fileInput.value = '';
    });
  }
  function carriesFiles(e) {
    return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
  }
  window.addEventListener('dragover', function (e) {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', function (e) {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (started) readFiles(e.dataTransfer.files);
  });

  // ?data=<url> in the page address (several allowed) loads those files instead of the demo, one
  // after the other, through the same command the Data view's URL field uses.
  function loadPageData() {
    var urls = new URLSearchParams(window.location.search).getAll('data').filter(function (u) { return u.trim() !== ''; });
    urls.reduce(function (previous, url) {
      return previous.then(function () {
        window.retain.command('data.fetch', { url: url });
        return Module.retainLastFetch;
      });
    }, Promise.resolve());
    return urls.length;
  }

  // Offers bytes as a file download (a Blob behind a temporary object URL): exports and stored records.
  // `bytes`: a Uint8Array, or an array of them written one after another.
  function downloadBytes(name, mime, bytes) {
    var url = URL.createObjectURL(new Blob(Array.isArray(bytes) ? bytes : [bytes], { type: mime }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // Storage answers go to the app with their bytes through malloc (a stored workspace may be large): one
  // Uint8Array, or a record's parts, each copied straight to its place in the heap.
  function deliverStorage(event, bytes) {
    if (!started) return;  // a message from another tab before this one runs: it reads storage at start anyway
    var parts = !bytes ? [] : Array.isArray(bytes) ? bytes : [bytes];
    var length = parts.reduce(function (n, p) { return n + p.length; }, 0);
    var eventPtr = Module.allocateUTF8(JSON.stringify(event));
    var dataPtr = Module._malloc(Math.max(1, length));
    var taken = 0;  // the app keeps the bytes (a large record is read between frames) and frees them itself
    try {
      for (var k = 0, at = dataPtr; k < parts.length; at += parts[k].length, k++) Module.HEAPU8.set(parts[k], at);
      taken = Module._retain_storage_event(eventPtr, dataPtr, length);
    } finally {
      if (!taken) Module._free(dataPtr);
      Module._free(eventPtr);
    }
  }

  // Large texts go through malloc, not ccall's 'string' (which copies onto the small wasm stack).
  function withHeapString(text, use) {
    var ptr = Module.allocateUTF8(text);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  window.Module = {
    canvas: canvas,
    preRun: [function () {
      // Fonts come from Debian's font packages, copied into dist/fonts at build time.
      // A font that did not arrive is left out; the app then says so and uses ImGui's built-in font.
      Module.FS.mkdir('/fonts');
      Module.addRunDependency('fonts');
      Promise.all(fontBytes.map(function (bytes, i) {
        return bytes.then(function (buffer) {
          Module.FS.writeFile('/fonts/' + FONTS[i], new Uint8Array(buffer));
        }, function (e) { console.error('Retain: font not loaded: ' + e.message); });
      })).then(function () { Module.removeRunDependency('fonts'); });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.error(text); },
    setStatus: function (text) { if (text) showStatus(text); },
    onAbort: function (what) { showFatal('Retain stopped: ' + what + '. Reload the page to start again.'); },
    onRuntimeInitialized: function () { started = true; },
    retainFetchData: function (url, source) {
      Module.retainLastFetch = fetchData(url, source);
    },
    retainLastFetch: Promise.resolve(),
    retainLoadPageData: loadPageData,
    retainPickFiles: function () { if (fileInput) fileInput.click(); },
    retainDownloadBytes: downloadBytes,
    retainStorage: window.RetainStorage ? window.RetainStorage(deliverStorage) : null,
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
    // state() is everything; state('storage') (or 'core', 'health', ...) the core fields and one view's
    // section, far cheaper on a large workspace, for a script that polls.
    state: function (section) {
      requireStarted();
      if (section === undefined) return JSON.parse(Module.UTF8ToString(Module._retain_state()));
      var text = Module.UTF8ToString(Module.ccall('retain_state_section', 'number', ['string'], [String(section)]));
      var result = JSON.parse(text);
      if (result.error) throw new Error(result.error);
      return result;
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

  // A page being hidden may be closed next: pending changes are saved at once, not a second later.
  document.addEventListener('visibilitychange', function () {
    if (started && document.visibilityState === 'hidden') Module._retain_storage_flush(0);
  });
  window.addEventListener('pagehide', function () { if (started) Module._retain_storage_flush(1); });

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
