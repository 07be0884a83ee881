// The workspace in IndexedDB: the browser side of PlatformHooks::storage_* (src/app/storage.hpp).
//
// Layout (docs/workspace-format.md, "Browser storage"): database "retain", object stores
//   versions  {id, saved_at, header, data: Uint8Array of the workspace snapshot (or, from earlier builds, JSON)}   keyPath "id"
//             and, for a snapshot in several parts, {id: [version, k], data: part k} for k = 1, 2, ...
//   meta      {key: "head", version, versions: [{id, saved_at, saved_at_text, header}]}  keyPath "key"
// - Parts: Chromium refuses a value over 127 MiB, and cloning one big value holds the page for seconds, so
//   C++ cuts the snapshot into parts of a few MB (header.parts lists their lengths and CRC-32s); each is
//   put once the one before is written, so the page draws frames between them while the transaction stays
//   open (a pending request keeps it alive).
// - A save is one readwrite transaction over both stores: it reads the head, refuses (aborts) when the head
//   is not the version this tab last opened or saved, else writes the new version, moves the head and
//   deletes versions older than the last `keep`. IndexedDB commits a transaction whole or not at all, so
//   a tab closed mid-save leaves the previous version or the new one, never a mix.
// - The header (schema, format version, length, CRC-32) is made in C++ and checked there on load; this
//   file never parses the workspace.
// - After a save, a BroadcastChannel message tells the other tabs of this origin.
// Every answer goes to `deliver(event, bytes)`, which hands it to the app (retain_storage_event).
'use strict';

window.RetainStorage = function (deliverToApp) {
  var deliver = deliverToApp;
  var DB_NAME = 'retain';
  var HEAD = 'head';
  var db = null;
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('retain-storage') : null;

  function errorText(e) {
    return (e && (e.name ? e.name + ': ' : '') + (e.message || '')) || String(e);
  }

  function localTime(ms) {
    var d = new Date(ms);
    return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) + ' ' +
      d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  // The record's bytes, or the reason there are none (a damaged record may hold anything).
  function recordBytes(record) {
    if (!record) return { problem: 'the record is missing (the head names a version that is not stored)' };
    var data = record.data;
    if (data instanceof Uint8Array) return { bytes: data };
    if (data instanceof ArrayBuffer) return { bytes: new Uint8Array(data) };
    return { problem: 'the record holds no workspace bytes (found ' + (data === null ? 'null' : typeof data) + ')' };
  }

  // A record whose header lists parts keeps part 0 in `data` and the others under [id, k].
  function hasParts(record) {
    return !!(record && record.header && Array.isArray(record.header.parts) && record.header.parts.length > 1);
  }
  function partRange(id) { return IDBKeyRange.bound([id, 1], [id, Infinity]); }
  // Every part of every version up to `id` (array keys sort after the numeric version ids).
  function partsUpTo(id) { return IDBKeyRange.bound([0], [id, Infinity]); }

  function estimate(to) {
    to = typeof to === 'function' ? to : deliver;
    if (!navigator.storage || !navigator.storage.estimate) return;
    var persisted = navigator.storage.persisted ? navigator.storage.persisted() : Promise.resolve(null);
    Promise.all([persisted, navigator.storage.estimate()]).then(function (r) {
      to({ event: 'estimate', persisted: r[0], usage: r[1].usage, quota: r[1].quota }, null);
    }).catch(function () {});
  }

  // Reads the head and one version (0: the head's) in one read-only transaction, and delivers it (to
  // `to`, the app unless told).
  function read(version, purpose, to) {
    var deliver = to || deliverToApp;
    if (!db) { deliver({ event: 'load_failed', message: 'the database is not open' }, null); return; }
    var tx;
    try { tx = db.transaction(['meta', 'versions'], 'readonly'); } catch (e) {
      deliver({ event: 'load_failed', message: errorText(e) }, null);
      return;
    }
    var head = null, record, rest = null, wanted = version;
    tx.objectStore('meta').get(HEAD).onsuccess = function (e) {
      head = e.target.result || null;
      if (!wanted) wanted = head && typeof head.version === 'number' ? head.version : 0;
      if (!wanted) return;
      tx.objectStore('versions').get(wanted).onsuccess = function (ev) {
        record = ev.target.result;
        if (!hasParts(record)) return;
        tx.objectStore('versions').getAll(partRange(wanted)).onsuccess = function (r) { rest = r.target.result; };
      };
    };
    tx.oncomplete = function () {
      var info = { event: 'record', purpose: purpose, version: wanted || 0, head: head ? head.version : 0,
                   versions: head && Array.isArray(head.versions) ? head.versions : [] };
      if (!wanted) { deliver(info, null); return; }
      var found = recordBytes(record);
      if (found.problem) { info.problem = found.problem; deliver(info, null); return; }
      info.header = record.header;
      if (!rest) { deliver(info, found.bytes); return; }
      // A record in parts: every part's bytes, in order, and the lengths found (C++ checks them and their CRCs).
      var parts = [found.bytes];
      for (var k = 0; k < rest.length; k++) {
        var part = recordBytes(rest[k]);
        if (part.problem) { info.problem = 'part ' + (k + 2) + ': ' + part.problem; deliver(info, null); return; }
        parts.push(part.bytes);
      }
      info.part_bytes = parts.map(function (p) { return p.length; });
      deliver(info, parts);
    };
    tx.onerror = function (e) { e.preventDefault(); };
    tx.onabort = function () { deliver({ event: 'load_failed', message: errorText(tx.error) }, null); };
  }

  // Opened as the page loads, while the wasm is fetched and compiled: the database, the head and its
  // record are read beside it, and their answers held until the app asks for them (open()); before its
  // runtime starts it could not take them. This took the database's open and first read off the start-up's
  // critical path.
  var held = [];
  var asked = false;
  function deliverWhenAsked(event, bytes) {
    if (asked) deliverToApp(event, bytes);
    else held.push([event, bytes]);
  }

  function open() {
    // Later, not inside the app's call (it is still starting up); answers that come meanwhile are held
    // too, so the app gets them all in the order they came.
    setTimeout(function () {
      asked = true;
      held.forEach(function (a) { deliverToApp(a[0], a[1]); });
      held = [];
    }, 0);
  }

  function startOpen() {
    var deliver = deliverWhenAsked;
    if (!window.indexedDB) {
      deliver({ event: 'unavailable', message: 'IndexedDB is not available' }, null);
      return;
    }
    var estimateNow = function () { estimate(deliverWhenAsked); };
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persist().then(estimateNow, estimateNow);
    } else {
      estimateNow();
    }
    var request;
    try { request = indexedDB.open(DB_NAME, 1); } catch (e) {
      deliver({ event: 'unavailable', message: errorText(e) }, null);
      return;
    }
    request.onupgradeneeded = function () {
      var d = request.result;
      if (!d.objectStoreNames.contains('versions')) d.createObjectStore('versions', { keyPath: 'id' });
      if (!d.objectStoreNames.contains('meta')) d.createObjectStore('meta', { keyPath: 'key' });
    };
    request.onerror = function () { deliver({ event: 'unavailable', message: errorText(request.error) }, null); };
    request.onblocked = function () { deliver({ event: 'unavailable', message: 'another tab holds an older database open' }, null); };
    request.onsuccess = function () {
      db = request.result;
      // A newer page version that changes the database layout asks this tab to let go.
      db.onversionchange = function () { db.close(); };
      read(0, 'open', deliverWhenAsked);
    };
  }

  // `parts`: the snapshot's bytes as consecutive Uint8Arrays (one for a small workspace).
  // parts: the snapshot's parts, or places to read them from with read(part) just before each is stored.
  function save(parts, headerJson, expectedHead, keep, read) {
    var bytesOf = read || function (part) { return part; };
    if (!db) { deliver({ event: 'save_failed', kind: 'error', message: 'the database is not open' }, null); return; }
    var header = JSON.parse(headerJson);
    var tx;
    try { tx = db.transaction(['meta', 'versions'], 'readwrite'); } catch (e) {
      deliver({ event: 'save_failed', kind: 'error', message: errorText(e) }, null);
      return;
    }
    var saved = null, conflict = null;
    var meta = tx.objectStore('meta');
    var versions = tx.objectStore('versions');
    meta.get(HEAD).onsuccess = function (e) {
      var head = e.target.result || { key: HEAD, version: 0, versions: [] };
      if (head.version !== expectedHead) {  // another tab saved since this one looked: never overwrite it
        conflict = head;
        tx.abort();
        return;
      }
      var now = Date.now();
      var entry = { id: head.version + 1, saved_at: now, saved_at_text: localTime(now), header: header };
      var k = 0;
      // Part 0 goes in the version's record, part k under [id, k]; each put waits for the one before, and the
      // page lets go of a part once it is handed over.
      function next() {
        if (k < parts.length) {
          var request = k === 0 ? versions.put({ id: entry.id, saved_at: now, header: header, data: bytesOf(parts[0]) })
                                : versions.put({ id: [entry.id, k], data: bytesOf(parts[k]) });
          parts[k++] = null;
          request.onsuccess = next;
          return;
        }
        var list = (Array.isArray(head.versions) ? head.versions : []).concat([entry])
          .filter(function (v) { return v && v.id > entry.id - keep; });
        meta.put({ key: HEAD, version: entry.id, versions: list });
        if (entry.id - keep >= 1) {
          versions.delete(IDBKeyRange.upperBound(entry.id - keep));
          versions.delete(partsUpTo(entry.id - keep));
        }
        saved = { event: 'saved', version: entry.id, versions: list, saved_at_text: entry.saved_at_text };
      }
      next();
    };
    tx.oncomplete = function () {
      deliver(saved, null);
      if (channel) channel.postMessage({ type: 'saved', version: saved.version });
      estimate();
    };
    tx.onerror = function (e) { e.preventDefault(); };
    tx.onabort = function () {
      if (conflict) {
        deliver({ event: 'save_failed', kind: 'conflict', head: conflict.version,
                  versions: Array.isArray(conflict.versions) ? conflict.versions : [] }, null);
        return;
      }
      var error = tx.error;
      var quota = error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message || ''));
      deliver({ event: 'save_failed', kind: quota ? 'quota' : 'error', message: errorText(error || 'the transaction was aborted') }, null);
      estimate();
    };
  }

  function clear() {
    if (!db) { deliver({ event: 'cleared', ok: false, message: 'the database is not open' }, null); return; }
    var tx;
    try { tx = db.transaction(['meta', 'versions'], 'readwrite'); } catch (e) {
      deliver({ event: 'cleared', ok: false, message: errorText(e) }, null);
      return;
    }
    tx.objectStore('meta').clear();
    tx.objectStore('versions').clear();
    tx.oncomplete = function () {
      deliver({ event: 'cleared', ok: true }, null);
      estimate();
    };
    tx.onabort = function () { deliver({ event: 'cleared', ok: false, message: errorText(tx.error) }, null); };
  }

  // A stored record exactly as it is: its bytes, or (when it holds none) the record as JSON.
  function exportRaw(version, download) {
    if (!db) return;
    var tx = db.transaction(['versions'], 'readonly');
    var record, rest = [];
    var store = tx.objectStore('versions');
    store.get(version).onsuccess = function (e) {
      record = e.target.result;
      if (hasParts(record)) store.getAll(partRange(version)).onsuccess = function (r) { rest = r.target.result; };
    };
    tx.oncomplete = function () {
      var found = recordBytes(record);
      var name = 'retain-stored-version-' + version;
      // A snapshot record is binary (the CLI reads it: retain check FILE); earlier records are JSON text.
      // A record in parts downloads as the parts one after another: the snapshot as it was saved.
      var snapshot = record && record.header && record.header.encoding === 'snapshot';
      var bytes = found.bytes ? [found.bytes].concat(rest.map(function (p) { return recordBytes(p).bytes || new Uint8Array(0); })) : null;
      if (bytes && snapshot) download(name + '.retain-snapshot', 'application/octet-stream', bytes);
      else if (bytes) download(name + '.json', 'application/json', bytes);
      else download(name + '-record.json', 'application/json', [new TextEncoder().encode(JSON.stringify(record === undefined ? null : record))]);
    };
  }

  if (channel) {
    channel.onmessage = function (e) {
      var m = e.data || {};
      if (m.type === 'saved' && typeof m.version === 'number') deliver({ event: 'remote_saved', version: m.version }, null);
    };
  }

  function ready() { return db !== null; }

  startOpen();
  return { open: open, save: save, load: function (version, purpose) { read(version, purpose); }, clear: clear,
           exportRaw: exportRaw, ready: ready };
};
