// Health checks: what a CS lead does with the demo — open Health by a real click on the navigation, see
// the mix, raise a measure's weight, see a broken edit refused, run a backtest and read its AUC, with
// screenshots of each tab and of an account's explanation for people to look at.
import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

const scored = (mix) => mix.red + mix.yellow + mix.green;

// n. Health on the demo: mix, scorecard edit, refused edit, history, backtest with a result, screenshots.
export async function check_health(t) {
  const p = t.page;
  const view_before = (await p.state()).view;
  await p.command('workspace.load_demo', {});
  await p.until((s) => s.workspace.loaded_from === 'demo' && !s.loading && s.account_count > 200,
    'the demo workspace is loaded', 20_000);
  await p.click_nav('health');
  let s = await p.until((st) => st.view === 'health', 'a click on the Health nav item shows Health', 3_000);
  const mix = s.health.mix;
  expect(scored(mix) > 100 && mix.red > 0 && mix.green > 0, `the demo's health mix: ${JSON.stringify(mix)}`);
  expect(s.health.scorecard_problem === '', `the demo's scorecard has a problem: ${s.health.scorecard_problem}`);

  // An edit a CS lead makes: usage trend counts double.
  const raised = await p.command('health.set_measure', { id: 'usage_trend', weight: 6 });
  expect(raised.ok, `health.set_measure: ${raised.error}`);
  // A broken edit is refused with the reason, and nothing changes.
  const before = (await p.state()).health.mix;
  const refused = await p.command('health.set_thresholds', { red_below: 95, green_from: 10 }, { must_succeed: false });
  expect(!refused.ok && /must not exceed/.test(refused.error), `a crossed threshold edit: ${JSON.stringify(refused)}`);
  s = await p.state();
  expect(JSON.stringify(s.health.mix) === JSON.stringify(before), 'a refused edit changed the mix');

  await p.until((st) => st.health.history.ready && !st.health.history.running, 'the weekly history is computed', 30_000);
  await p.park_mouse();
  await p.app_frames(2);
  await shot_not_blank(t, p, 'health.png');

  await p.command('health.show', { tab: 'scorecard' });
  await p.app_frames(3);
  await shot_not_blank(t, p, 'health-scorecard.png');

  await p.command('health.show', { tab: 'backtest' });
  await p.command('health.run_backtest', { horizon: 90 });
  s = await p.until((st) => !st.health.backtest.running && st.health.backtest.auc !== null,
    'the 90-day backtest finishes with an AUC', 60_000);
  expect(s.health.backtest.auc > 0.5, `backtest AUC ${s.health.backtest.auc} is no better than chance`);
  expect(s.health.backtest.proposed_auc !== null, `no proposal: ${s.health.backtest.note}`);
  t.h.note(`health: mix ${JSON.stringify(mix)}; 90-day AUC ${s.health.backtest.auc.toFixed(3)}, ` +
    `proposed ${s.health.backtest.proposed_auc.toFixed(3)} (held-out ${s.health.backtest.holdout_auc?.toFixed(3)} -> ` +
    `${s.health.backtest.holdout_proposed_auc?.toFixed(3)})`);
  await p.app_frames(3);
  await shot_not_blank(t, p, 'health-backtest.png');

  // The riskiest account's explanation in the panel: why it has its color.
  await p.command('health.show', { tab: 'accounts' });
  await p.command('health.sort', { column: 'score', descending: false });
  s = await p.app_frames(2);
  const riskiest = s.health.table.visible_ids[0];
  expect(typeof riskiest === 'string', `the Health table shows no rows: ${JSON.stringify(s.health.table)}`);
  await p.command('accounts.select', { id: riskiest });
  await p.app_frames(3);
  await shot_not_blank(t, p, 'health-panel.png');

  await p.command('panel.close', {});
  await p.command('health.reset_scorecard', {});
  await p.command('navigate', { view: view_before });
}
