// Timing the app's browser storage from the bench scripts (storage_bench.mjs, run.mjs): a save of the
// workspace the page holds, until IndexedDB has committed it, and the reload that opens it again.

// Polls window.retain.state(section) (the core fields and one section, 'storage' unless told) until `predicate` holds;
// returns the elapsed ms (polled every ~5 ms from here: the page's CSP allows no eval, so the predicate
// stays on this side). Not the whole state(): at 100,000 accounts each call of that holds the page tens
// of ms, which slowed the very save and load being timed.
export async function until(page, predicate, timeout_ms = 120_000, section = 'storage') {
  const t0 = performance.now();
  for (;;) {
    const s = await page.evaluate((part) => { try { return window.retain.state(part); } catch { return null; } }, section);
    if (s && predicate(s)) return performance.now() - t0;
    if (performance.now() - t0 > timeout_ms) {
      const seen = s ? JSON.stringify({ storage: s.storage, loading: s.loading, last_error: s.last_error }) : 'no state';
      throw new Error(`timed out waiting for ${predicate}; last state ${seen.slice(0, 1500)}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

// Saves the page's workspace now (the call writes the snapshot's first slice, or all of it when small; the
// rest follows a slice a frame, then the parts go to IndexedDB), waits for the commit, reloads and waits
// until the stored workspace is open.
export async function save_and_reload(page, accounts) {
  // An autosave may be under way (the page saves by itself after changes): the timed save comes after it.
  await until(page, (st) => !st.storage.saving);
  const before = await page.evaluate(() => window.retain.state('storage').storage);
  // save_now declines when storage already holds this revision (the autosave may have saved it): a small
  // edit first, in the same task as the call, gives the timed save something to write.
  const save = await page.evaluate(() => {
    const margin = window.retain.state('metrics').metrics.settings.gross_margin_pct;
    const edit = window.retain.command('metrics.set_settings', { gross_margin_pct: margin === 61 ? 62 : 61 });
    const t0 = performance.now();
    const r = window.retain.command('storage.save_now', {});
    return { ok: edit.ok && r.ok && r.data.started !== false, error: edit.error || r.error || JSON.stringify(r.data),
             call_ms: performance.now() - t0 };
  });
  if (!save.ok) throw new Error(`save_now: ${save.error}`);
  const committed_ms = await until(page, (st) => !st.storage.saving && st.storage.head > before.head && !st.storage.unsaved);
  const s = await page.evaluate(() => window.retain.state('storage').storage);
  const bytes = s.versions.length ? s.versions[s.versions.length - 1].bytes : 0;
  const t0 = Date.now();
  await page.reload();
  await page.evaluate(() => window.retain.ready);
  await until(page, (st) => st.workspace.loaded_from === 'storage' && !st.loading);
  const reload_ms = Date.now() - t0;
  const opened = await page.evaluate(() => window.retain.state('storage'));
  if (opened.account_count !== accounts)
    throw new Error(`reload opened ${opened.account_count} accounts, expected ${accounts}`);
  return { bytes, save_blocking_ms: save.call_ms, serialize_ms: s.last_save_ms, commit_after_call_ms: committed_ms,
           load_ms: opened.storage.last_load_ms, reload_to_open_ms: reload_ms };
}
