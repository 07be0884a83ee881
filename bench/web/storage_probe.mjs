#!/usr/bin/env node
// Where a save of a large workspace to IndexedDB spends its time, phase by phase, measured from outside
// the app (an init script wraps the storage object and IndexedDB's put / transaction events):
//   call     window.retain.command('storage.save_now') returns (serialize in wasm + copy out of the heap)
//   handed   the page's storage object receives the bytes (the part of the call before IndexedDB)
//   puts     each IDBObjectStore.put (how many, how many bytes)
//   complete / abort / error of each readwrite transaction, with its error name
// plus the wasm heap size, navigator.storage.estimate() before and after, and the reload that opens it.
//
//   node bench/web/storage_probe.mjs --dist dist [--accounts 100000] [--seed 7] [--wait 180]
//
// Prints one JSON object. A diagnostic, not a pass/fail.
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { until } from './storage_timing.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader'];

function parse_args(argv) {
  const o = { dist: 'dist', accounts: 100000, seed: 7, wait_s: 180, chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (arg === '--dist') o.dist = value;
    else if (arg === '--accounts') o.accounts = Number(value);
    else if (arg === '--seed') o.seed = Number(value);
    else if (arg === '--wait') o.wait_s = Number(value);
    else if (arg === '--chromium') o.chromium = value;
    else throw new Error(`unknown argument ${arg}`);
  }
  return o;
}

// Runs in the page before its scripts: records every phase in window.__probe.
function instrument() {
  const log = [];
  const t = () => performance.now();
  window.__probe = { log, note: (what, extra) => log.push(Object.assign({ at: t(), what }, extra || {})) };
  const note = window.__probe.note;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const data = value && value.data;
    const bytes = data && data.byteLength !== undefined ? data.byteLength : 0;
    const t0 = t();
    const r = put.call(this, value, key);
    note('put', { store: this.name, bytes, put_call_ms: t() - t0 });
    return r;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      note('tx_begin', { stores: [].concat(stores) });
      tx.addEventListener('complete', () => note('tx_complete'));
      tx.addEventListener('abort', () => note('tx_abort', { error: tx.error && `${tx.error.name}: ${tx.error.message}` }));
      tx.addEventListener('error', (e) => note('tx_error', { error: e.target.error && `${e.target.error.name}: ${e.target.error.message}` }));
    }
    return tx;
  };
  let made;
  Object.defineProperty(window, 'RetainStorage', {
    configurable: true,
    get() { return made; },
    set(factory) {
      made = function (deliver) {
        const storage = factory(deliver);
        const save = storage.save;
        storage.save = function (bytes) {
          note('handed', { bytes: bytes && (bytes.byteLength !== undefined ? bytes.byteLength : bytes.length) });
          return save.apply(this, arguments);
        };
        return storage;
      };
    },
  });
  window.addEventListener('error', (e) => note('page_error', { message: String(e.message) }));
  window.addEventListener('unhandledrejection', (e) => note('rejection', { message: String(e.reason) }));
}

async function estimate(page) {
  return page.evaluate(async () => {
    const e = await navigator.storage.estimate();
    return { usage: e.usage, quota: e.quota };
  });
}

async function heap(page) {
  return page.evaluate(() => (window.Module && window.Module.HEAPU8 ? window.Module.HEAPU8.buffer.byteLength : null));
}

async function main() {
  const o = parse_args(process.argv.slice(2));
  const server = await startServer({ root: o.dist, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: o.chromium, args: FLAGS });
  const out = { accounts: o.accounts, seed: o.seed, chromium: browser.version() };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') process.stderr.write(`console: ${m.text()}\n`); });
  page.on('crash', () => process.stderr.write('page crashed\n'));
  try {
    await page.goto(server.url);
    await page.evaluate(() => window.retain.ready);
    await until(page, (s) => s.storage.mode === 'ready' && !s.loading);
    out.heap_at_start = await heap(page);
    out.estimate_before = await estimate(page);
    const g0 = Date.now();
    await page.evaluate(([n, seed]) => window.retain.command('workspace.generate_demo', { accounts: n, seed }), [o.accounts, o.seed]);
    out.generate_ms = Date.now() - g0;
    out.heap_after_generate = await heap(page);
    await until(page, (st) => !st.storage.saving);
    const call = await page.evaluate(() => {
      window.__probe.note('call_start');
      const t0 = performance.now();
      const r = window.retain.command('storage.save_now', {});
      window.__probe.note('call_end');
      return { ok: r.ok, error: r.error, ms: performance.now() - t0 };
    });
    out.call = call;
    out.heap_after_call = await heap(page);
    let state;
    try {
      await until(page, (st) => (state = st) && !st.storage.saving, o.wait_s * 1000);
    } catch (e) {
      out.timed_out_after_s = o.wait_s;
    }
    out.storage = state && { head: state.storage.head, status: state.storage.status, problem: state.storage.problem,
      last_save_ms: state.storage.last_save_ms, quota_exceeded: state.storage.quota_exceeded };
    const log = await page.evaluate(() => window.__probe.log);
    const start = (log.find((e) => e.what === 'call_start') || { at: 0 }).at;
    out.phases = log.filter((e) => e.at >= start).map((e) => Object.assign({}, e, { at: Math.round(e.at - start) }));
    out.estimate_after = await estimate(page);
    out.heap_at_end = await heap(page);
    if (state && state.storage.head > 0 && !out.timed_out_after_s) {
      const t0 = Date.now();
      await page.reload();
      await page.evaluate(() => window.retain.ready);
      await until(page, (st) => st.workspace.loaded_from === 'storage' && !st.loading, o.wait_s * 1000);
      const s = await page.evaluate(() => window.retain.state());
      out.reload = { ms: Date.now() - t0, accounts: s.account_count, load_ms: s.storage.last_load_ms };
    }
  } finally {
    console.log(JSON.stringify(out, null, 2));
    await context.close();
    await browser.close();
    await server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
