// Timing the app's browser storage from the bench scripts (storage_bench.mjs, run.mjs): a save of the
// workspace the page holds, until IndexedDB has committed it, and the reload that opens it again.

// Polls window.retain.state() until `predicate` holds; returns the elapsed ms (polled every ~5 ms from
// here: the page's CSP allows no eval, so the predicate stays on this side).
export async function until(page, predicate, timeout_ms = 120_000) {
  const t0 = performance.now();
  for (;;) {
    const s = await page.evaluate(() => { try { return window.retain.state(); } catch { return null; } });
    if (s && predicate(s)) return performance.now() - t0;
    if (performance.now() - t0 > timeout_ms) throw new Error(`timed out waiting for ${predicate}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

// Saves the page's workspace now (the call holds the page while C++ writes the snapshot; the bytes then go
// to IndexedDB in one copy), waits for the commit, reloads and waits until the stored workspace is open.
export async function save_and_reload(page, accounts) {
  const before = await page.evaluate(() => window.retain.state().storage);
  // An autosave may be under way (the page saves by itself after changes): the timed save comes after it.
  await until(page, (st) => !st.storage.saving);
  const save = await page.evaluate(() => {
    const t0 = performance.now();
    const r = window.retain.command('storage.save_now', {});
    return { ok: r.ok, error: r.error, call_ms: performance.now() - t0 };
  });
  if (!save.ok) throw new Error(`save_now: ${save.error}`);
  const committed_ms = await until(page, (st) => !st.storage.saving && st.storage.head > before.head && !st.storage.unsaved);
  const s = await page.evaluate(() => window.retain.state().storage);
  const bytes = s.versions.length ? s.versions[s.versions.length - 1].bytes : 0;
  const t0 = Date.now();
  await page.reload();
  await page.evaluate(() => window.retain.ready);
  await until(page, (st) => st.workspace.loaded_from === 'storage' && !st.loading);
  const reload_ms = Date.now() - t0;
  const opened = await page.evaluate(() => window.retain.state());
  if (opened.account_count !== accounts)
    throw new Error(`reload opened ${opened.account_count} accounts, expected ${accounts}`);
  return { bytes, save_blocking_ms: save.call_ms, serialize_ms: s.last_save_ms, commit_after_call_ms: committed_ms,
           load_ms: opened.storage.last_load_ms, reload_to_open_ms: reload_ms };
}
