#!/usr/bin/env node
// Joins the native and the in-browser results into one JSON document with the machine, browser and
// date, and prints the tables of docs/performance.md (Markdown) on stdout.
//   node bench/report.mjs --native native.json --web web.json --out results.json
// Measurements of issue 9 that need features not built yet are listed as such, never with a number.
import fs from 'node:fs';
import os from 'node:os';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, v, i, a) => (i % 2 ? pairs : [...pairs, [a[i], a[i + 1]]]), []));
const native = JSON.parse(fs.readFileSync(args['--native'], 'utf8'));
const web = JSON.parse(fs.readFileSync(args['--web'], 'utf8'));

const NOT_BUILT = [
  ['IndexedDB save and load', 'workspace storage in IndexedDB'],
  ['rescore', 'health scoring on demand'],
  ['all metrics', 'the metrics engine'],
  ['a playbook run', 'playbooks'],
];

const machine = {
  cpu: (os.cpus()[0] || {}).model || 'unknown', cores: os.cpus().length,
  memory_gb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version,
};
const result = { date: new Date().toISOString(), machine, browser: web.browser, peers: web.peers, native, web,
  not_measured: NOT_BUILT.map(([what, feature]) => ({ what, reason: `feature not built: ${feature}` })) };
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
table(['where', 'plan ms', 'commit ms', 'total ms'], [
  ['native (wall; thread CPU time in brackets)', f0(ni.plan.median_ms), f0(ni.commit.median_ms),
    `${f0(ni.total.median_ms)}${ni.total_cpu ? ` (${f0(ni.total_cpu.median_ms)} CPU)` : ''}`],
  ['Chromium, io pipeline in wasm', f0(wi.plan_ms), f0(wi.commit_ms), f0(wi.total_ms)],
  ['Chromium, through the app (file drop path, then import.commit)', app.steps.filter((s) => s.step.startsWith('open')).map((s) => f0(s.ms)).join(' + '),
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
  ['peak wasm memory (after every benchmark)', `${f0(web.wasm_memory_bytes / 2 ** 20)} MB`, '', ''],
  ['frame CPU time (median, p95, frames)', '', '', ''],
  frame_row('Overview, 100,000 accounts', 'overview'),
  frame_row('Accounts sorted by ARR', 'accounts_sorted'),
  frame_row('Accounts sorted and filtered ("acme")', 'accounts_sorted_filtered'),
  frame_row('Health', 'health'),
]);
table(['accounts.sort (100,000 rows)', 'command ms', 'next frame ms'],
  v.sort.map((x) => [`${x.column} ${x.descending ? '↓' : '↑'}`, f1(x.command_ms), f1(x.next_frame_ms)]));
table(['not measured yet', 'why'], result.not_measured.map((n) => [n.what, n.reason]));
process.stdout.write(lines.join('\n'));
