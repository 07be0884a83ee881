// Offline (issue 8 point 5), end to end: the service worker caches the app shell on the first visit, the
// page then reloads and works with the network off, and a new deployed version is offered, not forced.
//
// These checks serve their own copy of dist/ from a second local server (a new origin, so a fresh service
// worker and IndexedDB), because a "deploy" means changing sw.js there; the shared dist/ is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { expect } from './harness.mjs';

// A fresh context on a copy of dist; `body(ctx, site)` gets {url, dir}; everything is closed afterwards.
async function with_own_site(t, body) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-e2e-site-'));
  fs.cpSync(t.dist, dir, { recursive: true });
  const server = await startServer({ root: dir, port: 0, host: '127.0.0.1' });
  t.allowed_origins.add(new URL(server.url).origin);
  const ctx = await t.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: t.color_scheme });
  try {
    return await body(ctx, { url: server.url, dir });
  } finally {
    await ctx.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function open_app(p, url) {
  await p.goto(url);
  await p.wait_ready(30_000);
  return p.until((s) => s.storage.mode !== 'starting' && !s.loading && s.account_count > 0, 'the app opened a workspace', 30_000);
}

// The service worker's state as the page sees it.
function worker_state(p) {
  return p.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const controller = navigator.serviceWorker.controller;
    const build = controller ? await new Promise((resolve) => {
      const channel = (e) => { if (e.data && e.data.type === 'version') { navigator.serviceWorker.removeEventListener('message', channel); resolve(e.data.build); } };
      navigator.serviceWorker.addEventListener('message', channel);
      navigator.serviceWorker.startMessages();
      controller.postMessage({ type: 'version' });
      setTimeout(() => resolve(null), 3000);
    }) : null;
    return {
      controlled: Boolean(controller), build,
      waiting: Boolean(registration && registration.waiting),
      caches: await caches.keys(),
      offline: window.RetainOffline,
      banner: !document.getElementById('update').hidden,
      banner_text: document.getElementById('update-text').textContent,
    };
  });
}

async function until_worker(p, predicate, what, timeout_ms = 20_000) {
  const deadline = Date.now() + timeout_ms;
  let w;
  for (;;) {
    w = await worker_state(p);
    if (predicate(w)) return w;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not after ${timeout_ms / 1000} s (${JSON.stringify(w)})`);
}

// ---- w1. first visit, then the network off: the page reloads from the cache and works ----
export async function check_offline_reload(t) {
  await with_own_site(t, async (ctx, site) => {
    const p = await t.open_page(ctx, 'offline');
    const first = await open_app(p, site.url);
    const w = await until_worker(p, (x) => x.controlled, 'the service worker controls the page after the first visit');
    expect(w.caches.length === 1 && w.caches[0] === `retain-shell-${w.build}`,
      `one cache named for the build: ${JSON.stringify(w.caches)} (build ${w.build})`);
    t.h.note(`offline: service worker build ${w.build} controls the page; cache ${w.caches[0]}`);

    await ctx.setOffline(true);
    try {
      await p.page.reload({ waitUntil: 'load', timeout: 30_000 });
      await p.wait_ready(30_000);
      const s = await p.until((x) => x.storage.mode !== 'starting' && !x.loading && x.account_count > 0,
        'offline reload: a workspace is open', 30_000);
      expect(s.account_count === first.account_count, `offline reload: ${s.account_count} accounts, ${first.account_count} before`);
      // A command works: the view and a filter change as they would online.
      await p.command('navigate', { view: 'accounts' });
      await p.command('accounts.filter', { text: t.demo_names ? [...t.demo_names.values()][0] : 'a' });
      const filtered = await p.until((x) => x.view === 'accounts' && x.accounts_table.rows >= 1 && x.accounts_table.rows < s.account_count,
        'offline: the accounts filter narrows the table', 10_000);
      await p.app_frames(3);
      await p.screenshot(path.join(t.out, 'offline.png'));
      // And the network really is off: a file the worker does not keep cannot be fetched.
      await p.command('data.fetch', { url: 'not-cached.json' });
      const failed = await p.until((x) => !x.loading, 'offline: the uncached fetch finished', 15_000);
      expect(/Could not reach/.test(failed.last_error), `offline: an uncached URL gave "${failed.last_error}", expected "Could not reach ..."`);
      expect(failed.account_count === s.account_count, 'offline: the failed fetch changed the workspace');
      t.h.note(`offline: reload drew ${filtered.accounts_table.rows} filtered rows; uncached fetch: "${failed.last_error}"`);
    } finally {
      await ctx.setOffline(false);
    }
  });
}

// ---- w2. a new deploy is offered; Reload saves the edit first, then the new version takes over ----
export async function check_update_offered(t) {
  await with_own_site(t, async (ctx, site) => {
    const p = await t.open_page(ctx, 'update');
    await open_app(p, site.url);
    const before = await until_worker(p, (x) => x.controlled, 'the first service worker controls the page');
    expect(!before.banner, 'no update banner before any deploy');

    // A deploy: sw.js changes (as the build's hash does when any shell file changes).
    const sw = path.join(site.dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(`'${before.build}'`, `'${before.build}-deploy2'`));
    // An edit the user has not saved yet when the update arrives.
    const margin = (await p.state()).metrics.settings.gross_margin_pct;
    const edited = margin === 71 ? 72 : 71;
    await p.command('metrics.set_settings', { gross_margin_pct: edited });
    await p.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const offered = await until_worker(p, (x) => x.banner && x.waiting && x.offline.update_ready,
      'the new version is offered in a banner');
    expect(offered.build === before.build, `the old version still runs until the user chooses (build ${offered.build})`);
    expect(/new version of Retain is ready/.test(offered.banner_text), `banner text: "${offered.banner_text}"`);
    await p.screenshot(path.join(t.out, 'update-offered.png'));

    // Nothing is forced: a while later the page is still the old version, with the banner.
    await p.app_frames(5);
    const still = await worker_state(p);
    expect(still.build === before.build && still.waiting, 'the new version took over without being asked');

    // Reload by a real click: the edit is saved first, then the page comes back on the new version.
    const box = await p.page.locator('#update-reload').boundingBox();
    const navigated = p.page.waitForEvent('load', { timeout: 30_000 });
    await p.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await navigated;
    await p.wait_ready(30_000);
    const after = await p.until((x) => x.storage.mode !== 'starting' && !x.loading, 'the new version opened', 30_000);
    expect(after.metrics.settings.gross_margin_pct === edited,
      `the unsaved edit was lost: margin ${after.metrics.settings.gross_margin_pct}, expected ${edited}`);
    expect(after.workspace.loaded_from === 'storage', `after the update the workspace came from "${after.workspace.loaded_from}"`);
    const w = await until_worker(p, (x) => x.controlled && x.build === `${before.build}-deploy2`, 'the new worker controls the page');
    expect(!w.banner && !w.waiting, 'after the update no banner and no waiting worker');
    expect(w.caches.length === 1 && w.caches[0] === `retain-shell-${before.build}-deploy2`,
      `the old cache is gone: ${JSON.stringify(w.caches)}`);
  });
}
