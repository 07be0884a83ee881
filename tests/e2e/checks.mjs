// The e2e checks, in the order run.mjs runs them. Each takes the run's shared context `t`:
//   t.h (Harness), t.page (RetainPage of the main tab), t.context (its browser context), t.browser,
//   t.url, t.out (screenshot folder), t.stats (ImageStats), t.demo_names (id -> name of the demo
//   workspace, or null), t.open_page(context, label) -> RetainPage, t.pages (every RetainPage opened).
// They drive the page with the real mouse where a user would (navigation, wheel scrolling) and through
// window.retain where a canvas gives nothing to aim at (the search box, sort headers), and read state
// back through window.retain.state().
import fs from 'node:fs';
import path from 'node:path';
import { expect, median, fmt_ms, CheckFailure } from './harness.mjs';
import { describe_stats } from './image_stats.mjs';

export const VIEWS = ['overview', 'accounts', 'health', 'revenue', 'playbooks', 'renewals', 'journey', 'team', 'voice', 'program', 'data'];
export const SORT_COLUMNS = ['name', 'segment', 'owner', 'arr', 'renewal', 'stage'];
const MAIN_VIEWPORT = { width: 1440, height: 900 };

// ---- shared steps ----

// Screenshot into <out>/<file>, decode it and assert it shows a drawn UI, not a blank canvas.
export async function shot_not_blank(t, page, file) {
  const png = await page.screenshot(path.join(t.out, file));
  const s = await t.stats.analyse(png);
  expect(s.distinct_colours > 50 && s.dominant_fraction <= 0.97,
    `${file} looks blank: ${describe_stats(s)} (want > 50 colours and no colour on > 97%)`);
  return s;
}

// Asserts the canvas backing store is its CSS size times devicePixelRatio (within rounding).
function expect_backing_matches(c, want_dpr) {
  expect(c, 'the page has no <canvas>');
  expect(c.dpr === want_dpr, `devicePixelRatio is ${c.dpr}, expected ${want_dpr}`);
  const want_w = Math.round(c.css_width * c.dpr), want_h = Math.round(c.css_height * c.dpr);
  expect(Math.abs(c.width - want_w) <= 1 && Math.abs(c.height - want_h) <= 1,
    `canvas backing store is ${c.width}x${c.height} but CSS size ${c.css_width}x${c.css_height} at ` +
    `devicePixelRatio ${c.dpr} needs ${want_w}x${want_h}`);
}

// ASCII case folding then code-unit order: the order src/core/account_query.cpp sorts names in.
function compare_names(a, b) {
  const fold = (s) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  const x = fold(a), y = fold(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function expect_names_ordered(t, ids, descending, what) {
  if (!t.demo_names) return;
  const names = ids.map((id) => t.demo_names.get(id));
  expect(names.every((n) => typeof n === 'string'),
    `${what}: visible_ids ${JSON.stringify(ids)} are not all accounts of demo-workspace.json`);
  for (let i = 1; i < names.length; i++) {
    const c = compare_names(names[i - 1], names[i]);
    expect(descending ? c >= 0 : c <= 0,
      `${what}: "${names[i - 1]}" (${ids[i - 1]}) is shown before "${names[i]}" (${ids[i]})`);
  }
}

async function wait_canvas_size(page, width, height, timeout_ms = 5_000) {
  const deadline = Date.now() + timeout_ms;
  let c;
  for (;;) {
    await page.animation_frames(1);
    c = await page.canvas_size();
    if (c && c.width === width && c.height === height) return c;
    if (Date.now() > deadline) break;
  }
  throw new CheckFailure(`canvas backing store is ${c ? `${c.width}x${c.height}` : 'missing'} ` +
    `${timeout_ms / 1000} s after the viewport became ${width}x${height} CSS px at devicePixelRatio ${c && c.dpr}` +
    (c ? ` (canvas CSS size ${c.css_width}x${c.css_height})` : ''));
}

// ---- a. load ----
export async function check_load(t) {
  const p = t.page;
  await p.goto(t.url);
  const ready_ms = await p.wait_ready(30_000);
  let s = await p.state();
  expect(JSON.stringify(s.views) === JSON.stringify(VIEWS),
    `state().views is ${JSON.stringify(s.views)}, expected ${JSON.stringify(VIEWS)}`);
  expect(s.view === 'overview', `first view is "${s.view}", expected "overview"`);
  // The demo may still be arriving when ready resolves: give it a few seconds.
  s = await p.until((st) => st.account_count > 200, 'the demo workspace (> 200 accounts) is loaded', 15_000);
  expect(s.workspace && s.workspace.accounts === s.account_count,
    `workspace.accounts (${s.workspace && s.workspace.accounts}) differs from account_count (${s.account_count})`);
  expect(s.last_error === '', `last_error is ${JSON.stringify(s.last_error)}`);
  t.h.note(`ready after ${ready_ms} ms; ${s.account_count} accounts, workspace "${s.workspace.name}", ` +
    `loaded_from "${s.workspace.loaded_from}", theme ${s.theme} (${s.theme_mode}), frame ${s.frame}, frame_ms ${fmt_ms(s.frame_ms)}`);
}

// ---- b. the canvas is drawn and sized for the device ----
export async function check_canvas_drawn(t) {
  const p = t.page;
  await p.app_frames(3);
  const s = await shot_not_blank(t, p, 'first-frame.png');
  const c = await p.canvas_size();
  expect(c, 'the page has no <canvas>');
  expect(c.webgl2, 'the canvas holds no WebGL2 context');
  expect_backing_matches(c, 1);
  expect(c.css_width === c.inner_width && c.css_height === c.inner_height,
    `canvas CSS size ${c.css_width}x${c.css_height} does not fill the ${c.inner_width}x${c.inner_height} viewport`);
  expect(s.width === MAIN_VIEWPORT.width && s.height === MAIN_VIEWPORT.height,
    `screenshot is ${s.width}x${s.height}, expected ${MAIN_VIEWPORT.width}x${MAIN_VIEWPORT.height}`);
  t.h.note(`first frame: ${describe_stats(s)}; canvas ${c.width}x${c.height}`);
}

// ---- b2. HiDPI: a context at deviceScaleFactor 2 ----
export async function check_hidpi(t) {
  const context = await t.browser.newContext({
    viewport: { width: 800, height: 600 }, deviceScaleFactor: 2, colorScheme: t.color_scheme,
  });
  try {
    const p = await t.open_page(context, 'hidpi');
    await p.goto(t.url);
    await p.wait_ready(30_000);
    await p.until((st) => st.account_count > 200, 'the demo workspace is loaded at deviceScaleFactor 2', 15_000);
    await p.app_frames(3);
    const c = await p.canvas_size();
    expect_backing_matches(c, 2);
    expect(c.width === 1600 && c.height === 1200, `canvas backing store is ${c.width}x${c.height}, expected 1600x1200`);
    const s = await shot_not_blank(t, p, 'overview-hidpi.png');
    expect(s.width === 1600 && s.height === 1200, `screenshot is ${s.width}x${s.height}, expected 1600x1200`);
    // Mouse coordinates must map from CSS pixels to the device-pixel framebuffer: a real click on a nav
    // item (whose rect state() gives in CSS pixels) has to land on it.
    const at = await p.click_nav('accounts');
    await p.until((st) => st.view === 'accounts',
      `a real click at CSS (${at.x}, ${at.y}) on the "accounts" nav item at deviceScaleFactor 2 shows the view`, 3_000);
    t.h.note(`deviceScaleFactor 2: canvas ${c.width}x${c.height}, ${describe_stats(s)}`);
  } finally {
    await context.close().catch(() => {});
  }
}

// ---- c. navigation by real mouse clicks ----
export async function check_navigation(t) {
  const p = t.page;
  let s = await p.until((st) => st.view === 'overview', 'the overview view is shown');
  await p.park_mouse();
  await p.app_frames(2);
  await shot_not_blank(t, p, 'overview.png');
  const views = s.nav.map((n) => n.view);
  expect(views.length === VIEWS.length && VIEWS.every((v) => views.includes(v)),
    `state().nav lists ${JSON.stringify(views)}, expected one item per view of ${JSON.stringify(VIEWS)}`);
  // Overview is shown already: click it last so that every click has to change the view.
  const order = [...views.filter((v) => v !== 'overview'), 'overview'];
  const summary = [];
  const analyses = [];
  for (const view of order) {
    const at = await p.click_nav(view);
    s = await p.until((st) => st.view === view,
      `a real click at (${at.x}, ${at.y}) on the nav item "${view}" shows that view`, 3_000);
    const { frame_ms } = await p.app_frames(1);
    const file = `view-${view}.png`;
    const png = await p.screenshot(path.join(t.out, file));
    // Decoding runs in its own page while the next click goes on.
    analyses.push(t.stats.analyse(png).then((stats) => ({ view, file, stats, frame_ms })));
  }
  for (const { view, file, stats, frame_ms } of await Promise.all(analyses)) {
    expect(stats.distinct_colours > 50 && stats.dominant_fraction <= 0.97,
      `${file} looks blank: ${describe_stats(stats)} (want > 50 colours and no colour on > 97%)`);
    summary.push(`${view} ${stats.distinct_colours}c/${fmt_ms(frame_ms)}`);
  }
  t.h.note(`views (colours / frame_ms): ${summary.join(', ')}`);
}

// ---- d. accounts: sort, filter, select ----
export async function check_accounts(t) {
  const p = t.page;
  await p.click_nav('accounts');
  let s = await p.until((st) => st.view === 'accounts', 'a real click on the "accounts" nav item shows the view', 3_000);
  const total = s.account_count;
  if (s.accounts_table.filter !== '') await p.command('accounts.filter', { text: '' });

  await p.command('accounts.sort', { column: 'name', descending: false });
  s = await p.until((st) => st.accounts_table.sort_column === 'name' && st.accounts_table.descending === false &&
    st.accounts_table.rows === total, 'the table sorts by name, ascending, all rows');
  const by_name = s.accounts_table.visible_ids;
  expect(Array.isArray(by_name) && by_name.length >= 3,
    `accounts_table.visible_ids is ${JSON.stringify(by_name)}; expected the first few ids in display order`);
  expect_names_ordered(t, by_name, false, 'sorted by name ascending');

  await p.command('accounts.sort', { column: 'name', descending: true });
  s = await p.until((st) => st.accounts_table.sort_column === 'name' && st.accounts_table.descending === true,
    'the table sorts by name, descending');
  expect_names_ordered(t, s.accounts_table.visible_ids, true, 'sorted by name descending');

  await p.command('accounts.sort', { column: 'arr', descending: true });
  s = await p.until((st) => st.accounts_table.sort_column === 'arr' && st.accounts_table.descending === true,
    'the table sorts by ARR, descending');
  const by_arr_desc = s.accounts_table.visible_ids;
  expect(JSON.stringify(by_arr_desc) !== JSON.stringify(by_name),
    `sorting by ARR left the first rows in name order: ${JSON.stringify(by_arr_desc)}`);
  await p.command('accounts.sort', { column: 'arr', descending: false });
  s = await p.until((st) => st.accounts_table.sort_column === 'arr' && st.accounts_table.descending === false,
    'the table sorts by ARR, ascending');
  const by_arr_asc = s.accounts_table.visible_ids;
  if (total >= 2 * by_arr_desc.length) {
    const shared = by_arr_asc.filter((id) => by_arr_desc.includes(id));
    expect(shared.length === 0, `the largest and the smallest accounts by ARR share ids ${JSON.stringify(shared)} ` +
      `(descending ${JSON.stringify(by_arr_desc)}, ascending ${JSON.stringify(by_arr_asc)})`);
  }
  await p.command('accounts.sort', { column: 'arr', descending: true });
  await p.until((st) => st.accounts_table.sort_column === 'arr' && st.accounts_table.descending === true,
    'the table sorts by ARR, descending again');

  // Filter (the search box is canvas-drawn: the command types into it for us).
  const target = by_arr_desc[0];
  await p.command('accounts.filter', { text: target });
  s = await p.until((st) => st.accounts_table.filter === target && st.accounts_table.rows < total,
    `filtering by the id "${target}" shrinks the table below ${total} rows`);
  expect(s.accounts_table.rows >= 1, `filtering by the id "${target}" left no rows`);
  expect(s.accounts_table.visible_ids.includes(target),
    `filtering by "${target}" shows ${JSON.stringify(s.accounts_table.visible_ids)}, without ${target}`);
  expect(s.workspace.accounts === total && s.account_count === total,
    `the filter changed the workspace: ${s.workspace.accounts} accounts (account_count ${s.account_count}), expected ${total}`);
  const filtered_rows = s.accounts_table.rows;
  const nothing = 'no account is called this 7f3c9q';
  await p.command('accounts.filter', { text: nothing });
  await p.until((st) => st.accounts_table.filter === nothing && st.accounts_table.rows === 0,
    'a filter that matches nothing leaves 0 rows');
  await p.command('accounts.filter', { text: '' });
  await p.until((st) => st.accounts_table.filter === '' && st.accounts_table.rows === total,
    `clearing the filter brings back all ${total} rows`);

  // Select: the account panel opens.
  await p.command('accounts.select', { id: target });
  s = await p.until((st) => st.selected_account === target, `selecting "${target}" sets selected_account`);
  await p.park_mouse();
  await p.app_frames(2);
  await shot_not_blank(t, p, 'account-panel.png');
  await p.command('panel.close', {});
  await p.until((st) => st.selected_account === null, 'panel.close clears selected_account');
  t.h.note(`accounts: ${total} rows; top by ARR ${JSON.stringify(by_arr_desc.slice(0, 3))}; ` +
    `filter "${target}" -> ${filtered_rows} row(s)` + (t.demo_names ? '; name order checked against demo-workspace.json' : ''));
}

// ---- d2. bad input to commands comes back as an error value ----
export async function check_command_errors(t) {
  const p = t.page;
  const before = await p.state();
  const cases = [
    ['no.such.command', {}],
    ['navigate', { view: 'no-such-view' }],
    ['accounts.select', { id: 'no-such-account-id-7f3c' }],
    ['accounts.sort', { column: 'no-such-column', descending: false }],
    ['theme.set', { mode: 'purple' }],
  ];
  for (const [name, args] of cases) {
    const r = await p.command(name, args, { must_succeed: false });
    expect(r.ok === false && typeof r.error === 'string' && r.error.length > 0,
      `retain.command("${name}", ${JSON.stringify(args)}) returned ${JSON.stringify({ ok: r.ok, error: r.error })}, ` +
      'expected ok:false with an error message');
  }
  await p.app_frames(2);
  const after = await p.state();
  expect(after.view === before.view && after.theme_mode === before.theme_mode &&
    after.account_count === before.account_count && after.selected_account === before.selected_account,
    `rejected commands changed the state: view ${before.view}->${after.view}, theme_mode ${before.theme_mode}->` +
    `${after.theme_mode}, accounts ${before.account_count}->${after.account_count}, selected ${before.selected_account}->${after.selected_account}`);
}

// ---- e. theme ----
export async function check_theme(t) {
  const p = t.page;
  await p.command('navigate', { view: 'overview' });
  await p.until((st) => st.view === 'overview', 'navigate {view:"overview"} shows the overview');
  const initial_mode = (await p.state()).theme_mode;
  await p.park_mouse();

  await p.command('theme.set', { mode: 'light' });
  await p.until((st) => st.theme === 'light' && st.theme_mode === 'light', 'theme.set light gives the light theme');
  await p.app_frames(3);
  const light = await shot_not_blank(t, p, 'overview-light.png');
  expect(light.mean_luma > 0.5, `the light theme is dark on screen: ${describe_stats(light)}`);

  await p.command('theme.set', { mode: 'dark' });
  await p.until((st) => st.theme === 'dark' && st.theme_mode === 'dark', 'theme.set dark gives the dark theme');
  await p.app_frames(3);
  const dark = await shot_not_blank(t, p, 'overview-dark.png');
  expect(dark.mean_luma < 0.5, `the dark theme is light on screen: ${describe_stats(dark)}`);

  await p.command('theme.set', { mode: initial_mode });
  await p.until((st) => st.theme_mode === initial_mode, `theme.set ${initial_mode} restores the first mode`);
  t.h.note(`light: mean luma ${light.mean_luma.toFixed(3)} (dominant ${light.dominant_colour}); ` +
    `dark: mean luma ${dark.mean_luma.toFixed(3)} (dominant ${dark.dominant_colour})`);
}

// ---- e2. theme mode "system" follows prefers-color-scheme while the page runs ----
export async function check_system_theme(t) {
  const p = t.page;
  await p.command('theme.set', { mode: 'system' });
  try {
    for (const scheme of ['light', 'dark', 'light']) {
      await p.page.emulateMedia({ colorScheme: scheme });
      await p.until((st) => st.theme_mode === 'system' && st.theme === scheme,
        `with theme mode "system", switching the browser to prefers-color-scheme: ${scheme} gives the ${scheme} theme`, 3_000);
    }
  } finally {
    await p.page.emulateMedia({ colorScheme: t.color_scheme }).catch(() => {});
  }
}

// ---- f. resize ----
export async function check_resize(t) {
  const p = t.page;
  const frame_before = (await p.state()).frame;
  await p.page.setViewportSize({ width: 1000, height: 700 });
  const c = await wait_canvas_size(p, 1000, 700);
  expect(c.css_width === 1000 && c.css_height === 700, `canvas CSS size is ${c.css_width}x${c.css_height}, expected 1000x700`);
  await p.park_mouse();
  const s = await p.app_frames(2);
  expect(s.frame > frame_before, 'the app drew no frame after the resize');
  const bottom = Math.max(...s.nav.map((n) => n.y + n.h));
  const stats = await shot_not_blank(t, p, 'resized-1000x700.png');
  expect(stats.width === 1000 && stats.height === 700, `screenshot is ${stats.width}x${stats.height}, expected 1000x700`);
  await p.page.setViewportSize(MAIN_VIEWPORT);
  await wait_canvas_size(p, MAIN_VIEWPORT.width, MAIN_VIEWPORT.height);
  t.h.note(`1000x700: canvas followed; nav items end at y=${bottom.toFixed(0)}; back to 1440x900`);
}

// ---- g. 100,000 accounts ----
export async function check_100k(t) {
  const p = t.page;
  await p.start_frame_sampler();
  const state_calls_before = p.state_call_ms.length;
  const started = Date.now();
  const gen = await p.command('workspace.generate_demo', { accounts: 100_000, seed: 7 }, { limit_ms: 90_000 });
  // The analysis of the new book runs between frames, its progress on screen; then the views open.
  await p.animation_frames(2);
  const analysing = await p.page.evaluate(() => window.retain.state('work').work.analysis);
  if (analysing.running) await p.screenshot(path.join(t.out, 'analysing-100k.png'));
  t.h.note(`100k: two frames after the command the analysis was ${analysing.running ? `at ${(analysing.progress * 100).toFixed(0)}% (${analysing.activity})` : 'done'}`);
  const analysed = await p.until_analysed('the 100,000-account demo', 60_000);
  t.h.note(`100k: analysed between frames (frame ${analysed.frame}, last frame_ms ${fmt_ms(analysed.frame_ms)})`);
  let s = await p.until((st) => st.account_count === 100_000 && st.workspace.accounts === 100_000,
    'workspace.generate_demo {accounts: 100000} gives 100,000 accounts', 60_000);
  const generate_s = (Date.now() - started) / 1000;

  await p.click_nav('accounts');
  s = await p.until((st) => st.view === 'accounts' && st.accounts_table.rows === 100_000,
    'the accounts view shows 100,000 rows', 10_000);
  await p.app_frames(2);

  // Scroll with the real wheel over the middle of the table area (right of the nav, below the header),
  // one notch per frame.
  const nav_right = Math.max(...s.nav.map((n) => n.x + n.w));
  const x = Math.round((nav_right + MAIN_VIEWPORT.width) / 2), y = Math.round(MAIN_VIEWPORT.height * 0.6);
  await p.page.mouse.move(x, y);
  await p.app_frames(1);
  s = await p.state();
  const first_row_before = s.accounts_table.first_visible_row;
  const scroll_from_frame = s.frame;
  for (let i = 0; i < 30; i++) {
    await p.page.mouse.wheel(0, 100);
    await p.animation_frames(1);
    await p.state();  // timed: the page must keep answering
  }
  s = await p.app_frames(2);
  const first_row_after = s.accounts_table.first_visible_row;
  const scroll_frame_ms = await p.frame_samples(scroll_from_frame);
  await p.screenshot(path.join(t.out, 'accounts-100k.png'));

  // Sort by every column both ways; the frame that re-sorts shows in the sampled frame times.
  const sort_from_frame = (await p.state()).frame;
  const sort_worst = [], sort_command_ms = [], sort_page_ms = [];
  for (const column of SORT_COLUMNS) {
    for (const descending of [false, true]) {
      const before = (await p.state()).frame;
      const r = await p.command('accounts.sort', { column, descending });
      sort_command_ms.push(r.ms);
      sort_page_ms.push(r.page_ms);
      await p.until((st) => st.accounts_table.sort_column === column && st.accounts_table.descending === descending,
        `sorting 100,000 accounts by ${column} ${descending ? 'descending' : 'ascending'} takes effect`, 10_000);
      await p.app_frames(2);
      const frames = await p.frame_samples(before);
      sort_worst.push(`${column}${descending ? '↓' : '↑'} ${Math.max(...frames).toFixed(0)}`);
    }
  }
  const sort_frame_ms = await p.frame_samples(sort_from_frame);
  const state_ms = p.state_call_ms.slice(state_calls_before);
  const all = [...scroll_frame_ms, ...sort_frame_ms];
  const stat = (v) => `median ${fmt_ms(median(v))} max ${fmt_ms(Math.max(...v))} over ${v.length} frames`;
  t.h.note(`100k: generated in ${generate_s.toFixed(1)} s (the command call blocked the page for ${fmt_ms(gen.page_ms)}); ` +
    `first_visible_row ${first_row_before} -> ${first_row_after} after 30 wheel notches at (${x}, ${y})`);
  t.h.note(`100k frame_ms while scrolling: ${stat(scroll_frame_ms)}; while sorting: ${stat(sort_frame_ms)}`);
  t.h.note(`100k worst frame_ms in the frames after each sort: ${sort_worst.join(', ')}`);
  t.h.note(`100k accounts.sort: in the page median ${fmt_ms(median(sort_page_ms))} max ${fmt_ms(Math.max(...sort_page_ms))}, ` +
    `round trip median ${fmt_ms(median(sort_command_ms))} max ${fmt_ms(Math.max(...sort_command_ms))}; ` +
    `state() median ${fmt_ms(median(state_ms))} max ${fmt_ms(Math.max(...state_ms))} over ${state_ms.length} calls`);

  expect(first_row_after > first_row_before,
    `30 mouse-wheel notches at (${x}, ${y}) did not scroll the table: first_visible_row ${first_row_before} -> ${first_row_after}`);
  expect(Math.max(...state_ms) < 1_000, `a retain.state() call took ${fmt_ms(Math.max(...state_ms))} (limit 1 s)`);
  expect(all.length > 0, 'no app frame was drawn while scrolling and sorting');
  expect(median(all) < 50, `median frame_ms ${fmt_ms(median(all))} over scrolling and sorting (limit 50 ms under SwiftShader)`);
}

// ---- h. a second tab in the same context ----
export async function check_second_page(t) {
  const p2 = await t.open_page(t.context, 'page2');
  try {
    await p2.goto(t.url);
    const ready_ms = await p2.wait_ready(30_000);
    const s = await p2.until((st) => st.account_count > 0, 'the second page has a workspace', 15_000);
    expect(s.last_error === '', `the second page reports last_error ${JSON.stringify(s.last_error)}`);
    await p2.app_frames(3);
    await shot_not_blank(t, p2, 'second-page.png');
    const first = await t.page.state(1_000);  // the first tab still answers
    t.h.note(`second page: ready after ${ready_ms} ms with ${s.account_count} accounts (loaded_from ` +
      `"${s.workspace.loaded_from}"); first page still at frame ${first.frame} with ${first.account_count} accounts`);
  } finally {
    await p2.page.close().catch(() => {});
  }
}

// ---- z. nothing went wrong in any page ----
export async function check_no_page_errors(t) {
  const fatal = t.pages.flatMap((p) => p.fatal_errors.map((e) => `[${p.label}] ${e}`));
  const other = t.pages.flatMap((p) => p.console_errors.filter((e) => !/aborted|assert/i.test(e)).map((e) => `[${p.label}] ${e}`));
  const requests = t.pages.flatMap((p) => p.failed_requests.map((e) => `[${p.label}] ${e}`));
  for (const line of other.slice(0, 10)) t.h.note(`console error: ${line}`);
  for (const line of requests.slice(0, 10)) t.h.note(`failed request: ${line}`);
  expect(fatal.length === 0, `${fatal.length} page error(s) / abort(s) / assert(s): ${fatal.slice(0, 5).join(' | ')}`);
}

// i. Export: the accounts CSV and the workspace JSON arrive as real browser downloads, made in the page.
export async function check_export(t) {
  const p = t.page;
  const state = await p.state();
  for (const [command, args, suffix, starts] of [
    ['export.csv', { entity: 'accounts' }, '-accounts.csv', 'id,name,domain,'],
    ['export.workspace', {}, '.retain.json', '{"schema":"retain.workspace"'],
  ]) {
    const waiting = p.page.waitForEvent('download', { timeout: 15_000 });
    const r = await p.command(command, args);
    const download = await waiting;
    const name = download.suggestedFilename();
    expect(name.endsWith(suffix) && name === r.data.filename,
      `${command}: the browser offered "${name}", the command said "${r.data.filename}"`);
    const file = path.join(t.out, `export${suffix}`);
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith(starts), `${command}: the file starts ${JSON.stringify(text.slice(0, 40))}`);
    const bytes = fs.statSync(file).size;
    // A file too big to make at once is made a slice a frame: then the state says what was handed over.
    const made = r.data.pending ? (await p.state()).last_export.bytes : r.data.bytes;
    expect(bytes === made, `${command}: ${bytes} bytes downloaded, ${made} made`);
    if (suffix.endsWith('.csv')) {
      const lines = text.split('\r\n').filter((l) => l.length > 0).length;
      expect(lines === state.account_count + 1, `accounts.csv has ${lines} lines for ${state.account_count} accounts`);
    }
    t.h.note(`${command}: ${name}, ${bytes} bytes`);
  }
}

// j. Load by URL: a workspace file by address (same-origin test server), the failures a user meets
// (404, a web page instead of data, a non-http address) with their messages and the workspace kept,
// and ?data=<url> in the page address.
export async function check_load_by_url(t) {
  const p = t.page;
  const before = await p.state();
  const wait_loaded = async (what) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const s = await p.state();
      if (!s.loading) return s;
      if (Date.now() > deadline) throw new CheckFailure(`${what}: still loading after 20 s`);
      await p.animation_frames(2);
    }
  };
  const failures = [
    ['no-such-file.retain.json', /answered 404/],
    ['index.html', /web page \(HTML\)/],
  ];
  for (const [url, pattern] of failures) {
    await p.command('data.fetch', { url });
    const s = await wait_loaded(url);
    expect(pattern.test(s.last_error), `data.fetch ${url}: last_error is ${JSON.stringify(s.last_error)}, expected ${pattern}`);
    expect(s.account_count === before.account_count, `data.fetch ${url}: the workspace changed (${before.account_count} -> ${s.account_count} accounts)`);
    t.h.note(`data.fetch ${url}: "${s.last_error}"`);
  }
  const refused = await p.command('data.fetch', { url: 'file:///etc/passwd' }, { must_succeed: false });
  expect(!refused.ok && /Only http and https/.test(refused.error), `file: URL: ${JSON.stringify(refused)}`);

  await p.command('data.fetch', { url: 'demo-workspace.json' });
  const loaded = await wait_loaded('demo-workspace.json');
  expect(loaded.last_error === '' && loaded.account_count > 200, `loading demo-workspace.json by URL: ${loaded.account_count} accounts, error "${loaded.last_error}"`);

  const tab = await t.open_page(t.context, 'page-data-param');
  await tab.page.setViewportSize({ width: 1000, height: 700 });
  await tab.goto(`${t.url}?data=${encodeURIComponent('demo-workspace.json')}`);
  await tab.wait_ready(30_000);
  const s = await wait_loaded_on(tab);
  expect(s.workspace.loaded_from === 'url' && s.account_count > 200,
    `?data=demo-workspace.json: loaded_from "${s.workspace.loaded_from}", ${s.account_count} accounts, error "${s.last_error}"`);
  await tab.page.close();
}

async function wait_loaded_on(tab) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const s = await tab.state();
    if (!s.loading && s.account_count > 0) return s;
    if (Date.now() > deadline) throw new CheckFailure(`?data= page: still loading after 30 s (${JSON.stringify({ loading: s.loading, error: s.last_error })})`);
    await tab.animation_frames(2);
  }
}

// k. Upload: a HubSpot companies export and a Stripe subscriptions export through the page's real file
// input; the import is shown (nothing changed yet), then committed; the accounts are in the Accounts view.
export async function check_upload(t) {
  const p = t.page;
  const before = await p.state();
  const here = path.dirname(new URL(import.meta.url).pathname);
  const files = ['hubspot_companies.csv', 'stripe_subscriptions.csv'].map((f) => path.join(here, '..', 'data', 'import', f));
  await p.page.setInputFiles('#file-input', files);
  const planned = await p.until((s) => s.import.files === 2, 'both files in the import', 15_000);
  expect(planned.view === 'data', `the import is shown in the Data view, not ${planned.view}`);
  expect(planned.account_count === before.account_count, 'the workspace changed before the import was committed');
  await p.app_frames(3);
  await shot_not_blank(t, p, 'import-preview.png');
  const r = await p.command('import.commit', {});
  expect(r.data.accounts === before.account_count + 2, `after the import: ${r.data.accounts} accounts, expected ${before.account_count + 2}`);
  await p.command('navigate', { view: 'accounts' });
  await p.command('accounts.filter', { text: 'Globex' });
  const s = await p.until((st) => st.accounts_table.rows === 1, 'the imported account Globex in the table', 10_000);
  expect(s.accounts_table.visible_ids[0] === '102', `Globex has id ${s.accounts_table.visible_ids[0]}, expected 102`);
  await p.app_frames(3);
  await shot_not_blank(t, p, 'imported-accounts.png');
  await p.command('accounts.filter', { text: '' });
}
