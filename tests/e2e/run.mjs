#!/usr/bin/env node
// Retain's end-to-end tests: the built site (dist/) served locally and driven in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core, WebGL2 on SwiftShader).
//
//   node tests/e2e/run.mjs --dist dist --out build/e2e [--chromium /usr/bin/chromium] [--timeout 840] [--only REGEX]
//
// Prints `ok - <check>` / `not ok - <check>: <reason>` per check, `# ...` notes (timings, pixel
// statistics), and last the line `N passed, M failed`. --only runs the first check (the page loads) and
// the checks whose names match REGEX. Exit code 0 only when every check passed.
// Screenshots and the page's console log go to --out. See tests/e2e/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { Harness, one_line } from './harness.mjs';
import { ImageStats } from './image_stats.mjs';
import { RetainPage } from './retain_page.mjs';
import * as checks from './checks.mjs';
import * as import_checks from './import_checks.mjs';
import * as health_checks from './health_checks.mjs';
import * as revenue_checks from './revenue_checks.mjs';
import * as team_checks from './team_checks.mjs';
import * as playbooks_checks from './playbooks_checks.mjs';
import * as journey_checks from './journey_checks.mjs';
import * as storage_checks from './storage_checks.mjs';
import * as offline_checks from './offline_checks.mjs';
import * as bad_input_checks from './bad_input_checks.mjs';
import * as security_checks from './security_checks.mjs';
import * as voice_checks from './voice_checks.mjs';
import * as program_checks from './program_checks.mjs';

// Flags that work on this project's machines (docs: ../shared/toolchain.md). Playwright adds
// --headless and --no-sandbox itself; they are listed anyway so the list reads as the documented one.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--enable-webgl', '--ignore-gpu-blocklist',
];

function parse_args(argv) {
  const options = { dist: 'dist', out: 'build/e2e', chromium: process.env.CHROMIUM || '/usr/bin/chromium', timeout_s: 840, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--dist') options.dist = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--chromium') options.chromium = value();
    else if (arg === '--timeout') options.timeout_s = Number(value());
    else if (arg === '--only') options.only = new RegExp(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

// id -> name of the demo workspace's accounts, when the file has that shape; used to check name order.
function read_demo_names(dist) {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'demo-workspace.json'), 'utf8'));
    const accounts = Array.isArray(json.accounts) ? json.accounts : null;
    if (!accounts || !accounts.every((a) => a && typeof a.id === 'string' && typeof a.name === 'string')) return null;
    return new Map(accounts.map((a) => [a.id, a.name]));
  } catch {
    return null;
  }
}

async function main() {
  let options;
  try {
    options = parse_args(process.argv.slice(2));
  } catch (e) {
    console.error(`run.mjs: ${e.message}\nusage: node tests/e2e/run.mjs --dist <dist> --out <folder> [--chromium path] [--timeout seconds]`);
    process.exit(2);
  }
  const h = new Harness();
  const dist = path.resolve(options.dist);
  const out = path.resolve(options.out);
  let user_data_dir = null;
  const finish = (code) => {
    if (user_data_dir) fs.rmSync(user_data_dir, { recursive: true, force: true, maxRetries: 3 });
    console.log(h.summary_line());
    process.exit(code);  // playwright's exit hook kills a browser that is still running
  };

  // Never hang: whatever is stuck, the run ends with a verdict.
  const overall = setTimeout(() => {
    h.skip_failed('the whole run', `still running after ${options.timeout_s} s` +
      (h.current ? ` (in check "${h.current}")` : '') + ', stopped');
    finish(1);
  }, options.timeout_s * 1000);

  for (const [what, file] of [['the site', path.join(dist, 'index.html')], ['Chromium', options.chromium]]) {
    if (!fs.existsSync(file)) {
      h.skip_failed('setup', `not run: ${what} is missing: ${file} does not exist` +
        (what === 'the site' ? ' (build it: scripts/build.sh web)' : ' (apt-get install chromium, or pass --chromium)'));
      finish(1);
    }
  }
  fs.mkdirSync(out, { recursive: true });
  const log_stream = fs.createWriteStream(path.join(out, 'console.log'));
  const log = (line) => log_stream.write(`${new Date().toISOString()} ${line}\n`);

  user_data_dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-e2e-profile-'));
  let server, context;
  const t = {
    h, out, dist, pages: [], color_scheme: 'dark', demo_names: read_demo_names(dist),
    // Origins the pages may request (check y): the site's, and those a check adds on purpose.
    allowed_origins: new Set(),
    async open_page(ctx, label) {
      const page = new RetainPage(await ctx.newPage(), label, log);
      t.pages.push(page);
      return page;
    },
  };
  try {
    server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
    t.url = server.url;
    t.allowed_origins.add(new URL(server.url).origin);
    h.note(`serving ${dist} at ${server.url}; screenshots in ${out}`);
    // A persistent context on a fresh profile folder is the main tab's context (the app keeps its
    // workspace in IndexedDB there); other contexts come from the same browser.
    context = await chromium.launchPersistentContext(user_data_dir, {
      executablePath: options.chromium,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: t.color_scheme,
      timeout: 60_000,
    });
    t.context = context;
    t.browser = context.browser();
    h.note(`Chromium ${t.browser.version()}, playwright-core ${await playwright_version()}`);
    t.stats = new ImageStats(t.browser);
    await t.stats.open();
    const first_tab = context.pages()[0] || await context.newPage();
    t.page = new RetainPage(first_tab, 'page1', log);
    t.pages.push(t.page);
    if (!t.demo_names) h.note('demo-workspace.json has no accounts[{id, name}]: name order is not cross-checked');

    const run = (name, fn, timeout_ms = 60_000) => h.check(name, {
      timeout_ms,
      on_failure: async () => {
        const tab = t.page.page;
        if (!tab.isClosed()) await tab.screenshot({ path: path.join(out, `failed-${name.split('.')[0]}.png`), timeout: 5_000 });
      },
    }, async () => {
      for (const p of t.pages) p.fatal_baseline = p.fatal_errors.length;
      await fn(t);
      for (const p of t.pages) p.assert_no_fatal();
    });

    const loaded = await run('a. page loads, retain.ready resolves, demo workspace loaded', checks.check_load, 60_000);
    const page_checks = [
      ['b. WebGL2 canvas is drawn and sized for devicePixelRatio 1', checks.check_canvas_drawn],
      ['b2. HiDPI: at deviceScaleFactor 2 the canvas, drawing and mouse clicks fit', checks.check_hidpi, 90_000],
      ['c. navigation by real mouse clicks on every nav item', checks.check_navigation, 90_000],
      ['d. accounts: sort, filter, select, panel', checks.check_accounts],
      ['d2. bad commands return errors, state unchanged', checks.check_command_errors],
      ['i. export: accounts CSV and workspace JSON arrive as browser downloads', checks.check_export],
      ['j. load by URL: a workspace loads; 404, HTML and non-http give messages; ?data= works', checks.check_load_by_url, 90_000],
      ['k. upload: HubSpot + Stripe exports through the file input, previewed, imported, in the table', checks.check_upload],
      ['l. drop: two files dropped at once; an unknown export mapped by hand, saved as a preset, reused', import_checks.check_drop_and_map],
      ['l2. drop: a 1,200,000-row export is read a slice a frame with its progress shown, then imported', import_checks.check_large_drop, 180_000],
      ['m. overview and revenue: NRR/GRR in range, period and breakdown switch, screenshots', revenue_checks.check_revenue, 90_000],
      ['n. health: mix, scorecard edit, refused edit, history, 90-day backtest, screenshots', health_checks.check_health, 120_000],
      ['o. segments & team: a rule added by click re-places the open account; Apply by click rebalances', team_checks.check_team, 60_000],
      ['p. playbooks: create one, run by a click, its tasks in the inbox, complete one by a click', playbooks_checks.check_playbooks, 60_000],
      ['v. voice: feedback logged for three accounts is one request, ranked, filtered and exported as CSV', voice_checks.check_voice, 60_000],
      ['q. program: a QBR pack in two clicks and the team report, opened from disk, carry the right figures', program_checks.check_program_reports, 60_000],
      ['u. journey: log a touchpoint and record first value by clicks in the account panel; the funnel moves; kept after a reload', journey_checks.check_journey, 90_000],
      ['e. theme: light and dark on screen', checks.check_theme],
      ['e2. theme mode system follows prefers-color-scheme', checks.check_system_theme],
      ['f. resize: canvas backing size follows the viewport', checks.check_resize],
      ['s1. storage: an edit survives a reload; IndexedDB holds one version with its header', storage_checks.check_edit_survives_reload, 90_000],
      ['s2. storage: 20 reloads in the middle of saves each open a valid workspace', storage_checks.check_reload_mid_save, 240_000],
      ['s3. storage: a damaged record is reported, exported raw, the previous version restored', storage_checks.check_damaged_record, 90_000],
      ['s4. storage: a second tab follows the first; a stale tab asks instead of overwriting', storage_checks.check_two_tabs, 90_000],
      ['s5. storage: a record of a newer format opens read-only and is never written', storage_checks.check_newer_format, 90_000],
      ['s6. storage: 100,000 generated accounts (over 127 MiB) are saved in parts, committed and reopened with an edit', storage_checks.check_big_workspace, 300_000],
      ['w1. offline: after the first visit the page reloads and works with the network off', offline_checks.check_offline_reload, 120_000],
      ['w2. offline: a new deployed version is offered, saved work first, then it takes over', offline_checks.check_update_offered, 120_000],
      ['x1. bad input: URLs answering garbage, 404, HTML, truncated JSON, or plain http elsewhere', bad_input_checks.check_bad_urls, 90_000],
      ['x2. bad input: binary, malformed, wrong-typed, impossible, invalid UTF-8 uploads; an export of bad rows', bad_input_checks.check_bad_uploads, 90_000],
      ['x3. bad input: a 200 MB file is handled, a 600 MB one refused before reading', bad_input_checks.check_huge_files, 120_000],
      // Last of the main tab's checks: 100,000 accounts make its autosave wait minutes (save_schedule.hpp).
      ['g. 100,000 accounts: scroll and sort stay responsive', checks.check_100k, 150_000],
    ];
    for (const [name, fn, timeout_ms] of page_checks) {
      if (options.only && !options.only.test(name)) continue;
      if (loaded || fn === checks.check_hidpi) await run(name, fn, timeout_ms);
      else h.skip_failed(name, 'not run: the page did not load (check a)');
    }
    await run('h. a second page in the same context loads', checks.check_second_page, 90_000);
    await run('y. security: every request stayed on the site (or a URL a check loaded on purpose); no CSP violations; no eval in the glue',
              security_checks.check_requests_and_csp, 10_000);
    await run('z. no page errors, aborts or failed asserts in any page', checks.check_no_page_errors, 10_000);
  } catch (e) {
    h.skip_failed('harness', one_line(e.stack || e.message || String(e)));
  } finally {
    if (t.stats) await t.stats.close();
    if (context) await context.close().catch(() => {});
    if (server) await server.close();
    await new Promise((resolve) => log_stream.end(resolve));
    clearTimeout(overall);
  }
  finish(h.failed === 0 ? 0 : 1);
}

async function playwright_version() {
  try {
    const url = new URL('../../node_modules/playwright-core/package.json', import.meta.url);
    return JSON.parse(fs.readFileSync(url, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

main();
