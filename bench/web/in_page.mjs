// Functions that run inside the benchmark page (passed to page.evaluate, so each is self-contained:
// no closures over this module). They use window.retain, the Module the app exposes, the bench hooks of
// src/platform/web/bench_exports.cpp, and the peers Papa Parse and d3-dsv added as script tags.

// Fetches the dataset files into the page once: window.__bench.files[name] = Uint8Array.
export async function load_files(names) {
  window.__bench = window.__bench || { files: {} };
  for (const name of names) {
    const response = await fetch(`/bench-data/${name}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`/bench-data/${name}: HTTP ${response.status}`);
    window.__bench.files[name] = new Uint8Array(await response.arrayBuffer());
  }
  return names.map((n) => window.__bench.files[n].length);
}

// One parse run of `name` by `parser`: {ms, rows} (ours also {decode_ms, parse_ms} timed inside wasm).
// Peers get a string (what a web developer holds after file.text()); the TextDecoder time is `decode_ms`.
export function parse_once([name, parser]) {
  const bytes = window.__bench.files[name];
  if (typeof gc === 'function') gc();
  if (parser === 'retain') {
    const ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    const t0 = performance.now();
    const result = JSON.parse(Module.UTF8ToString(Module._retain_bench_parse_csv(ptr, bytes.length)));
    const ms = performance.now() - t0;
    Module._free(ptr);
    return { ms, decode_ms: result.decode_ms, parse_ms: result.parse_ms, rows: result.rows, errors: result.errors };
  }
  if (parser === 'byte_scan') {
    // The floor: one pass over the bytes counting line ends and commas, no fields made.
    const t0 = performance.now();
    let lines = 0, commas = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 10) lines++;
      else if (b === 44) commas++;
    }
    const ms = performance.now() - t0;
    return { ms, parse_ms: ms, rows: lines - 1, commas };
  }
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const t1 = performance.now();
  let rows;
  if (parser === 'papaparse') {
    const result = Papa.parse(text, { header: true, skipEmptyLines: true });
    rows = result.data.length;
  } else if (parser === 'd3_dsv') {
    rows = d3.csvParse(text).length;
  } else {
    throw new Error(`unknown parser ${parser}`);
  }
  const t2 = performance.now();
  return { ms: t2 - t0, decode_ms: t1 - t0, parse_ms: t2 - t1, rows };
}

// The io pipeline on these files inside wasm (bench_exports.cpp): plan + commit into an empty workspace.
export function import_in_wasm([names, analysis_runs]) {
  if (typeof gc === 'function') gc();
  Module._retain_bench_import_clear();
  for (const name of names) {
    const bytes = window.__bench.files[name];
    const ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    Module.ccall('retain_bench_import_add', null, ['string', 'number', 'number'], [name, ptr, bytes.length]);
    Module._free(ptr);
  }
  const t0 = performance.now();
  const result = JSON.parse(Module.UTF8ToString(Module._retain_bench_import_run()));
  result.wall_ms = performance.now() - t0;
  // Over the imported workspace, in wasm: the analysis, a rescore after a weight change, all metrics, a
  // playbook run and the stored snapshot's save and load (the same code bench_native times).
  if (analysis_runs) result.analysis = JSON.parse(Module.UTF8ToString(Module._retain_bench_analysis(analysis_runs)));
  Module._retain_bench_import_clear();
  result.heap_bytes = Module.HEAPU8.length;
  return result;
}

// Installs the helpers the measures share in the page (page.evaluate sends a function's own text only,
// so they live on the page):
// - window.__bench_count_pump() counts the work between frames (the app's work pump, web/retain_lib.js):
//   how many slices, their time and the longest, until stop_counting();
// - window.__bench_between_frames(label, done, limit_ms) waits, an animation frame at a time, until
//   done(state('work').work) (state('work') finishes no work), and measures two ways of holding the page:
//   the longest gap between animation frames (what the eye sees, compositing included) and the longest
//   app frame in wasm (frame_ms: the drawing and any work in the frame).
export function install_page_helpers() {
  window.__bench_between_frames = async (label, done, limit_ms) => {
    const t0 = performance.now();
    let last_frame = t0, longest_gap = 0, longest_frame = 0, frames = 0;
    for (;;) {
      const w = window.retain.state('work').work;
      longest_frame = Math.max(longest_frame, w.frame_ms);
      if (done(w)) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      longest_gap = Math.max(longest_gap, now - last_frame);
      last_frame = now;
      ++frames;
      if (now - t0 > limit_ms) throw new Error(`${label}: not done within ${limit_ms / 1000} s`);
    }
    return { ms: performance.now() - t0, frames, longest_gap_ms: longest_gap, longest_frame_ms: longest_frame };
  };
  window.__bench_count_pump = () => {
    const pump = { calls: 0, work_ms: 0, longest_ms: 0 };
    let real_work = Module._retain_work;
    const counted_work = (slice) => {
      const t0 = performance.now();
      const more = real_work(slice);
      // Emscripten's export wrapper replaces itself with the wasm function on its first call.
      if (Module._retain_work !== counted_work) {
        real_work = Module._retain_work;
        Module._retain_work = counted_work;
      }
      pump.work_ms += performance.now() - t0;
      pump.longest_ms = Math.max(pump.longest_ms, performance.now() - t0);
      ++pump.calls;
      return more;
    };
    Module._retain_work = counted_work;
    return { pump, stop_counting: () => { Module._retain_work = real_work; } };
  };
}

// A backtest through the app (health.run_backtest over the workspace the page holds): collected and
// evaluated between frames. Its time, and the longest the page was held: the longest slice of work, the
// longest app frame, and the longest gap between animation frames.
export async function backtest_through_app(horizon) {
  const { pump, stop_counting } = window.__bench_count_pump();
  const t0 = performance.now();
  const r = window.retain.command('health.run_backtest', { horizon });
  if (!r.ok) throw new Error(`health.run_backtest: ${r.error}`);
  const waited = await window.__bench_between_frames('the backtest', (w) => !w.backtest, 300_000);
  const ms = performance.now() - t0;  // the command's call included
  stop_counting();
  const b = window.retain.state('health').health.backtest;
  return { horizon, ...waited, ms, auc: b.auc, proposed_auc: b.proposed_auc, pump };
}

// The app's own path for dropped files: each file's bytes handed over as the page does
// (retain_open_data, which starts the import's plan again with every file added), the plan made a slice
// a frame until it is ready, then import.commit, then the first frame drawn after it. Times per step,
// and the longest the page went without a frame (issue 9 point 4: never held for more than ~100 ms),
// measured in the page.
export async function import_through_app(names) {
  const frame_after = async (frame) => {
    const t0 = performance.now();
    while (window.retain.state('work').work.frame <= frame) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (performance.now() - t0 > 60_000) throw new Error('no app frame within 60 s');
    }
    return performance.now() - t0;
  };
  const steps = [];
  const heap = () => JSON.parse(Module.UTF8ToString(Module._retain_bench_heap()));
  const { pump, stop_counting } = window.__bench_count_pump();
  const t_start = performance.now();
  for (const name of names) {
    const bytes = window.__bench.files[name];
    const t0 = performance.now();
    const ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    Module.ccall('retain_open_data', null, ['number', 'number', 'string', 'string'], [ptr, bytes.length, name, 'upload']);
    Module._free(ptr);
    steps.push({ step: `open ${name}`, ms: performance.now() - t0, heap: heap() });
  }
  // Work between frames by the app's work pump until `done`, as a step (the pump's slices are timed above).
  const between_frames = async (label, done) => {
    const waited = await window.__bench_between_frames(label, done, 120_000);
    steps.push({ step: label, ...waited, heap: heap() });
  };
  // The plan, made between frames.
  await between_frames('plan, between frames', (w) => !w.import_planning);
  const planned = window.retain.state('core');
  let t0 = performance.now();
  const commit = window.retain.command('import.commit', { skip_bad_rows: true });
  steps.push({ step: 'import.commit', ms: performance.now() - t0, heap: heap() });
  // The analysis of the new data, between frames too; the views show its progress meanwhile.
  await between_frames('analysis, between frames', (w) => !w.analysis.running);
  const wait_ms = await frame_after(window.retain.state('work').work.frame);
  const after = window.retain.state('core');
  steps.push({ step: 'first frame after the analysis', ms: wait_ms, frame_ms: after.frame_ms });
  stop_counting();
  return {
    pump, longest_by_job_ms: window.retain.state('work').work.longest_ms, steps, total_ms: performance.now() - t_start, import_state: planned.import, commit,
    accounts: after.account_count, heap_bytes: Module.HEAPU8.length,
  };
}

// Keeps the app drawing (it skips idle frames) and records `count` app frames' frame_ms: the CPU time
// of each frame inside wasm (ImGui build + GL calls), as retain.state() reports it.
export async function sample_frames(count) {
  const samples = [];
  let last = window.retain.state('core').frame;
  const t0 = performance.now();
  while (samples.length < count && performance.now() - t0 < 120_000) {
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 700, clientY: 450 }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const s = window.retain.state('core');
    if (s.frame !== last) {
      samples.push(s.frame_ms);
      last = s.frame;
    }
  }
  return samples;
}

export function command([name, args]) {
  const t0 = performance.now();
  const result = window.retain.command(name, args);
  return { ...result, page_ms: performance.now() - t0 };
}
