// Segments & Team checks: open the view by a real click on the navigation, add a segment rule with a
// real click on "+ Add rule", make it the first rule through window.retain, and see the selected
// account's panel name the new rule; then push a CSM over capacity and apply the suggestions with a real
// click. Screenshots of both tabs and of the panel for people to look at.
import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

async function click_rect(p, rect, what) {
  const [x, y, w, h] = rect;
  expect(w > 0 && h > 0, `${what} was not drawn: ${JSON.stringify(rect)}`);
  await p.page.mouse.move(x + w / 2, y + h / 2);
  await p.app_frames(1, 1_000);
  await p.page.mouse.down();
  await p.app_frames(1, 1_000);
  await p.page.mouse.up();
  await p.app_frames(2, 2_000);
}

// o. Segments & Team on the demo: a rule added by click and moved first re-places the open account.
export async function check_team(t) {
  const p = t.page;
  await p.command('workspace.load_demo', {});
  await p.until((s) => s.workspace.loaded_from === 'demo' && !s.loading && s.account_count > 200,
    'the demo workspace is loaded', 20_000);
  await p.click_nav('team');
  let s = await p.until((st) => st.view === 'team', 'a click on the Team nav item shows Segments & Team', 3_000);
  expect(s.team.segments.length === 3, `the demo's segments: ${JSON.stringify(s.team.segments)}`);
  expect(s.team.headcount.needed > 0, `headcount needed: ${JSON.stringify(s.team.headcount)}`);
  await p.command('team.show', { tab: 'segments' });
  s = await p.app_frames(3);
  const rules_before = s.team.rules;

  const id = s.accounts_table.visible_ids[0];
  expect(typeof id === 'string', 'the accounts table has rows');
  await p.command('accounts.select', { id });
  const before = (await p.command('segments.placement', { account: id })).data;

  await click_rect(p, (await p.state()).team.add_rule_rect, '"+ Add rule"');
  s = await p.until((st) => st.team.rules === rules_before + 1, 'a click on "+ Add rule" adds a rule', 3_000);
  const index = s.team.rules - 1;
  const set = await p.command('segments.set_rule', {
    index,
    rule: { name: 'Pilot programme', segment: 'Pilot', model: 'hybrid', when: [{ field: 'seats', min: 1 }] },
  });
  expect(set.ok, `segments.set_rule: ${set.error}`);
  await p.command('segments.move_rule', { index, to: 0 });
  const after = (await p.command('segments.placement', { account: id })).data;
  expect(after.rule === 0 && after.rule_name === 'Pilot programme' && after.model === 'hybrid',
    `the account's placement after the edit: ${JSON.stringify(after)} (before: ${JSON.stringify(before)})`);
  expect(after.matched.length === 1 && /seats/.test(after.matched[0]), `the why: ${JSON.stringify(after.matched)}`);
  await p.park_mouse();
  await p.app_frames(3);
  await shot_not_blank(t, p, 'team-segments.png');

  // A refused rule changes nothing.
  const refused = await p.command('segments.set_rule', { index: 0, rule: { name: 'x', segment: 'y', model: 'hybrid', when: [] } },
    { must_succeed: false });
  expect(!refused.ok && /at least one condition/.test(refused.error), `an empty rule: ${JSON.stringify(refused)}`);
  await p.command('segments.reset', {});
  await p.command('panel.close', {});

  // Over capacity -> suggestions -> Apply by click.
  const book = s.team.books.find((b) => b.accounts > 15 && !b.over);
  expect(book, `a CSM with a book to shrink: ${JSON.stringify(s.team.books)}`);
  await p.command('team.set_capacity', { csm: book.csm, capacity: 5 });
  await p.command('team.show', { tab: 'team' });
  s = await p.app_frames(3);
  expect(s.team.suggestions.length > 0 && s.team.overload.after < s.team.overload.before,
    `suggestions for an overloaded CSM: ${JSON.stringify(s.team.overload)}`);
  const planned = s.team.overload.after;
  await p.park_mouse();
  await p.app_frames(2);
  await shot_not_blank(t, p, 'team-books.png');
  await click_rect(p, s.team.apply_rect, '"Apply all moves"');
  s = await p.until((st) => st.team.overload.before === planned, 'Apply makes the suggested moves', 3_000);
  t.h.note(`team: ${s.team.segments.map((g) => `${g.segment} ${g.accounts}`).join(', ')}; headcount needed ` +
    `${s.team.headcount.needed} of ${s.team.headcount.team}; hire: ${s.team.hire.reason}`);
}
