// Emscripten --js-library: the browser functions behind src/platform/web/browser_bridge.cpp.
// Each is small and synchronous except retain_js_request_demo, which answers later through the
// exported C functions retain_open_data / retain_data_failed. Page-level glue lives in web/retain_page.js.
mergeInto(LibraryManager.library, {
  retain_js_canvas_metrics: function (widthPtr, heightPtr, ratioPtr) {
    var canvas = Module['canvas'];
    HEAP32[widthPtr >> 2] = Math.max(1, Math.round(canvas.clientWidth));
    HEAP32[heightPtr >> 2] = Math.max(1, Math.round(canvas.clientHeight));
    HEAPF64[ratioPtr >> 3] = window.devicePixelRatio || 1;
  },

  // Sets the backing store through Emscripten's Browser so GLFW's window and framebuffer sizes follow.
  // (glfwSetWindowSize would request fullscreen when the size happens to equal the screen's.)
  retain_js_resize_canvas__deps: ['$Browser'],
  retain_js_resize_canvas: function (width, height) {
    Browser.setCanvasSize(width, height);
  },

  retain_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  retain_js_is_mac: function () {
    return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
  },

  // The user's local calendar date as yyyymmdd: "today" is a civil date where the user is.
  retain_js_today: function () {
    var d = new Date();
    return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
  },

  retain_js_request_demo: function () {
    Module['retainFetchData']('demo-workspace.json', 'demo');
  },

  // The work pump (app/background_work.hpp, run_work_between_frames): one MessageChannel message at a
  // time calls retain_work for a slice and posts the next while it says work remains. Message tasks run
  // back to back without setTimeout's 4 ms clamp, and the browser still runs an animation frame that is
  // due between two of them, so the page keeps drawing while the work gets the rest of the main thread.
  retain_js_request_work: function () {
    var pump = Module['retainWorkPump'];
    if (!pump) {
      pump = Module['retainWorkPump'] = { channel: new MessageChannel(), posted: false };
      pump.channel.port1.onmessage = function () {
        pump.posted = false;
        if (Module['_retain_work'](12) && !pump.posted) {
          pump.posted = true;
          pump.channel.port2.postMessage(0);
        }
      };
    }
    if (pump.posted) return;
    pump.posted = true;
    pump.channel.port2.postMessage(0);
  },

  retain_js_performance_mark: function (name) {
    if (window.performance && performance.mark) performance.mark(UTF8ToString(name));
  },

  retain_js_pick_files: function () {
    Module['retainPickFiles']();
  },

  retain_js_fetch_url: function (urlPtr) {
    Module['retainFetchData'](UTF8ToString(urlPtr), 'url');
  },

  // Starts loading the page address's ?data= files; returns how many there are.
  retain_js_load_page_data: function () {
    return Module['retainLoadPageData']();
  },

  retain_js_set_clipboard: function (textPtr) {
    var text = UTF8ToString(textPtr);
    Module['retainPasteText'] = text;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
  },

  retain_js_clipboard_text: function () {
    return allocateUTF8(Module['retainPasteText'] || '');
  },

  retain_js_set_page_theme: function (dark) {
    document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  },

  // Offers bytes from the wasm heap as a file download (a Blob behind a temporary object URL).
  retain_js_download: function (namePtr, mimePtr, dataPtr, length) {
    Module['retainDownloadBytes'](UTF8ToString(namePtr), UTF8ToString(mimePtr), HEAPU8.slice(dataPtr, dataPtr + length));
  },

  // Browser storage (web/retain_storage.js, created by retain_page.js as Module.retainStorage).
  retain_js_storage_open: function () {
    Module['retainStorage'].open();
  },

  // `table` holds (address, length) pairs, one per part. The parts stay in the wasm heap until the save
  // answers (app/storage_state.hpp), so each is copied out only when it is stored: 4 MiB at a time instead
  // of the whole snapshot in one go (issue 9, never frozen). HEAPU8 is read at each call, as memory
  // growth replaces it.
  retain_js_storage_save: function (table, count, headerPtr, expectedHead, keep) {
    var parts = [];
    for (var k = 0; k < count; k++) {
      var at = HEAPU32[(table >> 2) + 2 * k], length = HEAPU32[(table >> 2) + 2 * k + 1];
      parts.push({ at: at, length: length });
    }
    Module['retainStorage'].save(parts, UTF8ToString(headerPtr), expectedHead, keep, function (part) {
      return HEAPU8.slice(part.at, part.at + part.length);
    });
  },

  retain_js_storage_load: function (version, purposePtr) {
    Module['retainStorage'].load(version, UTF8ToString(purposePtr));
  },

  retain_js_storage_clear: function () {
    Module['retainStorage'].clear();
  },

  retain_js_storage_export_raw: function (version) {
    Module['retainStorage'].exportRaw(version, Module['retainDownloadBytes']);
  },

  retain_js_activity: function () {
    return Module['retainActivity'] | 0;
  },

  retain_js_signal_ready: function () {
    Module['retainSignalReady']();
  },
});
