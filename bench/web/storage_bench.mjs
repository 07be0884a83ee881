#!/usr/bin/env node
// Browser storage with a large workspace: how long the page is held by a save of N generated accounts
// (serializing in C++ and handing the bytes to IndexedDB), how long until the write is committed, and how
// long a reload takes to open the stored workspace (read, checksum, parse) — in headless Chromium.
//
//   node bench/web/storage_bench.mjs --dist dist [--accounts 100000] [--runs 3] [--chromium PATH]
//
// Prints one JSON object of medians and every run's figures. Never a pass/fail.
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader'];

function parse_args(argv) {
  const o = { dist: 'dist', accounts: 100000, runs: 3, chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (arg === '--dist') o.dist = value;
    else if (arg === '--accounts') o.accounts = Number(value);
    else if (arg === '--runs') o.runs = Number(value);
    else if (arg === '--chromium') o.chromium = value;
    else throw new Error(`unknown argument ${arg}`);
  }
  return o;
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// Polls window.retain.state() until `predicate` holds; returns the elapsed ms (polled every ~5 ms from
// here: the page's CSP allows no eval, so the predicate stays on this side).
async function until(page, predicate, timeout_ms = 120_000) {
  const t0 = performance.now();
  for (;;) {
    const s = await page.evaluate(() => { try { return window.retain.state(); } catch { return null; } });
    if (s && predicate(s)) return performance.now() - t0;
    if (performance.now() - t0 > timeout_ms) throw new Error(`timed out waiting for ${predicate}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function one_run(browser, url, accounts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.evaluate(() => window.retain.ready);
    await until(page, (s) => s.storage.mode === 'ready' && !s.loading);
    await page.evaluate((n) => window.retain.command('workspace.generate_demo', { accounts: n }), accounts);
    const save = await page.evaluate(() => {
      const t0 = performance.now();
      const r = window.retain.command('storage.save_now', {});
      return { ok: r.ok, error: r.error, call_ms: performance.now() - t0 };
    });
    if (!save.ok) throw new Error(`save_now: ${save.error}`);
    const committed_ms = await until(page, (s) => !s.storage.saving && s.storage.head >= 1 && !s.storage.unsaved);
    const s = await page.evaluate(() => window.retain.state().storage);
    const bytes = s.versions.length ? s.versions[s.versions.length - 1].bytes : 0;
    const t0 = Date.now();
    await page.reload();
    await page.evaluate(() => window.retain.ready);
    const ready_ms = Date.now() - t0;
    const opened = await page.evaluate(() => window.retain.state());
    if (opened.account_count !== accounts || opened.workspace.loaded_from !== 'storage')
      throw new Error(`reload opened ${opened.account_count} accounts from "${opened.workspace.loaded_from}"`);
    return { bytes, save_blocking_ms: save.call_ms, serialize_ms: s.last_save_ms, commit_after_call_ms: committed_ms, reload_to_ready_ms: ready_ms };
  } finally {
    await context.close();
  }
}

async function main() {
  const o = parse_args(process.argv.slice(2));
  const server = await startServer({ root: o.dist, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: o.chromium, args: FLAGS });
  try {
    const runs = [];
    for (let i = 0; i < o.runs; i++) {
      runs.push(await one_run(browser, server.url, o.accounts));
      process.stderr.write(`storage_bench: run ${i + 1}: ${JSON.stringify(runs[runs.length - 1])}\n`);
    }
    const keys = Object.keys(runs[0]);
    const medians = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
    console.log(JSON.stringify({ accounts: o.accounts, chromium: browser.version(), medians, runs }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
