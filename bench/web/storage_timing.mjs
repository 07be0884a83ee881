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
      const seen = s ? JSON.stringify({ storage: s.storage, work: s.work, loading: s.loading, last_error: s.last_error }) : 'no state';
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
  // Tasks over 50 ms (the Long Tasks API, buffered from the page's start): the longest the page was held
  // while the stored workspace was read and analysed between frames (issue 9 point 4).
  await page.evaluate(() => {
    window.__long_tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long_tasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const ready_at = await page.evaluate(() => window.retain.ready.then(() => performance.now()));
  // Open: read between frames, then analysed between frames, until the views show it. state('work') is
  // polled, as it finishes none of that work (any other part would finish the analysis in one call).
  await until(page, (st) => st.work.loaded_from === 'storage' && !st.work.opening_stored && !st.work.analysis.running,
    120_000, 'work');
  const reload_ms = Date.now() - t0;
  const long_tasks = await page.evaluate(() => window.__long_tasks);
  const after_ready = long_tasks.filter((t) => t.start >= ready_at);
  const opened = await page.evaluate(() => window.retain.state('storage'));
  if (opened.account_count !== accounts)
    throw new Error(`reload opened ${opened.account_count} accounts, expected ${accounts}`);
  return { bytes, save_blocking_ms: save.call_ms, serialize_ms: s.last_save_ms, commit_after_call_ms: committed_ms,
           load_ms: opened.storage.last_load_ms, reload_to_open_ms: reload_ms,
           longest_task_before_ready_ms: Math.max(0, ...long_tasks.filter((t) => t.start < ready_at).map((t) => t.ms)),
           longest_task_while_opening_ms: Math.max(0, ...after_ready.map((t) => t.ms)), long_tasks_while_opening: after_ready.length };
}
