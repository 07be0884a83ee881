#!/usr/bin/env node
// Browser storage with a large workspace: how long the page is held by a save of N generated accounts
// (serializing in C++ and handing the bytes to IndexedDB), how long until the write is committed, and how
// long a reload takes to open the stored workspace (read, checksum, parse) — in headless Chromium.
//
//   node bench/web/storage_bench.mjs --dist dist [--accounts 100000] [--runs 3] [--chromium PATH]
//   node bench/web/storage_bench.mjs --dist dist --data DIR [--runs 3]   (the bench dataset's every file,
//        imported through the app: issue 9's IndexedDB targets, save <= 500 ms and load <= 700 ms)
//
// Prints one JSON object of medians and every run's figures. Never a pass/fail.
import fs from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { until, save_and_reload } from './storage_timing.mjs';
import * as in_page from './in_page.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader'];

function parse_args(argv) {
  const o = { dist: 'dist', accounts: 100000, data: null, runs: 3, chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (arg === '--dist') o.dist = value;
    else if (arg === '--accounts') o.accounts = Number(value);
    else if (arg === '--runs') o.runs = Number(value);
    else if (arg === '--data') o.data = path.resolve(value);
    else if (arg === '--chromium') o.chromium = value;
    else throw new Error(`unknown argument ${arg}`);
  }
  return o;
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// The workspace the run saves: N generated accounts, or the bench dataset imported through the app.
async function fill(page, o) {
  if (!o.data) {
    await page.evaluate((n) => window.retain.command('workspace.generate_demo', { accounts: n }), o.accounts);
    return o.accounts;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(o.data, 'manifest.json'), 'utf8'));
  const names = Object.values(manifest.files).map((f) => f.file);
  await page.evaluate(in_page.load_files, names);
  const imported = await page.evaluate(in_page.import_through_app, names);
  return imported.accounts;
}

async function one_run(browser, url, o) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  if (o.data) {
    await page.route('**/bench-data/*', (route) => {
      const file = path.join(o.data, path.basename(new URL(route.request().url()).pathname));
      return fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/csv' }) : route.fulfill({ status: 404 });
    });
  }
  try {
    await page.goto(url);
    await page.evaluate(() => window.retain.ready);
    await until(page, (s) => s.storage.mode === 'ready' && !s.loading);
    const accounts = await fill(page, o);
    return await save_and_reload(page, accounts);
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
      runs.push(await one_run(browser, server.url, o));
      process.stderr.write(`storage_bench: run ${i + 1}: ${JSON.stringify(runs[runs.length - 1])}\n`);
    }
    const keys = Object.keys(runs[0]);
    const medians = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
    console.log(JSON.stringify({ accounts: o.data ? `bench dataset ${o.data}` : o.accounts, chromium: browser.version(), medians, runs }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
