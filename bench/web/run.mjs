#!/usr/bin/env node
// The in-browser half of the benchmark suite (issue 9): the built site in headless Chromium (Debian's,
// through playwright-core), driven through window.retain and the bench hooks of bench_exports.cpp.
//
//   node bench/web/run.mjs --dist DIR --data DIR --out FILE.json [--runs N] [--chromium PATH] [--only import|memory]
//     [--profile FILE.cpuprofile]
//
// Measures: page load to retain.ready and to the first drawn frame; wasm + js size raw and gzipped;
// CSV parse of every dataset file by Retain (in wasm), Papa Parse (header: true), d3-dsv csvParse and a
// bare JS byte scan, in the same page on the same bytes; the import of accounts.csv + usage.csv in
// wasm (plan + commit) and through the app's file-drop path; then, on the imported 100,000 accounts,
// accounts.sort by each column and frame times on Overview, Accounts (sorted, filtered) and Health; peak
// wasm memory. Over the every-file import in wasm: rescore, all metrics, a playbook run, the storage
// snapshot; through the app: an IndexedDB save of the imported workspace and the reload that opens it. Results as JSON (--out); progress on stderr. Never a pass/fail: benchmarks are not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import * as in_page from './in_page.mjs';
import { top_functions } from './profile_summary.mjs';
import { save_and_reload, until } from './storage_timing.mjs';

// The peers' files in the repository's node_modules (npm ci): d3-dsv's "exports" map hides its UMD bundle
// and its package.json from require.resolve.
const package_file = (name, file) => fileURLToPath(new URL(`../../node_modules/${name}/${file}`, import.meta.url));

// The flags of ../../../shared/toolchain.md, plus --expose-gc so runs start from a collected heap.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--enable-webgl', '--ignore-gpu-blocklist',
  '--js-flags=--expose-gc',
];
const PARSERS = ['retain', 'd3_dsv', 'papaparse', 'byte_scan'];
const IMPORT_FILES = ['accounts.csv', 'usage.csv'];
const SORT_COLUMNS = ['name', 'segment', 'owner', 'arr', 'renewal', 'stage'];
const FRAMES = 300;

const log = (text) => process.stderr.write(`bench/web: ${text}\n`);

function parse_args(argv) {
  const o = { dist: 'dist', data: 'build/bench/data', out: null, runs: 3, chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--dist') o.dist = value;
    else if (arg === '--data') o.data = value;
    else if (arg === '--out') o.out = value;
    else if (arg === '--runs') o.runs = Math.max(1, Number(value));
    else if (arg === '--chromium') o.chromium = value;
    else if (arg === '--only') o.only = value;  // 'import': just the two imports, e.g. to compare builds; 'memory': the app's heap
    else if (arg === '--profile') o.profile = value;  // FILE.cpuprofile: Chromium's profile of the imports in wasm
    else throw new Error(`unknown argument ${arg}`);
  }
  return o;
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n === 0 ? NaN : n % 2 ? v[n >> 1] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}

function sizes(dist) {
  const out = {};
  for (const file of ['retain.wasm', 'retain.js', 'retain_page.js', 'index.html']) {
    const bytes = fs.readFileSync(path.join(dist, file));
    out[file] = { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  }
  return out;
}

// Records, from the first script on, when retain.ready resolves and when the app's first frame reached
// the screen (its "retain-first-frame" performance mark, set in the animation frame after the first drawn
// one), in ms since navigation start. Nothing here calls into the app: an earlier version polled
// retain.state() every animation frame, and those calls (tens of ms each at start-up) delayed the very
// frame it timed.
function first_frame_probe() {
  window.__bench_load = {};
  const poll = () => {
    const mark = performance.getEntriesByName('retain-first-frame')[0];
    if (mark) window.__bench_load.first_frame_ms = mark.startTime;
    else setTimeout(poll, 20);
  };
  poll();
  const wait_ready = () => {
    if (window.retain && window.retain.ready) window.retain.ready.then(() => { window.__bench_load.ready_ms = performance.now(); });
    else setTimeout(wait_ready, 5);
  };
  wait_ready();
}

async function measure_parse(page, data, names, runs) {
  const results = [];
  for (const name of names) {
    const bytes = fs.statSync(path.join(data, name)).size;
    for (const parser of PARSERS) {
      const samples = [];
      for (let r = 0; r < runs; r++) samples.push(await page.evaluate(in_page.parse_once, [name, parser]));
      const parse_ms = median(samples.map((s) => s.parse_ms));
      const total_ms = median(samples.map((s) => s.ms));
      results.push({
        file: name, parser, bytes, rows: samples[0].rows, runs,
        parse_ms, total_ms, decode_ms: median(samples.map((s) => s.decode_ms || 0)),
        parse_mb_s: bytes / 1e6 / (parse_ms / 1000), total_mb_s: bytes / 1e6 / (total_ms / 1000),
      });
      log(`parse ${name} ${parser}: ${parse_ms.toFixed(1)} ms (${(bytes / 1e6 / (parse_ms / 1000)).toFixed(0)} MB/s)`);
    }
  }
  return results;
}
// Stops Chromium's sampling profiler, writes the profile for DevTools and logs the functions with the
// most self time.
async function stop_profile(cdp, file) {
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(file, JSON.stringify(profile));
  log(`profile ${file}:`);
  for (const f of top_functions(profile)) log(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name}`);
}

// The app's own wasm heap at 100,000 accounts, in a fresh page (the page above also holds the bench's
// in-wasm imports of every file, and wasm memory never shrinks): after the start, after importing
// accounts.csv + usage.csv through the app, after the Health view's weekly history, after a save to
// IndexedDB. The last is the app's peak.
async function measure_app_memory(context, url) {
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(600_000);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.retain.ready);
    // Storage emptied and the page loaded again, so it starts as a first visit does (the demo), not
    // from the 100,000 accounts the storage timing left there. Storage is ready (the stored workspace
    // read, between frames) before it can be cleared.
    await until(page, (st) => !st.work.opening_stored && !st.work.analysis.running, 120_000, 'work');
    const cleared = await page.evaluate(in_page.command, ['storage.clear', { confirm: true }]);
    if (!cleared.ok) throw new Error(`storage.clear: ${cleared.error}`);
    // IndexedDB answers later: reloading before it has, the stored workspace would open again.
    await until(page, (st) => st.notice.includes('deleted'), 60_000, 'core');
    await page.reload({ waitUntil: 'load' });
    await page.evaluate(() => window.retain.ready);
    const steps = [];
    const heap = async (step) => steps.push(Object.assign({ step }, await page.evaluate(() => ({
      heap_bytes: Module.HEAPU8.length, allocator: JSON.parse(Module.UTF8ToString(Module._retain_bench_heap())) }))));
    await heap('started');
    await page.evaluate(in_page.load_files, IMPORT_FILES);
    await page.evaluate(in_page.command, ['workspace.clear', {}]);
    await page.evaluate(in_page.install_page_helpers);
    const imported = await page.evaluate(in_page.import_through_app, IMPORT_FILES);
    await heap('imported');
    await page.evaluate(in_page.command, ['navigate', { view: 'health' }]);
    await until(page, (st) => st.health.history && st.health.history.ready, 300_000, 'health');
    await heap('health history');
    const before = (await page.evaluate(() => window.retain.state('storage'))).storage;
    if (before.unsaved) {
      await page.evaluate(in_page.command, ['storage.save_now', {}]);
      await until(page, (st) => !st.storage.saving && st.storage.head > before.head);
    }
    await heap('saved');
    // The allocator's figures at each step of the import (in use, and the most taken from the system).
    const import_steps = imported.steps.map((st) => ({ step: st.step, heap: st.heap }));
    return { accounts: imported.accounts, steps, import_steps, peak_bytes: Math.max(...steps.map((m) => m.heap_bytes)) };
  } finally {
    await page.close();
  }
}

async function measure_views(page) {
  const cmd = (name, args = {}) => page.evaluate(in_page.command, [name, args]);
  const out = { sort: [], frames: {} };
  const frames = async (label) => {
    const ms = await page.evaluate(in_page.sample_frames, FRAMES);
    out.frames[label] = { frames: ms.length, median_ms: median(ms), p95_ms: percentile(ms, 95), max_ms: Math.max(...ms) };
    log(`frames ${label}: median ${median(ms).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms over ${ms.length}`);
  };
  await cmd('navigate', { view: 'overview' });
  await frames('overview');
  await cmd('navigate', { view: 'accounts' });
  await page.evaluate(in_page.sample_frames, 5);
  for (const column of SORT_COLUMNS) {
    for (const descending of [false, true]) {
      const r = await cmd('accounts.sort', { column, descending });
      // The sort itself happens when the table is next drawn: the frame after the command holds it.
      const after = await page.evaluate(in_page.sample_frames, 2);
      out.sort.push({ column, descending, ok: r.ok, command_ms: r.page_ms, next_frame_ms: after[0], error: r.error || '' });
    }
  }
  log(`sort: worst frame after a sort ${Math.max(...out.sort.map((s) => s.next_frame_ms)).toFixed(1)} ms`);
  await cmd('accounts.sort', { column: 'arr', descending: true });
  await frames('accounts_sorted');
  await cmd('accounts.filter', { text: 'acme' });
  await frames('accounts_sorted_filtered');
  await cmd('accounts.filter', { text: '' });
  const health = await cmd('navigate', { view: 'health' });
  if (health.ok) await frames('health');
  else out.frames.health = { error: health.error };
  return out;
}

async function main() {
  const o = parse_args(process.argv.slice(2));
  const dist = path.resolve(o.dist), data = path.resolve(o.data);
  const manifest = JSON.parse(fs.readFileSync(path.join(data, 'manifest.json'), 'utf8'));
  const names = Object.values(manifest.files).map((f) => f.file);
  const result = { sizes: sizes(dist) };
  const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-bench-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: o.chromium, headless: true, args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, timeout: 60_000,
    });
    result.browser = `Chromium ${context.browser() ? context.browser().version() : ''}`.trim();
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(600_000);
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    // The dataset comes from disk through the route, beside the site (no copy into dist/).
    await context.route('**/bench-data/*', (route) => {
      const file = path.join(data, path.basename(new URL(route.request().url()).pathname));
      return fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/csv' }) : route.fulfill({ status: 404 });
    });
    const peers = { 'papaparse.min.js': package_file('papaparse', 'papaparse.min.js'),
                    'd3-dsv.min.js': package_file('d3-dsv', 'dist/d3-dsv.min.js') };
    await context.route('**/bench-peers/*', (route) => {
      const file = peers[path.basename(new URL(route.request().url()).pathname)];
      return file ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
    });
    await page.addInitScript(first_frame_probe);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench_load && window.__bench_load.first_frame_ms && window.__bench_load.ready_ms,
      null, { timeout: 60_000 });
    result.load = await page.evaluate(() => window.__bench_load);
    result.browser = result.browser || `Chromium ${await page.evaluate(() => navigator.userAgent)}`;
    log(`load: ready ${result.load.ready_ms.toFixed(0)} ms, first frame ${result.load.first_frame_ms.toFixed(0)} ms`);
    // Same-origin script URLs: the page's Content-Security-Policy refuses inline scripts.
    await page.addScriptTag({ url: '/bench-peers/papaparse.min.js' });
    await page.addScriptTag({ url: '/bench-peers/d3-dsv.min.js' });
    result.peers = {
      papaparse: JSON.parse(fs.readFileSync(package_file('papaparse', 'package.json'), 'utf8')).version,
      d3_dsv: JSON.parse(fs.readFileSync(package_file('d3-dsv', 'package.json'), 'utf8')).version,
    };
    if (o.only === 'memory') {
      result.app_memory = await measure_app_memory(context, server.url);
      log(`app memory: ${result.app_memory.steps.map((m) => `${m.step} ${(m.heap_bytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`);
      if (o.out) fs.writeFileSync(o.out, JSON.stringify(result, null, 2) + '\n');
      return;
    }
    await page.evaluate(in_page.load_files, names);

    const all = o.only !== 'import';
    if (all) result.parse = await measure_parse(page, data, names, o.runs);

    const imports = [];
    // Chromium's sampling profiler over the in-wasm imports (function names need a build linked with
    // --profiling-funcs): the profile for DevTools, and the functions with the most self time.
    const cdp = o.profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    for (let r = 0; r < o.runs; r++) imports.push(await page.evaluate(in_page.import_in_wasm, [IMPORT_FILES, 0]));
    const pick = (key) => median(imports.map((i) => i[key]));
    result.import_wasm = { files: IMPORT_FILES, runs: o.runs, plan_ms: pick('plan_ms'), commit_ms: pick('commit_ms'),
      total_ms: median(imports.map((i) => i.plan_ms + i.commit_ms)), last: imports[imports.length - 1] };
    log(`import in wasm: plan ${result.import_wasm.plan_ms.toFixed(0)} ms + commit ${result.import_wasm.commit_ms.toFixed(0)} ms`);
    if (cdp) await stop_profile(cdp, o.profile);
    log(`  plan by stage (last run): ${(result.import_wasm.last.plan_stages || []).map((st) => `${st.stage} ${st.ms.toFixed(0)} ms`).join(', ')}`);
    if (all) result.import_wasm_all = await page.evaluate(in_page.import_in_wasm, [names, o.runs]);
    if (all) log(`import of every file in wasm: ${(result.import_wasm_all.plan_ms + result.import_wasm_all.commit_ms).toFixed(0)} ms`);
    const an = all && result.import_wasm_all.analysis.analysis;
    if (all) log(`over it in wasm: rescore ${an.rescore_after_weight_change.median_ms.toFixed(1)} ms, all metrics ` +
      `${an.all_metrics.median_ms.toFixed(0)} ms, playbook run ${an.playbook_run.median_ms.toFixed(0)} ms ` +
      `(${an.tasks_created} tasks), snapshot save ${result.import_wasm_all.analysis.storage.snapshot_save.median_ms.toFixed(0)} ms`);

    await page.evaluate(in_page.command, ['workspace.clear', {}]);
    if (cdp) await cdp.send('Profiler.start');
    await page.evaluate(in_page.install_page_helpers);
    result.import_app = await page.evaluate(in_page.import_through_app, IMPORT_FILES);
    if (cdp) await stop_profile(cdp, o.profile.replace(/(\.cpuprofile)?$/, '.app.cpuprofile'));
    log(`import through the app: ${result.import_app.total_ms.toFixed(0)} ms, ${result.import_app.accounts} accounts`);
    if (all) {
      result.backtest_app = await page.evaluate(in_page.backtest_through_app, 90);
      log(`backtest through the app: ${result.backtest_app.ms.toFixed(0)} ms, longest slice of work ` +
        `${result.backtest_app.pump.longest_ms.toFixed(0)} ms, AUC ${result.backtest_app.auc}`);
    }

    if (all) {
      result.views = await measure_views(page);
      result.wasm_memory_bytes = await page.evaluate(() => Module.HEAPU8.length);
      // Last, as it reloads the page: the imported workspace saved to IndexedDB and opened from it again.
      result.storage = await save_and_reload(page, result.import_app.accounts);
      log(`IndexedDB: save held the page ${result.storage.save_blocking_ms.toFixed(0)} ms, committed after ` +
        `${result.storage.commit_after_call_ms.toFixed(0)} ms, ${(result.storage.bytes / 1e6).toFixed(1)} MB; ` +
        `load ${result.storage.load_ms.toFixed(0)} ms, reload to open ${result.storage.reload_to_open_ms.toFixed(0)} ms`);
      // After the storage timing, and with this page closed: the memory page empties storage, which this
      // page (holding 100,000 accounts) would answer by saving them again, and a save from the memory
      // page would turn this one's saving off (it never overwrites another tab's version).
      await page.close();
      result.app_memory = await measure_app_memory(context, server.url);
      log(`app memory: ${result.app_memory.steps.map((m) => `${m.step} ${(m.heap_bytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`);
    }
  } finally {
    if (context) await context.close().catch(() => {});
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
  const text = JSON.stringify(result, null, 2) + '\n';
  if (o.out) fs.writeFileSync(o.out, text);
  else process.stdout.write(text);
}

main().catch((e) => {
  log(e.stack || String(e));
  process.exit(1);
});
