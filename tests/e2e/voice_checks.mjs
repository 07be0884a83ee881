// Voice of Customer checks: what a CS lead does before handing product a ranked request list — log a
// request for three accounts through window.retain.command, see it on the board ranked by accounts and
// by ARR with the ARR behind it, filter to it, and export the board as CSV through the browser's real
// download, then read the downloaded file.
import fs from 'node:fs';
import path from 'node:path';

import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

// Whether every request is ranked no lower than the next by `field` (accounts count or ARR).
function ranked(requests, by) {
  const value = (r) => (by === 'accounts' ? r.accounts.length : r.arr);
  return requests.every((r, i) => i === 0 || value(requests[i - 1]) >= value(r));
}

// v. Feedback board on the demo: add, rank, filter, export.
export async function check_voice(t) {
  const p = t.page;
  await p.command('workspace.load_demo', {});
  await p.until((s) => s.workspace.loaded_from === 'demo' && !s.loading && s.account_count > 200,
    'the demo workspace is loaded', 20_000);
  await p.click_nav('voice');
  let s = await p.until((st) => st.view === 'voice', 'a click on the Voice nav item shows it', 3_000);
  expect(s.voice.feedback_items > 50 && s.voice.requests.length >= 10,
    `the demo's board: ${s.voice.feedback_items} items, ${s.voice.requests.length} requests`);
  expect(ranked(s.voice.requests, 'accounts'), 'the board is not ranked by accounts');
  await p.app_frames(3);
  await shot_not_blank(t, p, 'voice-board.png');

  // Three accounts ask for the same thing, worded three ways: one request of three accounts.
  const ids = s.voice.requests[0].accounts.slice(0, 3);
  expect(ids.length === 3, `the top request has ${ids.length} accounts`);
  const titles = ['E2E: offline mode', 'e2e offline-mode!', '  E2E Offline Mode '];
  for (let i = 0; i < 3; i++) {
    const r = await p.command('feedback.add', { account: ids[i], title: titles[i], kind: 'feature_request', area: 'E2E Lab' });
    expect(r.data.request === 'e2e offline mode', `feedback.add gave request ${JSON.stringify(r.data)}`);
  }
  s = await p.app_frames(2);
  const ours = s.voice.requests.find((r) => r.key === 'e2e offline mode');
  expect(ours && ours.accounts.length === 3 && ours.items === 3, `our request: ${JSON.stringify(ours)}`);
  expect(ours.arr > 0 && ours.arr_at_risk <= ours.arr, `its ARR ${ours.arr}, at risk ${ours.arr_at_risk}`);
  expect(ranked(s.voice.requests, 'accounts'), 'the board is not ranked by accounts after the add');

  // Editing one item (feedback.update, what the list's pencil posts): a title worded apart moves it to its
  // own request, and moving it back by its request key brings the three together again.
  const third = (await p.command('feedback.add', { account: ids[0], title: 'E2E offline mode, again', kind: 'bug' })).data.id;
  await p.command('feedback.update', { id: third, title: 'E2E offline mode, again (typo fixed)', status: 'under_review' });
  s = await p.app_frames(2);
  expect(s.voice.requests.some((r) => r.key === 'e2e offline mode again typo fixed'),
    `the edited title is a request of its own: ${JSON.stringify(s.voice.requests.map((r) => r.key))}`);
  await p.command('feedback.update', { id: third, request: 'e2e offline mode' });
  s = await p.app_frames(2);
  const moved = s.voice.requests.find((r) => r.key === 'e2e offline mode');
  expect(moved && moved.items === 4 && moved.accounts.length === 3 && moved.status === 'under_review',
    `the item moved alone to our request: ${JSON.stringify(moved)}`);
  await p.command('feedback.delete', { id: third });
  s = await p.app_frames(2);

  await p.command('voice.board', { rank: 'arr' });
  s = await p.app_frames(2);
  expect(s.voice.rank === 'arr' && ranked(s.voice.requests, 'arr'), 'the board is not ranked by ARR');
  const position = s.voice.requests.findIndex((r) => r.key === 'e2e offline mode');
  expect(position >= 0, 'our request left the board when ranked by ARR');
  t.h.note(`our request: ${ours.accounts.length} accounts, ARR ${ours.arr}; #${position + 1} of ${s.voice.requests.length} by ARR`);

  // Filtered to its area, the board holds it alone; the export is that board.
  await p.command('voice.board', { area: 'E2E Lab' });
  await p.command('voice.select_request', { request: 'e2e offline mode' });
  s = await p.app_frames(3);
  expect(s.voice.requests.length === 1 && s.voice.requests[0].key === 'e2e offline mode',
    `filtered board: ${JSON.stringify(s.voice.requests.map((r) => r.key))}`);
  await shot_not_blank(t, p, 'voice-request.png');

  const waiting = p.page.waitForEvent('download', { timeout: 15_000 });
  const r = await p.command('voice.export', {});
  const download = await waiting;
  const name = download.suggestedFilename();
  expect(name.endsWith('-feedback-board.csv') && name === r.data.filename, `the browser offered "${name}"`);
  const file = path.join(t.out, name);
  await download.saveAs(file);
  const lines = fs.readFileSync(file, 'utf8').split('\r\n').filter((l) => l.length > 0);
  expect(lines.length === 2, `the export has ${lines.length} lines`);
  expect(lines[0].startsWith('request,title,kind,area,status,accounts,arr,arr_at_risk'), `header: ${lines[0]}`);
  const arr_units = (ours.arr / 100).toFixed(2);
  expect(lines[1].startsWith('e2e offline mode,E2E: offline mode,feature_request,E2E Lab,new,3,' + arr_units + ','),
    `row: ${lines[1]}`);
  t.h.note(`voice.export: ${name}, ${lines.length - 1} request`);

  // Leave the board as a user would find it.
  await p.command('voice.board', { rank: 'accounts', area: '' });
}
