// Bad input in the browser (issue 8 point 6; docs/bad-input.md): URLs that answer garbage, 404 or a web
// page, another site over plain http, uploads that are binary, invalid UTF-8, malformed workspace JSON,
// impossible values, 200 MB and beyond. Each gives a message that says what is wrong, and the workspace,
// its undo history and its stored versions stay as they were.
//
// These run in a fresh context with service workers blocked (page.route sees every request then), so the
// main tab's workspace is never touched. URLs of the made-up host data.invalid are answered by page.route:
// nothing leaves the machine; run.mjs's network check allows that origin on purpose.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect } from './harness.mjs';

const GARBAGE_ORIGIN = 'https://data.invalid';

async function with_fresh_page(t, label, body) {
  const ctx = await t.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: t.color_scheme,
                                           serviceWorkers: 'block' });
  try {
    const p = await t.open_page(ctx, label);
    await p.goto(t.url);
    await p.wait_ready(30_000);
    await p.until((s) => s.storage.mode !== 'starting' && !s.loading && s.account_count > 0, `${label}: the demo is open`, 30_000);
    return await body(p);
  } finally {
    await ctx.close();
  }
}

// What must not change when bad input arrives.
function fingerprint(s) {
  return JSON.stringify({ accounts: s.account_count, name: s.workspace.name, undo: s.undo.steps, head: s.storage.head,
                          loaded_from: s.workspace.loaded_from, import_files: s.import.files });
}

async function settled(p, what) {
  return p.until((s) => !s.loading, `${what}: finished loading`, 30_000);
}

// ---- x1. URLs: garbage bytes, 404, a web page, truncated JSON, another site's plain http ----
export async function check_bad_urls(t) {
  t.allowed_origins.add(GARBAGE_ORIGIN);
  await with_fresh_page(t, 'bad-urls', async (p) => {
    const cors = { 'access-control-allow-origin': '*' };
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;  // deterministic noise with NULs
    await p.page.route(`${GARBAGE_ORIGIN}/**`, (route) => {
      const name = new URL(route.request().url()).pathname;
      if (name === '/garbage.bin') return route.fulfill({ status: 200, headers: cors, contentType: 'application/octet-stream', body: garbage });
      if (name === '/page.json') return route.fulfill({ status: 200, headers: cors, contentType: 'text/html', body: '<!doctype html><html><body>Sign in</body></html>' });
      if (name === '/truncated.json') return route.fulfill({ status: 200, headers: cors, contentType: 'application/json',
                                                             body: '{"schema":"retain.workspace","version":3,\n"accounts":[{"id":"A-1","seats":' });
      return route.fulfill({ status: 404, headers: cors, contentType: 'text/plain', body: 'Not Found' });
    });
    const before = await p.state();
    const cases = [
      [`${GARBAGE_ORIGIN}/garbage.bin`, /binary/i],
      [`${GARBAGE_ORIGIN}/missing.json`, /answered 404/],
      [`${GARBAGE_ORIGIN}/page.json`, /web page \(HTML\)/],
      [`${GARBAGE_ORIGIN}/truncated.json`, /not valid JSON: parse error at line 2, column \d+/],
      ['http://data.invalid/plain-http.json', /over https only/],
    ];
    for (const [url, pattern] of cases) {
      await p.command('data.fetch', { url });
      const s = await settled(p, url);
      expect(pattern.test(s.last_error), `${url}: last_error ${JSON.stringify(s.last_error)}, expected ${pattern}`);
      expect(fingerprint(s) === fingerprint(before), `${url}: the workspace changed: ${fingerprint(before)} -> ${fingerprint(s)}`);
      t.h.note(`${url}: "${s.last_error}"`);
    }
    const plain = p.requests.filter((u) => u.startsWith('http://data.invalid'));
    expect(plain.length === 0, `the plain-http URL was requested anyway: ${plain.join(', ')}`);
  });
}

// Files the checks upload, written to a temporary folder.
function write_files(dir) {
  const files = {};
  const put = (name, bytes) => { files[name] = path.join(dir, name); fs.writeFileSync(files[name], bytes); };
  put('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
  put('broken.retain.json', '{"schema": "retain.workspace", "version": 3,\n  "accounts": [{"id": "A-1",, }]}\n');
  put('wrong-types.retain.json', '{"schema":"retain.workspace","version":3,"accounts":{"id":"A-1"}}');
  put('impossible.retain.json', '{"schema":"retain.workspace","version":3,"accounts":[{"id":"A-1","renewal_date":"2023-02-30"}]}');
  // A workspace with invalid UTF-8 (a lone 0xE9, Latin-1's é) inside a string.
  put('latin1.retain.json', Buffer.concat([Buffer.from('{"schema":"retain.workspace","version":3,"accounts":[{"id":"A-1","name":"Caf'),
                                           Buffer.from([0xe9]), Buffer.from('"}]}')]));
  // An accounts export with invalid UTF-8, a negative MRR, negative seats, an impossible date and a duplicate id.
  put('bad-accounts.csv', Buffer.concat([Buffer.from('id,name,mrr,seats,renewal_date\nB-1,Caf'), Buffer.from([0xe9]),
    Buffer.from(' Soleil,-100,5,2027-01-01\nB-2,Nord,200,-3,2027-01-01\nB-3,Sud,300,4,2023-02-30\nB-1,Again,10,1,2027-01-01\nB-4,Fine,400,2,2027-02-01\n')]));
  return files;
}

// ---- x2. uploads through the file input: binary, malformed / wrong-typed / impossible / invalid UTF-8
//          workspace JSON, and an export full of bad rows ----
export async function check_bad_uploads(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-e2e-bad-'));
  try {
    const files = write_files(dir);
    await with_fresh_page(t, 'bad-uploads', async (p) => {
      const before = await p.state();
      const refused = [
        ['logo.png', /logo\.png.*binary/i],
        ['broken.retain.json', /broken\.retain\.json: not valid JSON: parse error at line 2, column 29/],
        ['wrong-types.retain.json', /wrong-types\.retain\.json: accounts: expected a list/],
        ['impossible.retain.json', /accounts\[0\]\.renewal_date: expected a date YYYY-MM-DD, got "2023-02-30"/],
        ['latin1.retain.json', /latin1\.retain\.json: not valid JSON: .*UTF-8/],
      ];
      for (const [name, pattern] of refused) {
        await p.page.setInputFiles('#file-input', files[name]);
        const s = await p.until((x) => x.last_error !== '', `${name}: a message`, 15_000);
        expect(pattern.test(s.last_error), `${name}: last_error ${JSON.stringify(s.last_error)}, expected ${pattern}`);
        expect(fingerprint(s) === fingerprint(before), `${name}: the workspace changed: ${fingerprint(before)} -> ${fingerprint(s)}`);
        t.h.note(`upload ${name}: "${s.last_error}"`);
        await p.command('data.failed', { message: '' });  // clears the message for the next file
      }

      await p.page.setInputFiles('#file-input', files['bad-accounts.csv']);
      const planned = await p.until((x) => x.import.files === 1 && x.import.errors > 0, 'bad-accounts.csv: in the import with errors', 15_000);
      expect(planned.import.errors === 4, `bad-accounts.csv: ${planned.import.errors} errors, expected 4 (negative MRR, negative seats, 2023-02-30, duplicate B-1)`);
      expect(planned.account_count === before.account_count, 'bad-accounts.csv: the workspace changed before a commit');
      const blocked = await p.command('import.commit', {}, { must_succeed: false });
      expect(!blocked.ok && /4 errors/.test(blocked.error), `committing with errors: ${JSON.stringify(blocked)}`);
      const after = await p.state();
      expect(after.account_count === before.account_count && after.undo.steps === before.undo.steps,
        'a refused commit changed the workspace');
      await p.app_frames(3);
      await p.screenshot(path.join(t.out, 'bad-import.png'));
      await p.command('import.cancel', {});
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---- x3. size: a 200 MB file is read and handled (here: recognised as binary); above 500 MB refused
//          before it is read. The page keeps answering either way. ----
export async function check_huge_files(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-e2e-huge-'));
  try {
    // Sparse files: no disk is written for the zeros.
    const big = path.join(dir, 'export-200mb.csv');
    fs.writeFileSync(big, 'id,name\n');
    fs.truncateSync(big, 200 * 1024 * 1024);
    const huge = path.join(dir, 'export-600mb.csv');
    fs.writeFileSync(huge, 'id,name\n');
    fs.truncateSync(huge, 600 * 1024 * 1024);
    await with_fresh_page(t, 'huge-files', async (p) => {
      const before = await p.state();
      for (const [file, pattern] of [[big, /export-200mb\.csv.*binary/i], [huge, /export-600mb\.csv is 600 MB; Retain reads files up to 500 MB/]]) {
        const started = Date.now();
        await p.page.setInputFiles('#file-input', file);
        const s = await p.until((x) => x.last_error !== '', `${path.basename(file)}: a message`, 60_000);
        expect(pattern.test(s.last_error), `${path.basename(file)}: last_error ${JSON.stringify(s.last_error)}, expected ${pattern}`);
        expect(fingerprint(s) === fingerprint(before), `${path.basename(file)}: the workspace changed`);
        t.h.note(`upload ${path.basename(file)}: "${s.last_error}" after ${Date.now() - started} ms`);
        await p.command('data.failed', { message: '' });
      }
      await p.command('navigate', { view: 'accounts' });
      await p.until((x) => x.view === 'accounts', 'the page still answers after the big files', 10_000);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
