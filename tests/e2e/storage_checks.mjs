// Browser storage, end to end in real Chromium (issue 8, points 1-3 and 9): the workspace survives a
// reload, closing the page in the middle of saves never leaves a broken workspace, a damaged record is
// reported and the previous version restored, a second tab follows the first (and a stale tab never
// overwrites a newer save), and a record of a newer format opens read-only.
//
// Each check runs in its own fresh browser context, so its IndexedDB starts empty and the main tab's
// workspace (used by the other checks) is never touched. IndexedDB is read and damaged by hand with
// page.evaluate, as an outside agent (a crash, a disk error, a newer Retain) would.
import fs from 'node:fs';
import path from 'node:path';

import { CheckFailure, expect, sleep } from './harness.mjs';

async function fresh_context(t) {
  const ctx = await t.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: t.color_scheme, acceptDownloads: true });
  // window.__e2e_idb(stores, mode, body): runs body(tx) in one transaction of the app's database and
  // resolves with what body put in `out` once the transaction completes.
  await ctx.addInitScript(() => {
    window.__e2e_idb = (stores, mode, body) => new Promise((resolve, reject) => {
      const open = indexedDB.open('retain');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(stores, mode);
        const out = {};
        body(tx, out);
        tx.oncomplete = () => { db.close(); resolve(out); };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  return ctx;
}

// Runs `body(ctx)` in a fresh context (its own, empty IndexedDB), closed afterwards.
async function in_fresh_context(t, body) {
  const ctx = await fresh_context(t);
  try {
    return await body(ctx);
  } finally {
    await ctx.close();
  }
}

// Opens (or reloads) the app and waits until storage has answered and the first workspace is open.
async function open_app(t, p, what) {
  await p.goto(t.url);
  await p.wait_ready(30_000);
  return p.until((s) => s.storage.mode !== 'starting' && !s.loading, `${what}: storage answered`, 20_000);
}

async function new_tab(t, ctx, label) {
  const p = await t.open_page(ctx, label);
  await open_app(t, p, label);
  return p;
}

const margin = (s) => s.metrics.settings.gross_margin_pct;

async function set_margin(p, value) {
  await p.command('metrics.set_settings', { gross_margin_pct: value });
}

// Waits until this tab's changes are all stored (at least version `min_head`).
async function until_saved(p, min_head, what, timeout_ms = 10_000) {
  return p.until((s) => s.storage.mode === 'ready' && !s.storage.saving && !s.storage.unsaved && s.storage.head >= min_head,
    `${what}: saved as version ${min_head} or later`, timeout_ms);
}

// What IndexedDB holds, read directly: the head and every record's id, header and byte length.
async function read_db(p) {
  return p.page.evaluate(() => window.__e2e_idb(['meta', 'versions'], 'readonly', (tx, out) => {
    out.records = [];
    tx.objectStore('meta').get('head').onsuccess = (e) => { out.head = e.target.result || null; };
    tx.objectStore('versions').openCursor().onsuccess = (e) => {
      const c = e.target.result;
      if (!c) return;
      const r = c.value;
      const head = r.data ? new TextDecoder().decode(r.data.slice(0, 80)) : '';
      const m = /"version":(\d+)/.exec(head);
      out.records.push({ id: r.id, header: r.header, length: r.data && r.data.length, text_version: m ? Number(m[1]) : null });
      c.continue();
    };
  }));
}

// ---- s1. an edit survives a reload ----
export async function check_edit_survives_reload(t) {
  await in_fresh_context(t, async (ctx) => {
    const p = await t.open_page(ctx, 'storage-reload');
    let s = await open_app(t, p, 'first visit');
    expect(s.storage.mode === 'ready' && s.storage.head === 0, `first visit: storage ${JSON.stringify(s.storage)}`);
    expect(s.account_count > 200, `first visit opens the demo, got ${s.account_count} accounts`);
    await sleep(1_500);
    s = await p.state();
    expect(s.storage.head === 0, `opening the demo saved a version (${s.storage.head}); only changes are saved`);
    const value = margin(s) === 61 ? 62 : 61;
    await set_margin(p, value);
    s = await p.state();
    expect(s.storage.unsaved, 'right after an edit the indicator says unsaved');
    s = await until_saved(p, 1, 'the edit', 10_000);
    expect(/^Saved/.test(s.storage.status), `after saving the status reads "${s.storage.status}"`);
    // The estimate arrives after the save; a fresh (incognito-like) context may report no usage at all.
    s = await p.until((st) => st.storage.quota_bytes > 0, 'navigator.storage.estimate() reported', 5_000);
    expect(s.storage.usage_bytes >= 0 && s.storage.quota_bytes >= s.storage.usage_bytes,
      `storage estimate: usage ${s.storage.usage_bytes}, quota ${s.storage.quota_bytes}`);
    const db = await read_db(p);
    expect(db.head && db.head.version === 1 && db.records.length === 1, `IndexedDB after one save: ${JSON.stringify(db.head)}`);
    expect(db.records[0].header.bytes === db.records[0].length && db.records[0].text_version !== null &&
      db.records[0].header.format_version === db.records[0].text_version,
      `the record's header ${JSON.stringify(db.records[0].header)} does not describe its ${db.records[0].length} bytes`);

    s = await open_app(t, p, 'reload');
    expect(margin(s) === value, `after reload gross_margin_pct is ${margin(s)}, expected the edit ${value}`);
    expect(s.workspace.loaded_from === 'storage' && s.storage.head === 1,
      `after reload: loaded_from "${s.workspace.loaded_from}", head ${s.storage.head}`);
    expect(s.last_error === '', `after reload last_error is ${JSON.stringify(s.last_error)}`);
    await p.command('navigate', { view: 'data' });
    await p.app_frames(3);
    await p.screenshot(path.join(t.out, 'storage-data-view.png'));
    t.h.note(`storage: saved and reopened; persisted=${s.storage.persisted}, usage ${s.storage.usage_bytes} of ` +
      `${s.storage.quota_bytes} bytes; status "${s.storage.status}"`);
  });
}

// ---- s2. closing the page in the middle of saves, 20 times ----
export async function check_reload_mid_save(t) {
  await in_fresh_context(t, async (ctx) => {
    const p = await t.open_page(ctx, 'storage-crash');
    let s = await open_app(t, p, 'first visit');
    let stored = margin(s);
    let kept_new = 0;
    for (let i = 0; i < 20; i++) {
      const value = 10 + i;
      await set_margin(p, value);
      // Even rounds start the save themselves; odd rounds leave before the autosave, so the page's own
      // pagehide flush starts it. The page is left 0 to 475 ms later: some saves land, others are cut.
      if (i % 2 === 0) await p.command('storage.save_now', {});
      await sleep(25 * i);
      s = await open_app(t, p, `reload ${i + 1}`);
      expect(s.storage.mode === 'ready', `reload ${i + 1}: storage is "${s.storage.mode}": ${s.storage.problem}`);
      expect(s.account_count > 200 && s.last_error === '',
        `reload ${i + 1}: ${s.account_count} accounts, last_error ${JSON.stringify(s.last_error)}`);
      const now = margin(s);
      expect(now === value || now === stored,
        `reload ${i + 1}: gross_margin_pct ${now} is neither the last stored value ${stored} nor the new ${value}`);
      if (now === value) kept_new++;
      stored = now;
    }
    expect(kept_new > 0, 'no save of the 20 landed before the page was left, even after 475 ms');
    const db = await read_db(p);
    expect(db.head && db.records.length <= 5 && db.head.versions.length === db.records.length,
      `after 20 rounds IndexedDB holds ${db.records.length} records and lists ${db.head.versions.length} (at most 5 kept)`);
    t.h.note(`storage: 20 reloads mid-save, every one opened a valid workspace; the new value was kept ${kept_new} times; ` +
      `${db.records.length} versions kept, head ${db.head.version}`);
  });
}

// ---- s3. a damaged record: the app starts, says so, exports it raw, restores the previous version ----
export async function check_damaged_record(t) {
  await in_fresh_context(t, async (ctx) => {
    const p = await t.open_page(ctx, 'storage-damaged');
    await open_app(t, p, 'first visit');
    await set_margin(p, 41);
    await until_saved(p, 1, 'first edit');
    await set_margin(p, 42);
    await until_saved(p, 2, 'second edit');
    const damaged = await p.page.evaluate(() => window.__e2e_idb(['versions'], 'readwrite', (tx, out) => {
      const store = tx.objectStore('versions');
      store.get(2).onsuccess = (e) => {
        const record = e.target.result;
        const junk = new Uint8Array(record.data.length);
        for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 7) & 0xff;
        record.data = junk;
        store.put(record);
        out.length = junk.length;
      };
    }));
    expect(damaged.length > 1000, `could not damage the record: ${JSON.stringify(damaged)}`);
    let s = await open_app(t, p, 'reload over a damaged record');
    expect(s.storage.mode === 'damaged' && s.storage.damaged_version === 2,
      `damaged record: storage ${JSON.stringify({ mode: s.storage.mode, damaged: s.storage.damaged_version })}`);
    expect(/damaged/.test(s.storage.problem) && /checksum/.test(s.storage.problem), `the message says what happened: "${s.storage.problem}"`);
    await p.app_frames(3);
    await p.screenshot(path.join(t.out, 'storage-damaged.png'));

    const waiting = p.page.waitForEvent('download', { timeout: 15_000 });
    await p.command('storage.export_raw', { version: 2 });
    const download = await waiting;
    const file = path.join(t.out, download.suggestedFilename());
    await download.saveAs(file);
    const raw = fs.readFileSync(file);
    expect(raw.length === damaged.length && raw[0] === 7 && raw[1] === ((131 + 7) & 0xff),
      `the raw export is not the stored bytes (${raw.length} bytes starting ${raw[0]}, ${raw[1]})`);

    await sleep(1_500);
    const untouched = await read_db(p);
    expect(untouched.head.version === 2, `while damaged, nothing was saved over it (head ${untouched.head.version})`);

    await p.command('storage.restore', { version: 1 });
    s = await until_saved(p, 3, 'restore of version 1');
    expect(margin(s) === 41, `after restoring version 1 gross_margin_pct is ${margin(s)}, expected 41`);
    s = await open_app(t, p, 'reload after restore');
    expect(s.storage.mode === 'ready' && s.storage.head === 3 && margin(s) === 41,
      `after restore and reload: mode ${s.storage.mode}, head ${s.storage.head}, margin ${margin(s)}`);
    t.h.note(`storage: damaged record reported, exported raw (${raw.length} bytes), version 1 restored as version 3`);
  });
}

// ---- s4. two tabs: the second follows the first; a stale tab never overwrites a newer save ----
export async function check_two_tabs(t) {
  await in_fresh_context(t, async (ctx) => {
    const p1 = await new_tab(t, ctx, 'storage-tab1');
    const p2 = await new_tab(t, ctx, 'storage-tab2');
    await set_margin(p1, 77);
    await until_saved(p1, 1, 'tab 1 edit');
    let s2 = await p2.until((s) => margin(s) === 77, 'tab 2 follows tab 1', 10_000);
    expect(s2.storage.head === 1 && /Another tab/.test(s2.notice), `tab 2: head ${s2.storage.head}, notice "${s2.notice}"`);

    // Both edit at about the same time: whichever saves second must find the head moved and ask.
    await set_margin(p2, 55);
    await set_margin(p1, 66);
    await p1.command('storage.save_now', {}, { must_succeed: false });
    const deadline = Date.now() + 15_000;
    let a, b;
    for (;;) {
      [a, b] = [await p1.state(), await p2.state()];
      if (a.storage.mode === 'conflict' || b.storage.mode === 'conflict') break;
      if (Date.now() > deadline) throw new CheckFailure(`no tab saw the conflict: tab 1 ${a.storage.status}, tab 2 ${b.storage.status}`);
      await sleep(100);
    }
    const [stale, other] = a.storage.mode === 'conflict' ? [p1, p2] : [p2, p1];
    const stale_value = margin(a.storage.mode === 'conflict' ? a : b);
    const other_state = await until_saved(other, 2, 'the tab that saved first');
    const db = await read_db(p1);
    expect(db.head.version === other_state.storage.head,
      `the stale tab overwrote the newer save: head ${db.head.version}, the other tab saved ${other_state.storage.head}`);
    await stale.app_frames(3);
    await stale.screenshot(path.join(t.out, 'storage-conflict.png'));

    // The stale tab keeps its own: saved on top; the other tab (nothing unsaved) follows quietly.
    await stale.command('storage.keep_mine', {});
    const kept = await until_saved(stale, db.head.version + 1, 'keep mine');
    await other.until((s) => margin(s) === stale_value && s.storage.head === kept.storage.head,
      `the other tab follows "keep mine" (${stale_value})`, 10_000);
    t.h.note(`storage: tab 2 followed tab 1; conflict seen by the ${stale === p1 ? 'first' : 'second'} tab, resolved by keep mine as version ${kept.storage.head}`);
  });
}

// ---- s5. a record of a newer format opens read-only ----
export async function check_newer_format(t) {
  await in_fresh_context(t, async (ctx) => {
    const p = await t.open_page(ctx, 'storage-newer');
    await open_app(t, p, 'first visit');
    // A newer Retain's save: the demo one format version up, with a correct header, written as version 1.
    const newer = await p.page.evaluate(async () => {
      let newer = 0;
      const text = (await (await fetch('demo-workspace.json')).text())
        .replace(/"version":(\d+)/, (_, v) => { newer = Number(v) + 1; return `"version":${newer}`; });
      const bytes = new TextEncoder().encode(text);
      let crc = 0xffffffff;
      for (const b of bytes) {
        crc ^= b;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
      }
      crc = (crc ^ 0xffffffff) >>> 0;
      const header = { schema: 'retain.workspace', format_version: newer, bytes: bytes.length, crc32: crc, name: 'From the future', accounts: 0 };
      await window.__e2e_idb(['meta', 'versions'], 'readwrite', (tx) => {
        tx.objectStore('versions').put({ id: 1, saved_at: Date.now(), header, data: bytes });
        tx.objectStore('meta').put({ key: 'head', version: 1, versions: [{ id: 1, saved_at: Date.now(), saved_at_text: 'now', header }] });
      });
      return newer;
    });
    let s = await open_app(t, p, 'reload over a newer record');
    expect(s.storage.mode === 'read_only' && /newer Retain/.test(s.storage.problem),
      `newer record: mode ${s.storage.mode}, problem "${s.storage.problem}"`);
    expect(s.account_count > 200, `the newer record's workspace is shown read-only (${s.account_count} accounts)`);
    await set_margin(p, 33);
    const refused = await p.command('storage.save_now', {}, { must_succeed: false });
    expect(!refused.ok && /newer/.test(refused.error), `save_now in read-only mode: ${JSON.stringify(refused)}`);
    await sleep(1_500);
    const db = await read_db(p);
    expect(db.head.version === 1 && db.records.length === 1 && db.records[0].header.format_version === newer,
      `read-only mode wrote to storage: head ${db.head.version}, ${db.records.length} records`);
    await p.app_frames(3);
    await p.screenshot(path.join(t.out, 'storage-read-only.png'));
    s = await p.state();
    t.h.note(`storage: newer format opened read-only: "${s.storage.status}"`);
  });
}

// ---- s6. a big workspace (over Chromium's 127 MiB limit for one value) is saved in parts and reopened ----
export async function check_big_workspace(t, accounts = 100_000) {
  await in_fresh_context(t, async (ctx) => {
    const p = await t.open_page(ctx, 'storage-big');
    await open_app(t, p, 'first visit');
    const t0 = Date.now();
    const generated = await p.command('workspace.generate_demo', { accounts, seed: 7 });
    expect(generated.data.accounts === accounts, `generated ${JSON.stringify(generated.data)}`);
    const generate_ms = Date.now() - t0;
    let s = await p.state();
    const value = margin(s) === 61 ? 62 : 61;
    await set_margin(p, value);  // the spot-checked edit, made on the big workspace before it is saved
    const t1 = Date.now();
    await p.command('storage.save_now', {});
    s = await until_saved(p, 1, `the ${accounts}-account workspace`, 120_000);
    const save_ms = Date.now() - t1;
    const work_ms = s.storage.last_save_ms, held_ms = s.storage.longest_slice_ms;
    const handover_ms = s.storage.handover_ms;
    const stored = s.storage.versions[s.storage.versions.length - 1];
    expect(stored.accounts === accounts && stored.bytes > 127 * 1024 * 1024,
      `the stored version: ${stored.accounts} accounts, ${stored.bytes} bytes (expected over 127 MiB, the one-value limit)`);
    const db = await p.page.evaluate(() => window.__e2e_idb(['versions'], 'readonly', (tx, out) => {
      out.parts = 0;
      out.biggest = 0;
      tx.objectStore('versions').openCursor().onsuccess = (e) => {
        const c = e.target.result;
        if (!c) return;
        if (Array.isArray(c.key)) out.parts++;
        out.biggest = Math.max(out.biggest, c.value.data ? c.value.data.length : 0);
        c.continue();
      };
    }));
    expect(db.parts >= 2 && db.biggest <= 16 * 1024 * 1024,
      `IndexedDB holds ${db.parts} extra parts, the biggest value ${db.biggest} bytes: expected the snapshot in parts of a few MB`);
    const t2 = Date.now();
    await p.page.reload();
    await p.wait_ready(120_000);
    s = await p.until((st) => st.workspace.loaded_from === 'storage' && !st.loading, 'the reload opens the stored workspace', 120_000);
    const reload_ms = Date.now() - t2;
    expect(s.account_count === accounts && margin(s) === value && s.storage.head === 1 && s.last_error === '',
      `after reload: ${s.account_count} accounts, gross_margin_pct ${margin(s)} (expected ${value}), head ${s.storage.head}, ` +
      `last_error ${JSON.stringify(s.last_error)}`);
    t.h.note(`storage: ${accounts} accounts generated in ${generate_ms} ms; saved in ${db.parts + 1} parts, ` +
      `${(stored.bytes / 1e6).toFixed(1)} MB, ${work_ms.toFixed(0)} ms of writing that held the page at most ${held_ms.toFixed(0)} ms at a time ` +
      `(handing the parts over ${handover_ms.toFixed(0)} ms), ` +
      `and committed ${save_ms} ms after the call; the reload opened it in ${reload_ms} ms (record read + decoded ` +
      `${s.storage.last_load_ms.toFixed(0)} ms)`);

    // A large export is made a slice a frame with a progress bar, and the page keeps drawing meanwhile.
    await p.command('navigate', { view: 'data' });
    const waiting = p.page.waitForEvent('download', { timeout: 120_000 });
    const frame0 = (await p.state()).frame;
    const t3 = Date.now();
    const r = await p.command('export.csv', { entity: 'accounts' });
    if (r.data.pending) {
      await p.app_frames(2);
      await p.screenshot(path.join(t.out, 'storage-big-export.png'));
    }
    const download = await waiting;
    const export_ms = Date.now() - t3;
    const file = path.join(t.out, 'big-accounts.csv');
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\r\n').filter((l) => l.length > 0).length;
    s = await p.state();
    expect(lines === accounts + 1 && s.last_export.bytes === fs.statSync(file).size && s.export === null,
      `the big accounts export: ${lines} lines for ${accounts} accounts, ${fs.statSync(file).size} bytes vs ` +
      `${s.last_export.bytes} made, export ${JSON.stringify(s.export)}`);
    t.h.note(`export: accounts.csv of ${accounts} accounts, ${(s.last_export.bytes / 1e6).toFixed(1)} MB in ` +
      `${export_ms} ms, ${r.data.pending ? `made a slice a frame (${s.frame - frame0} frames drawn meanwhile)` : 'made at once'}`);
  });
}
