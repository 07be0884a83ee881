// Import checks that go past the file input: several files dropped on the page at once (real DragEvents
// carrying File objects, as a browser dispatches them), a file whose headers nothing recognises mapped
// in the mapping editor, that mapping saved as a preset, and the next such file mapped by it.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from './harness.mjs';
import { shot_not_blank } from './checks.mjs';

// Headers no synonym knows ("Nr" is the id, "Kunde" the name), dates day first.
const CRM_CSV = 'Nr;Kunde;Verlängerung\nK-1;Kestrel Labs;03/04/2027\nK-2;Quokka Works;05/06/2027\n';

// Drops files on the canvas the way a browser does: dragenter, dragover, drop, one DataTransfer.
async function drop_files(page, files) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    const target = document.querySelector('canvas');
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

// l. Drop two files at once: each routed to its entity; the unknown one is mapped by hand in the editor,
// read day first, saved as a preset; dropped again later it maps itself.
export async function check_drop_and_map(t) {
  const p = t.page;
  const before = await p.state();
  const here = path.dirname(new URL(import.meta.url).pathname);
  const stripe = fs.readFileSync(path.join(here, '..', 'data', 'import', 'stripe_subscriptions.csv'), 'utf8');
  await drop_files(p.page, [{ name: 'crm.csv', text: CRM_CSV }, { name: 'subscriptions.csv', text: stripe }]);
  const planned = await p.until((s) => s.import.files === 2, 'both dropped files in the import', 15_000);
  expect(planned.view === 'data', `the import is shown in the Data view, not ${planned.view}`);
  expect(planned.import.tables[1].entity === 'subscriptions', `subscriptions.csv read as ${planned.import.tables[1].entity}`);
  expect(planned.account_count === before.account_count, 'the workspace changed before the import was committed');

  await p.command('import.set_entity', { file: 0, entity: 'accounts' });
  await p.command('import.remove', { file: 1 });
  await p.app_frames(3);
  await shot_not_blank(t, p, 'import-mapping.png');  // the editor opens by itself: no column is the id
  for (const [column, field] of [[0, 'id'], [1, 'name'], [2, 'renewal_date']]) {
    const r = await p.command('import.map_column', { file: 0, column, field });
    expect(r.ok, `import.map_column ${field}: ${r.error}`);
  }
  await p.command('import.set_options', { file: 0, day_first: true });
  const saved = await p.command('import.save_preset', { file: 0, name: 'Our CRM' });
  expect(saved.ok, `import.save_preset: ${saved.error}`);
  let s = await p.state();
  expect(s.import.tables[0].complete && s.import.errors === 0, `mapped by hand: ${JSON.stringify(s.import)}`);
  expect(s.mapping_presets.some((x) => x.name === 'Our CRM'), 'the preset is in the workspace');
  await p.app_frames(3);
  await shot_not_blank(t, p, 'import-mapped.png');
  const committed = await p.command('import.commit', {});
  expect(committed.ok && committed.data.accounts === before.account_count + 2,
         `after the import: ${JSON.stringify(committed)}, expected ${before.account_count + 2} accounts`);

  // The same export again: the saved preset maps it with no edit.
  await drop_files(p.page, [{ name: 'crm-december.csv', text: CRM_CSV }]);
  s = await p.until((st) => st.import.files === 1, 'the second drop in the import', 15_000);
  expect(s.import.tables[0].preset === 'Our CRM', `mapped by preset "${s.import.tables[0].preset}", expected "Our CRM"`);
  expect(s.import.errors === 0 && s.import.tables[0].complete, `second drop: ${JSON.stringify(s.import)}`);
  await p.command('import.cancel', {});
  await p.command('presets.delete', { name: 'Our CRM', entity: 'accounts' });
}

// l2. A large export dropped (1,200,000 usage rows, ~30 MB) is read a slice a frame: the page keeps
// drawing, the progress bar shows what is being read, Import waits for the plan, then the rows arrive.
export async function check_large_drop(t) {
  const p = t.page;
  const before = await p.state();
  const ids = before.accounts_table.visible_ids;
  expect(ids.length >= 5, `the accounts table shows ${ids.length} ids`);
  // Made and dropped inside the page: 30 MB through the test protocol would only time the transport.
  await p.page.evaluate((account_ids) => {
    const lines = ['account,date,active_users,logins'];
    for (let i = 0; i < 1_200_000; ++i) {
      const day = 1 + (i % 28), month = 1 + (Math.floor(i / 28) % 12), year = 2000 + Math.floor(i / 336) % 20;
      lines.push(`${account_ids[i % account_ids.length]},${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${i % 40},${i % 90}`);
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File([lines.join('\n') + '\n'], 'big-usage.csv', { type: 'text/csv' }));
    const target = document.querySelector('canvas');
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, ids);
  const reading = await p.until((s) => s.import.files === 1 && s.import.planning, 'the dropped file being read', 30_000);
  expect(reading.import.activity !== '' && reading.import.progress < 1, `reading: ${JSON.stringify(reading.import)}`);
  const refused = await p.command('import.commit', {}, { must_succeed: false });
  const still = (await p.state()).import.planning;
  expect(!refused.ok && (/still being read/.test(refused.error) || !still),
         `import.commit while the plan is made: ${JSON.stringify(refused)}`);
  await shot_not_blank(t, p, 'import-reading.png');  // the progress bar in the import panel and the status line
  const done = await p.until((s) => !s.import.planning, 'the plan of the large file', 120_000);
  const frames = done.frame - reading.frame;
  t.h.note(`large drop: read in ${frames} app frames; ${done.import.errors} errors, ${done.import.warnings} warnings`);
  expect(frames >= 5, `only ${frames} frames were drawn while 30 MB were read: the page was held`);
  expect(done.import.errors === 0, `the large file has ${done.import.errors} errors`);
  const committed = await p.command('import.commit', {});
  expect(committed.ok && committed.data.records > 0, `import.commit: ${JSON.stringify(committed)}`);
  expect((await p.state()).account_count === before.account_count, 'a usage import changed the number of accounts');
  const undone = await p.command('edit.undo', {});
  expect((await p.state()).undo.redo_steps >= 1, `edit.undo after the large import: ${JSON.stringify(undone)}`);
}
