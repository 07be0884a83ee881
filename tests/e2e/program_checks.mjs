// Program checks: what a CSM does before a QBR — open an account (click one) and press "QBR pack" in its
// panel (click two) — and what a CS lead sends upward: the team report. Each file is taken from the real
// browser download, opened in the browser from disk (file://), and read there: the account's name and
// its ARR (cross-checked against the accounts CSV the page exports) and NRR, the team's NRR (against
// window.retain.state()), no script and nothing loaded from outside. Screenshots of both reports.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';
import { click_rect } from './playbooks_checks.mjs';

// The download a step causes, saved under --out; returns its path and suggested name.
async function take_download(t, p, cause, file) {
  const waiting = p.page.waitForEvent('download', { timeout: 15_000 });
  await cause();
  const download = await waiting;
  const saved = path.join(t.out, file);
  await download.saveAs(saved);
  return { saved, name: download.suggestedFilename() };
}

// Opens a saved report from disk in a new tab of the same browser; returns what the page shows, the
// requests it made beyond its own file, and the tab (closed by the caller after a screenshot).
async function open_report(t, file) {
  const tab = await t.context.newPage();
  const requests = [];
  tab.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await tab.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 15_000 });
  const shown = await tab.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    scripts: document.scripts.length,
    svgs: document.querySelectorAll('svg').length,
    sections: document.querySelectorAll('section').length,
    facts: Object.fromEntries([...document.querySelectorAll('dl.header div')].map((d) =>
      [d.querySelector('dt').textContent, d.querySelector('dd').textContent])),
  }));
  return { tab, shown, requests };
}

// "$1,234,567" from a whole-or-decimal amount in major units, rounded half up as format_money does.
function money(amount) {
  return '$' + String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percent(ratio) {
  return `${(ratio * 100).toFixed(1)}%`;
}

// The accounts CSV the page exports: id -> ARR in major units (the "arr" column).
async function arr_by_account(t, p) {
  const { saved } = await take_download(t, p, () => p.command('export.csv', { entity: 'accounts' }), 'program-accounts.csv');
  const lines = fs.readFileSync(saved, 'utf8').split('\r\n').filter((l) => l.length > 0);
  const header = lines[0].split(',');
  const id_col = header.indexOf('id'), arr_col = header.indexOf('arr');
  expect(id_col >= 0 && arr_col >= 0, `accounts.csv has no id / arr column: ${lines[0]}`);
  const out = new Map();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');  // the demo's ids and amounts hold no commas or quotes
    out.set(cells[id_col], Number(cells[arr_col]));
  }
  return out;
}

// q. The QBR pack in two clicks, and the team report, opened from disk.
export async function check_program_reports(t) {
  const p = t.page;
  await p.command('workspace.load_demo', {});
  let s = await p.until((st) => st.workspace.loaded_from === 'demo' && !st.loading && st.account_count > 200,
    'the demo workspace is loaded', 20_000);
  const arr = await arr_by_account(t, p);

  // Click one: an account in the table opens its panel (through the same command a row click posts).
  await p.click_nav('accounts');
  s = await p.until((st) => st.view === 'accounts' && st.accounts_table.visible_ids.length > 0, 'the accounts table shows rows', 5_000);
  const id = s.accounts_table.visible_ids[0];
  await p.command('accounts.select', { id });
  s = await p.until((st) => st.selected_account === id && st.program.qbr_button.w > 0, 'the panel shows its QBR pack button', 5_000);
  // Click two: "QBR pack", a real mouse click.
  const qbr = await take_download(t, p, () => click_rect(p, s.program.qbr_button, 'QBR pack'), 'qbr-pack.html');
  expect(qbr.name.endsWith('.html'), `the QBR pack downloaded as "${qbr.name}"`);
  s = await p.until((st) => st.program.last_report === qbr.name, 'the app says which report it downloaded', 3_000);

  const account = await open_report(t, qbr.saved);
  try {
    const name = t.demo_names ? t.demo_names.get(id) : null;
    expect(name, `the demo has no name for ${id}`);
    expect(account.shown.title === `${name}: account review`, `the report's title is "${account.shown.title}"`);
    expect(account.shown.facts.Account === name, `the header names "${account.shown.facts.Account}", not "${name}"`);
    const want_arr = money(arr.get(id));
    expect(account.shown.facts.ARR === want_arr, `ARR in the pack "${account.shown.facts.ARR}", the accounts CSV says ${want_arr}`);
    expect(/^(\d+\.\d%|n\/a)$/.test(account.shown.facts['NRR (12 months)'] || ''),
      `NRR in the pack: ${JSON.stringify(account.shown.facts['NRR (12 months)'])}`);
    for (const heading of ['Goals and outcomes', 'Health', 'Usage trend', 'Value delivered', 'Open risks', 'Next steps'])
      expect(account.shown.text.includes(heading), `the pack has no "${heading}" section`);
    expect(account.shown.scripts === 0, `the pack has ${account.shown.scripts} scripts`);
    expect(account.requests.length === 0, `the pack loaded ${account.requests.join(', ')}`);
    await account.tab.screenshot({ path: path.join(t.out, 'qbr-pack.png'), fullPage: true });
    t.h.note(`QBR pack of ${name}: ${qbr.name}, ARR ${account.shown.facts.ARR}, NRR ${account.shown.facts['NRR (12 months)']}, ` +
      `${account.shown.svgs} chart(s)`);
  } finally {
    await account.tab.close();
  }

  // The eight steps and the launch plan as a founder sees them after ticking a step and starting the plan.
  await p.command('program.set_step', { step: 'charter', done: true });
  await p.command('program.set_launch_start', { date: '2026-10-01' });
  await p.command('program.show', { tab: 'steps' });
  s = await p.app_frames(3);
  expect(s.program.steps_completed === 1 && s.program.launch_phase === 'pilot' && s.program.launch_day === 46,
    `program after one tick and a start on 2026-10-01 (as of 2026-11-15): ${JSON.stringify(s.program)}`);
  await shot_not_blank(t, p, 'program-steps.png');
  await p.command('program.show', { tab: 'launch' });
  await p.app_frames(3);
  await shot_not_blank(t, p, 'program-launch.png');
  await p.command('edit.undo', {});
  await p.command('edit.undo', {});
  s = await p.state();
  expect(s.program.steps_completed === 0 && s.program.launch_phase === 'not_started', `undo: ${JSON.stringify(s.program)}`);

  // The team report from the Program view's Reports tab, read against the Overview's NRR and GRR.
  await p.command('program.show', { tab: 'reports' });
  await p.app_frames(2);
  await p.screenshot(path.join(t.out, 'program-reports.png'));
  const team = await take_download(t, p, () => p.command('reports.team', { format: 'html' }), 'team-report.html');
  const report = await open_report(t, team.saved);
  try {
    s = await p.state();
    expect(report.shown.facts.NRR === percent(s.metrics.nrr), `team NRR "${report.shown.facts.NRR}", state says ${percent(s.metrics.nrr)}`);
    expect(report.shown.facts.GRR === percent(s.metrics.grr), `team GRR "${report.shown.facts.GRR}", state says ${percent(s.metrics.grr)}`);
    expect(report.shown.facts.ARR === money(s.metrics.arr / 100), `team ARR "${report.shown.facts.ARR}", state says ${money(s.metrics.arr / 100)}`);
    // The report's top requests are the feedback board ranked by ARR, unfiltered: its first row is the board's.
    await p.command('voice.board', { rank: 'arr', area: '' });
    const board = (await p.app_frames(2)).voice;
    const top = board.requests[0];
    expect(top && report.shown.text.includes('Top requests') && report.shown.text.includes(top.title),
      `the team report's top requests miss the board's first by ARR, "${top && top.title}"`);
    await p.command('voice.board', { rank: 'accounts' });
    expect(report.shown.svgs === 1 && report.shown.scripts === 0 && report.requests.length === 0,
      `team report: ${report.shown.svgs} svg, ${report.shown.scripts} scripts, requests ${report.requests.join(', ')}`);
    await report.tab.screenshot({ path: path.join(t.out, 'team-report.png'), fullPage: true });
  } finally {
    await report.tab.close();
  }
  await p.command('panel.close', {});
}
