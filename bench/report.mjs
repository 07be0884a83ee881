#!/usr/bin/env node
// Joins the native and the in-browser results into one JSON document with the machine, browser and
// date, and prints the tables of docs/performance.md (Markdown) on stdout.
//   node bench/report.mjs --native native.json --web web.json --out results.json
// Ends with issue 9's targets, each with this run's figure and whether it was met.
import fs from 'node:fs';
import os from 'node:os';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, v, i, a) => (i % 2 ? pairs : [...pairs, [a[i], a[i + 1]]]), []));
const native = JSON.parse(fs.readFileSync(args['--native'], 'utf8'));
const web = JSON.parse(fs.readFileSync(args['--web'], 'utf8'));

const machine = {
  cpu: (os.cpus()[0] || {}).model || 'unknown', cores: os.cpus().length,
  memory_gb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version,
};

// Issue 9's targets against this run's figures (Chromium wherever the page is measured). `value` is
// undefined when the run has no figure for it, which reads as "not measured", never as met.
const max = (v) => (v.length ? Math.max(...v) : undefined);
const min = (v) => (v.length ? Math.min(...v) : undefined);
const parse_ratio = (peer) => min(web.parse.filter((p) => p.parser === 'retain').map((ours) => {
  const other = web.parse.find((p) => p.file === ours.file && p.parser === peer);
  return other ? ours.parse_mb_s / other.parse_mb_s : Infinity;
}));
const wasm_analysis = (web.import_wasm_all && web.import_wasm_all.analysis) || {};
const an = wasm_analysis.analysis || {};
const frames = Object.values((web.views && web.views.frames) || {}).filter((f) => !f.error);
const st = web.storage || {};
const gz = web.sizes ? web.sizes['retain.wasm'].gzip + web.sizes['retain.js'].gzip + web.sizes['retain_page.js'].gzip : undefined;
// The longest the page was held during the import through the app: an app frame, one slice of the work
// between frames (the plan, the analysis), or the import.commit call itself.
function longest_hold(app) {
  const held = (app.steps || []).map((s) => Math.max(s.longest_frame_ms || 0, s.step === 'import.commit' ? s.ms : 0));
  return Math.max(...held, (app.pump && app.pump.longest_ms) || 0);
}
const TARGETS = [
  ['end-to-end import (accounts + usage, through the app)', 'ms', '≤', 1000, web.import_app && web.import_app.total_ms],
  ['import in wasm (plan + commit, the io pipeline)', 'ms', '≤', 1000, web.import_wasm && web.import_wasm.total_ms],
  ['longest the page is held during the import (a frame, a slice of work, the commit; issue 9 point 4)', 'ms', '≤', 100,
    web.import_app && longest_hold(web.import_app)],
  ['CSV parse, Retain ÷ d3-dsv (worst file)', '×', '≥', 3, parse_ratio('d3_dsv')],
  ['CSV parse, Retain ÷ Papa Parse (worst file)', '×', '≥', 10, parse_ratio('papaparse')],
  ['rescore after a weight change', 'ms', '≤', 16, an.rescore_after_weight_change && an.rescore_after_weight_change.median_ms],
  ['all metrics', 'ms', '≤', 200, an.all_metrics && an.all_metrics.median_ms],
  ['playbook run', 'ms', '≤', 100, an.playbook_run && an.playbook_run.median_ms],
  ['backtest, 24 months of weekly dates (issue 4)', 'ms', '≤', 2000, an.backtest_weekly_24m && an.backtest_weekly_24m.median_ms],
  ['frame CPU time, median (worst view)', 'ms', '≤', 4, max(frames.map((f) => f.median_ms))],
  ['frame CPU time, p95 (worst view)', 'ms', '≤', 8, max(frames.map((f) => f.p95_ms))],
  ['any accounts sort (the frame that sorts)', 'ms', '≤', 30, web.views && max(web.views.sort.map((x) => x.next_frame_ms))],
  ['IndexedDB save (call until committed)', 'ms', '≤', 500,
    st.save_blocking_ms !== undefined ? st.save_blocking_ms + st.commit_after_call_ms : undefined],
  ['IndexedDB load (reload until the stored workspace is open)', 'ms', '≤', 700, st.reload_to_open_ms],
  ['peak wasm heap of the app (import, Health history, save; fresh page)', 'MB', '≤', 300,
    web.app_memory && web.app_memory.peak_bytes / 2 ** 20],
  ['page load to first frame', 'ms', '≤', 1000, web.load && web.load.first_frame_ms],
  ['wasm + js, gzip -9', 'KB', '≤', 450, gz && gz / 1024],
];
const targets = TARGETS.map(([what, unit, op, target, value]) => ({
  what, unit, target: `${op} ${target}`, value: Number.isFinite(value) ? value : null,
  met: Number.isFinite(value) ? (op === '≤' ? value <= target : value >= target) : null,
}));
const result = { date: new Date().toISOString(), machine, browser: web.browser, peers: web.peers, native, web, targets };
if (args['--out']) fs.writeFileSync(args['--out'], JSON.stringify(result, null, 2) + '\n');

const f0 = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '-');
const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : '-');
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const lines = [];
const table = (head, rows) => {
  lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  lines.push('');
};

lines.push(`${result.date.slice(0, 10)}; ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB; ${machine.os}; ` +
  `${web.browser}; Papa Parse ${web.peers.papaparse}, d3-dsv ${web.peers.d3_dsv}.`, '');

lines.push('**CSV parse throughput** (MB = 10^6 bytes of the file; median of the runs; parse only: Retain after ' +
  'UTF-8 validation, the JS parsers after TextDecoder, whose time is the decode column)', '');
const by = (file, parser) => web.parse.find((p) => p.file === file && p.parser === parser);
const parse_rows = [];
for (const n of native.parse) {
  const ours = by(n.file, 'retain'), d3 = by(n.file, 'd3_dsv'), papa = by(n.file, 'papaparse'), scan = by(n.file, 'byte_scan');
  parse_rows.push([n.file, f1(n.bytes / 1e6), f0(n.rows), f0(n.parse_mb_s_median), f0(ours && ours.parse_mb_s),
    f0(d3 && d3.parse_mb_s), f0(papa && papa.parse_mb_s), f0(scan && scan.parse_mb_s),
    ours && d3 ? `${(ours.parse_mb_s / d3.parse_mb_s).toFixed(1)}×` : '-',
    ours && papa ? `${(ours.parse_mb_s / papa.parse_mb_s).toFixed(1)}×` : '-',
    `${f1(ours && ours.decode_ms)} / ${f1(d3 && d3.decode_ms)}`]);
}
table(['file', 'MB', 'rows', 'Retain native MB/s', 'Retain wasm MB/s', 'd3-dsv MB/s', 'Papa Parse MB/s', 'JS byte scan MB/s',
  'Retain ÷ d3-dsv', 'Retain ÷ Papa', 'decode ms (Retain / TextDecoder)'], parse_rows);

lines.push('**Import** of accounts.csv + usage.csv (100,000 accounts, 1,000,000 usage rows) into an empty workspace: ' +
  'decode, parse, route, map, coerce and validate every cell, stage, count (plan), then build the workspace (commit)', '');
const ni = native.import_accounts_usage, wi = web.import_wasm;
const app = web.import_app;
const plan_step = app.steps.find((s) => s.step === 'plan, between frames');
table(['where', 'plan ms', 'commit ms', 'total ms'], [
  ['native (wall; thread CPU time in brackets)', f0(ni.plan.median_ms), f0(ni.commit.median_ms),
    `${f0(ni.total.median_ms)}${ni.total_cpu ? ` (${f0(ni.total_cpu.median_ms)} CPU)` : ''}`],
  ['Chromium, io pipeline in wasm', f0(wi.plan_ms), f0(wi.commit_ms), f0(wi.total_ms)],
  ['Chromium, through the app (files handed over, then the plan between frames, then import.commit)',
    app.steps.filter((s) => s.step.startsWith('open')).map((s) => f0(s.ms)).join(' + ') +
      (plan_step ? ` + ${f0(plan_step.ms)} (${plan_step.frames} animation frames; ${app.pump ? `${app.pump.calls} slices of work, ${f0(app.pump.work_ms)} ms in all, ` : ''}longest app frame ${f0(plan_step.longest_frame_ms)} ms, longest gap between frames ${f0(plan_step.longest_gap_ms)} ms)` : ''),
    f0((app.steps.find((s) => s.step === 'import.commit') || {}).ms), f0(app.total_ms)],
]);
const na = native.import_all, wa = web.import_wasm_all;
lines.push(`Every file of the dataset (${na.files.join(', ')}; ${f1(na.bytes / 1e6)} MB): native ${f0(na.total.median_ms)} ms, ` +
  `in wasm ${f0(wa.plan_ms + wa.commit_ms)} ms.`, '');

lines.push('**The page**', '');
const s = web.sizes;
const v = web.views;
const frame_row = (label, key) => {
  const fr = v.frames[key];
  return fr && !fr.error ? [label, `${f1(fr.median_ms)} ms`, `${f1(fr.p95_ms)} ms`, `${fr.frames}`] : [label, fr ? fr.error : 'not measured', '', ''];
};
table(['measure', 'value', '', ''], [
  ['page load to retain.ready', `${f0(web.load.ready_ms)} ms`, '', ''],
  ['page load to first drawn frame', `${f0(web.load.first_frame_ms)} ms`, '', ''],
  ['retain.wasm raw / gzip -9', kb(s['retain.wasm'].raw), kb(s['retain.wasm'].gzip), ''],
  ['retain.js + retain_page.js raw / gzip -9', kb(s['retain.js'].raw + s['retain_page.js'].raw), kb(s['retain.js'].gzip + s['retain_page.js'].gzip), ''],
  ['peak wasm memory of the bench page (after every benchmark, the in-wasm imports of every file included)', `${f0(web.wasm_memory_bytes / 2 ** 20)} MB`, '', ''],
  ...((web.app_memory && web.app_memory.steps) || []).map((m) =>
    [`app's wasm memory in a fresh page, ${m.step}`, `${f0(m.heap_bytes / 2 ** 20)} MB`, '', '']),
  ['frame CPU time (median, p95, frames)', '', '', ''],
  frame_row('Overview, 100,000 accounts', 'overview'),
  frame_row('Accounts sorted by ARR', 'accounts_sorted'),
  frame_row('Accounts sorted and filtered ("acme")', 'accounts_sorted_filtered'),
  frame_row('Health', 'health'),
]);
table(['accounts.sort (100,000 rows)', 'command ms', 'next frame ms'],
  v.sort.map((x) => [`${x.column} ${x.descending ? '↓' : '↑'}`, f1(x.command_ms), f1(x.next_frame_ms)]));
lines.push('**Over every file imported (in wasm)**: the analysis, a rescore, all metrics, a playbook run and the ' +
  'storage snapshot; and the app\'s IndexedDB save and reload of the imported accounts', '');
const m = (x) => (x ? `${f1(x.median_ms)} ms` : '-');
table(['measure', 'Chromium (wasm)', 'native'], [
  ['analyse (health, history, metrics inputs)', m(an.analyse), m(native.analysis && native.analysis.analyse)],
  ['rescore after a weight change', m(an.rescore_after_weight_change), m(native.analysis && native.analysis.rescore_after_weight_change)],
  ['all metrics', m(an.all_metrics), m(native.analysis && native.analysis.all_metrics)],
  ['playbook run (tasks created)', `${m(an.playbook_run)} (${f0(an.tasks_created)})`,
    native.analysis ? `${m(native.analysis.playbook_run)} (${f0(native.analysis.tasks_created)})` : '-'],
  ['backtest, 24 months weekly: samples + evaluation / weights proposal (dates, samples, AUC)',
    `${m(an.backtest_weekly_24m)} / ${m(an.backtest_propose)} (${f0(an.backtest_dates)}, ${f0(an.backtest_samples)}, ` +
    `${an.backtest_auc === undefined ? '-' : Number(an.backtest_auc).toFixed(3)})`,
    native.analysis && native.analysis.backtest_weekly_24m ? `${m(native.analysis.backtest_weekly_24m)} / ${m(native.analysis.backtest_propose)}` : '-'],
  ['storage snapshot save / load', `${m(wasm_analysis.storage && wasm_analysis.storage.snapshot_save)} / ${m(wasm_analysis.storage && wasm_analysis.storage.snapshot_load)}`,
    native.storage ? `${m(native.storage.snapshot_save)} / ${m(native.storage.snapshot_load)}` : '-'],
  ['IndexedDB: save holds the page / committed after / bytes', st.bytes ? `${f0(st.save_blocking_ms)} ms / ${f0(st.commit_after_call_ms)} ms / ${f1(st.bytes / 1e6)} MB` : '-', ''],
  ['IndexedDB: record read and decoded / reload until open', st.bytes ? `${f0(st.load_ms)} ms / ${f0(st.reload_to_open_ms)} ms` : '-', ''],
]);
table(['target (issue 9)', 'target', 'this run', 'met'], targets.map((t) => [t.what, `${t.target} ${t.unit}`,
  t.value === null ? 'not measured' : `${t.unit === '×' ? t.value.toFixed(1) : f1(t.value)} ${t.unit}`,
  t.met === null ? '-' : t.met ? 'yes' : `**no**`]));
process.stdout.write(lines.join('\n'));
