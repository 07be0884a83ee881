// Where the page's load goes: one headless Chromium load of the site, with the resource timings of the
// page's files, the moments the runtime starts and the first frame is drawn, and (--profile FILE) Chromium's
// sampling profile of the load, the functions with the most self time logged (function names need a
// build linked with --profiling-funcs).
//   node bench/web/load_probe.mjs --dist DIR [--runs N] [--profile FILE.cpuprofile] [--chromium PATH]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { top_functions } from './profile_summary.mjs';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--enable-webgl', '--ignore-gpu-blocklist',
];

// The moments of the load, none of them by calling into the app (which would delay what it times).
function probe() {
  window.__load = { marks: {} };
  const mark = (name) => { if (!(name in window.__load.marks)) window.__load.marks[name] = performance.now(); };
  const poll = () => {
    if (window.Module && !window.Module.__probed) {
      window.Module.__probed = true;
      mark('module_configured');
      const init = window.Module.onRuntimeInitialized;
      window.Module.onRuntimeInitialized = function () { mark('runtime_initialized'); if (init) init(); };
    }
    const first = performance.getEntriesByName('retain-first-frame')[0];
    if (first) window.__load.marks.first_frame = first.startTime;
    else setTimeout(poll, 5);
  };
  poll();
  const wait_ready = () => {
    if (window.retain && window.retain.ready) window.retain.ready.then(() => mark('ready'));
    else setTimeout(wait_ready, 5);
  };
  wait_ready();
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const dist = path.resolve(opt('--dist', 'dist'));
  const runs = Number(opt('--runs', '1'));
  const profile_file = opt('--profile', null);
  const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-load-probe-'));
  try {
    for (let r = 0; r < runs; r++) {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: opt('--chromium', process.env.CHROMIUM || '/usr/bin/chromium'), headless: true,
        args: CHROMIUM_FLAGS, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
      });
      const page = context.pages()[0] || await context.newPage();
      await page.addInitScript(probe);
      const cdp = profile_file ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__load.marks.first_frame && window.__load.marks.ready, null, { timeout: 60_000 });
      const marks = await page.evaluate(() => window.__load.marks);
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
        name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize })));
      const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return { dom_content_loaded: n.domContentLoadedEventEnd, load: n.loadEventEnd }; });
      console.log(`run ${r + 1}:`);
      for (const [k, v] of Object.entries({ ...nav, ...marks }).sort((a, b) => a[1] - b[1])) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
      for (const e of resources) console.log(`  ${e.start.toFixed(0).padStart(6)} - ${e.end.toFixed(0).padStart(6)} ms  ${e.name} (${e.bytes} bytes)`);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        fs.writeFileSync(profile_file, JSON.stringify(profile));
        for (const f of top_functions(profile, 25)) console.log(`  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name.slice(0, 120)}`);
      }
      await context.close();
    }
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
