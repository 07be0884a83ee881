// Overview and Revenue on the demo workspace: the metrics window.retain.state() reports are numbers in
// their ranges, the period and breakdown controls change what the Revenue view shows, and screenshots of
// the Overview, the Revenue charts and the cohort heatmap for people to look at.
import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

async function show(p, view, tab) {
  await p.command('navigate', { view });
  if (tab) await p.command('revenue.show', { tab });
  await p.app_frames(4);
  await p.park_mouse();
}

// m. Overview and Revenue: NRR and GRR are numbers with GRR ≤ 100%; range and breakdown switch.
export async function check_revenue(t) {
  const p = t.page;
  let s = await p.state();
  expect(s.account_count > 200, `expected the demo workspace, found ${s.account_count} accounts`);
  const m = s.metrics;
  expect(m && typeof m.nrr === 'number' && typeof m.grr === 'number',
    `metrics.nrr and metrics.grr are not numbers: ${JSON.stringify(m)}`);
  expect(m.grr >= 0 && m.grr <= 1, `GRR ${m.grr} is outside 0..100%`);
  expect(m.nrr >= m.grr, `NRR ${m.nrr} is below GRR ${m.grr} (NRR adds expansion to GRR)`);
  expect(m.arr > 0 && m.months === 12, `ARR ${m.arr} over ${m.months} months, expected > 0 over 12`);
  expect(/^\d{4}-\d{2}$/.test(m.range.first) && /^\d{4}-\d{2}$/.test(m.range.last), `range ${JSON.stringify(m.range)}`);
  t.h.note(`demo metrics: ARR ${m.arr}, NRR ${m.nrr.toFixed(4)}, GRR ${m.grr.toFixed(4)}, logo churn ${m.logo_churn}, ` +
    `renewal rate ${m.renewal_rate}, NPS ${m.nps}, ${m.range.first}..${m.range.last}`);

  await show(p, 'overview');
  await shot_not_blank(t, p, 'overview.png');
  await show(p, 'revenue', 'revenue');
  await shot_not_blank(t, p, 'revenue.png');

  await p.command('revenue.set_range', { months: 3 });
  s = await p.state();
  expect(s.metrics.revenue_view.months === 3 && s.metrics.revenue_view.range_months === 3,
    `after revenue.set_range 3: ${JSON.stringify(s.metrics.revenue_view)}`);
  await p.command('revenue.set_breakdown', { by: 'segment' });
  s = await p.state();
  const seg = s.metrics.revenue_view;
  expect(seg.breakdown === 'segment' && seg.groups > 1 && seg.key !== '' && seg.accounts < s.account_count,
    `after revenue.set_breakdown segment: ${JSON.stringify(seg)}`);
  expect(seg.arr > 0 && seg.arr < s.metrics.arr, `segment ARR ${seg.arr} not between 0 and the whole ${s.metrics.arr}`);
  const bad = await p.command('revenue.set_breakdown', { by: 'segment', key: 'No such segment' }, { must_succeed: false });
  expect(!bad.ok && /no segment/.test(bad.error), `an unknown segment was accepted: ${JSON.stringify(bad)}`);
  await p.command('revenue.set_breakdown', { by: 'owner' });
  s = await p.state();
  expect(s.metrics.revenue_view.breakdown === 'owner' && s.metrics.revenue_view.groups > 1,
    `after revenue.set_breakdown owner: ${JSON.stringify(s.metrics.revenue_view)}`);
  await show(p, 'revenue', 'retention');
  await shot_not_blank(t, p, 'revenue-retention.png');

  await p.command('revenue.set_breakdown', { by: 'all' });
  await p.command('revenue.set_range', { months: 24 });
  await show(p, 'revenue', 'cohorts');
  await shot_not_blank(t, p, 'revenue-cohorts.png');
  await show(p, 'revenue', 'customers');
  await shot_not_blank(t, p, 'revenue-customers.png');
  await show(p, 'revenue', 'roi');
  await shot_not_blank(t, p, 'revenue-roi.png');
  await p.command('revenue.set_range', { months: 12 });
  await p.command('revenue.show', { tab: 'revenue' });
}
