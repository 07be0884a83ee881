// Playbooks checks: what a CS lead does on the demo — write a playbook through window.retain.command, run
// the playbooks with a real click on "Run now", find the new playbook's tasks in the inbox, open one and
// complete it with a real click on "Complete", with screenshots of the inbox and the library.
import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

// Real mouse: move, let a frame see the hover, press, release (rect in CSS pixels from state()).
export async function click_rect(p, r, what) {
  expect(r && r.w > 0 && r.h > 0, `${what} was not drawn: ${JSON.stringify(r)}`);
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  await p.page.mouse.move(x, y);
  await p.app_frames(1, 1_000);
  await p.page.mouse.down();
  await p.app_frames(1, 1_000);
  await p.page.mouse.up();
  await p.app_frames(2, 2_000);
}

// o. Playbooks on the demo: create, run by click, inbox, complete by click.
export async function check_playbooks(t) {
  const p = t.page;
  await p.command('workspace.load_demo', {});
  await p.until((s) => s.workspace.loaded_from === 'demo' && !s.loading && s.account_count > 200,
    'the demo workspace is loaded', 20_000);
  await p.click_nav('playbooks');
  let s = await p.until((st) => st.view === 'playbooks', 'a click on the Playbooks nav item shows it', 3_000);
  expect(s.playbooks.count >= 17 && s.playbooks.enabled === s.playbooks.count,
    `the built-in library: ${JSON.stringify(s.playbooks)}`);

  // A playbook of our own: every account renewing within a year gets a short check-in task.
  const created = await p.command('playbooks.create', {
    playbook: {
      name: 'E2E renewal check-in', category: 'Renewal', goal: 'Confirm the renewal is on track.',
      trigger: { kind: 'renewal_within', days: 365 },
      steps: [{ title: 'E2E: call about the renewal', role: 'csm', due_days: 3, kind: 'call',
        text: 'Agenda: goals, blockers, decision makers, timeline.' }],
      success: { kind: 'renewed', days: 400 },
    },
  });
  const id = created.data.id;
  expect(/^pb-user-\d+$/.test(id), `playbooks.create gave id ${id}`);
  const refused = await p.command('playbooks.update', { id, playbook: { steps: [] } }, { must_succeed: false });
  expect(!refused.ok && /at least one step/.test(refused.error), `an empty playbook: ${JSON.stringify(refused)}`);
  await p.app_frames(3);
  await shot_not_blank(t, p, 'playbooks-library.png');

  await p.command('playbooks.show', { tab: 'inbox' });
  s = await p.app_frames(3);
  expect(s.playbooks.tasks.total === 0, `tasks before the run: ${s.playbooks.tasks.total}`);
  await click_rect(p, s.playbooks.run_button, 'Run now');
  s = await p.until((st) => st.playbooks.tasks.total > 0, 'a click on Run now creates tasks', 5_000);
  const first_run = s.playbooks.last_run_created;
  expect(first_run === s.playbooks.tasks.total, `last run ${first_run} vs ${s.playbooks.tasks.total} tasks`);
  await click_rect(p, s.playbooks.run_button, 'Run now (again)');
  s = await p.until((st) => st.playbooks.last_run_created === 0, 'a second run creates no task', 5_000);
  expect(s.playbooks.tasks.total === first_run, 'the second run changed the task count');

  // The new playbook's tasks are in the inbox.
  await p.command('tasks.filter', { scope: 'team', due: 'all', sort: 'priority', playbook: id });
  s = await p.app_frames(2);
  const ours = s.playbooks.inbox.visible.filter((x) => x.playbook === id);
  const ours_total = s.playbooks.inbox.rows;
  expect(ours.length > 0, `no task of ${id} among the first inbox rows: ${JSON.stringify(s.playbooks.inbox.visible.slice(0, 3))}`);
  const task = ours[0];
  await p.command('tasks.open', { id: task.id });
  s = await p.app_frames(3);
  expect(s.selected_account === task.account, `opening a task opens its account: ${s.selected_account}`);
  await shot_not_blank(t, p, 'playbooks-inbox.png');
  await click_rect(p, s.playbooks.complete_button, 'Complete');
  s = await p.until((st) => st.playbooks.tasks.done === 1, 'a click on Complete marks the task done', 5_000);
  expect(!s.playbooks.inbox.visible.some((x) => x.id === task.id), 'a done task left the open inbox');
  expect(s.playbooks.inbox.rows === ours_total - 1, `inbox rows after completing: ${s.playbooks.inbox.rows}`);
  t.h.note(`playbooks: ${first_run} tasks from ${s.playbooks.enabled} enabled playbooks; ${task.id} completed`);

  // Reload: the autosave (IndexedDB) has kept the new playbook and the completed task.
  await p.until((st) => st.storage.mode === 'ready' && !st.storage.saving && !st.storage.unsaved,
    'the completed task is saved to browser storage', 15_000);
  await p.goto(t.url);
  await p.wait_ready(30_000);
  s = await p.until((st) => st.storage.mode !== 'starting' && !st.loading && st.account_count > 200,
    'after a reload the stored workspace is open', 20_000);
  expect(s.workspace.loaded_from === 'storage', `after reload loaded_from is "${s.workspace.loaded_from}"`);
  expect(s.playbooks.tasks.done === 1 && s.playbooks.tasks.total === first_run,
    `after reload: ${JSON.stringify(s.playbooks.tasks)} (expected 1 done of ${first_run})`);
  await p.command('playbooks.edit', { id });  // fails when the playbook is gone
  await p.command('playbooks.edit', { id: '' });
  // The completed task itself is still there (tasks.open fails for an unknown id), and not in the open inbox.
  await p.command('tasks.open', { id: task.id });
  await p.command('navigate', { view: 'playbooks' });
  await p.command('playbooks.show', { tab: 'inbox' });
  await p.command('tasks.filter', { scope: 'team', due: 'all', sort: 'priority', playbook: id });
  s = await p.app_frames(4);
  expect(s.playbooks.inbox.rows === ours_total - 1, `after reload the open inbox has ${s.playbooks.inbox.rows} rows`);
}
