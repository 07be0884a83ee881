// RetainPage: one browser tab showing Retain, driven the way the e2e checks need it.
//  - Reads state and sends commands through the page's automation API (`window.retain`), timing each
//    call so the checks can assert the page stayed responsive.
//  - Collects console errors and page errors; "fatal" ones (any uncaught page error, or a console
//    error saying "Aborted" or "assert", which is how a wasm abort or a failed ImGui assert shows)
//    fail the check during which they happen.
//  - Waits by polling state, never by fixed sleeps alone: SwiftShader frames are slow and uneven.
import { CheckFailure, expect, sleep, with_timeout, one_line } from './harness.mjs';

const FATAL_CONSOLE = /aborted|assert/i;

export class RetainPage {
  constructor(page, label, log) {
    this.page = page;
    this.label = label;
    this.log = log;  // (line) => void, the run's console log file
    this.console_errors = [];
    this.fatal_errors = [];
    this.failed_requests = [];
    this.requests = [];        // every URL the page asked for (run.mjs checks they stay on allowed origins)
    this.csp_violations = [];  // securitypolicyviolation events and "Content Security Policy" console errors
    this.state_call_ms = [];  // duration of every state() round trip
    this.fatal_baseline = 0;
    page.on('console', (msg) => {
      let text = msg.text();
      // "Failed to load resource" names no URL in its text; the location does.
      const where = msg.location && msg.location();
      if (/failed to load resource/i.test(text) && where && where.url) text += ` (${where.url})`;
      this.log(`[${label}] console.${msg.type()}: ${text}`);
      if (msg.type() === 'error') {
        this.console_errors.push(text);
        if (/content security policy|csp violation/i.test(text)) this.csp_violations.push(text);
        if (FATAL_CONSOLE.test(text)) this.fatal_errors.push(`console error: ${text}`);
      }
    });
    page.on('request', (request) => this.requests.push(request.url()));
    // The page reports its own CSP violations as console errors (collected above), in every frame.
    page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || ''}:${e.lineNumber || 0}`);
      });
    }).catch(() => {});
    page.on('pageerror', (err) => {
      const text = (err && (err.stack || err.message)) || String(err);
      this.log(`[${label}] pageerror: ${text}`);
      this.fatal_errors.push(`page error: ${err && err.message ? err.message : text}`);
    });
    page.on('crash', () => {
      this.log(`[${label}] page crashed`);
      this.fatal_errors.push('the page crashed (renderer process died)');
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.failed_requests.push(`${response.status()} ${response.url()}`);
        this.log(`[${label}] HTTP ${response.status()} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      const failure = request.failure();
      this.failed_requests.push(`${failure ? failure.errorText : 'failed'} ${request.url()}`);
      this.log(`[${label}] request failed: ${request.url()} ${failure ? failure.errorText : ''}`);
    });
  }

  // Throws when a fatal error arrived since index `since` of fatal_errors; by default since the start
  // of the current check (run.mjs moves fatal_baseline), so one error fails the check it happened in.
  assert_no_fatal(since = this.fatal_baseline) {
    const fresh = this.fatal_errors.slice(since);
    if (fresh.length) throw new CheckFailure(`${fresh.length} fatal page error(s): ${fresh.map(one_line).join(' | ')}`);
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }

  // Waits for `window.retain.ready` to resolve; fails early on a fatal page error.
  async wait_ready(timeout_ms = 30_000) {
    const started = Date.now();
    const deadline = started + timeout_ms;
    // window.retain may be defined by a script that runs after load; ready may take a while.
    const ready = this.page.evaluate(async () => {
      while (!(window.retain && window.retain.ready)) await new Promise((r) => setTimeout(r, 20));
      await window.retain.ready;
      return true;
    });
    let settled = null;
    ready.then(() => { settled = { ok: true }; }, (e) => { settled = { ok: false, error: e }; });
    while (!settled && Date.now() < deadline) {
      this.assert_no_fatal();
      await sleep(50);
    }
    this.assert_no_fatal();
    if (settled && settled.ok) return Date.now() - started;
    if (settled) throw new CheckFailure(`retain.ready rejected: ${one_line(settled.error.message || settled.error)}`);
    throw new CheckFailure(`retain.ready did not resolve within ${timeout_ms / 1000} s`);
  }

  // window.retain.state(), timed. Fails after `limit_ms` (the page's main thread is stuck).
  async state(limit_ms = 10_000) {
    const started = performance.now();
    const s = await with_timeout(this.page.evaluate(() => window.retain.state()), limit_ms, 'retain.state()');
    const ms = performance.now() - started;
    this.state_call_ms.push(ms);
    this.last_state_ms = ms;
    return s;
  }

  // window.retain.command(name, args); returns {ok, error, data, ms, page_ms}: ms is the round trip
  // from here (it includes waiting for the page's main thread), page_ms the call itself in the page.
  // Throws unless ok, when `must_succeed`.
  async command(name, args = {}, { must_succeed = true, limit_ms = 60_000 } = {}) {
    const started = performance.now();
    const { result, page_ms } = await with_timeout(
      this.page.evaluate(([n, a]) => {
        const t0 = performance.now();
        const r = window.retain.command(n, a);
        return { result: r, page_ms: performance.now() - t0 };
      }, [name, args]),
      limit_ms, `retain.command("${name}")`);
    const ms = performance.now() - started;
    expect(result && typeof result === 'object' && 'ok' in result,
      `retain.command("${name}") returned ${JSON.stringify(result)}, not {ok, error, data}`);
    if (must_succeed) {
      expect(result.ok === true, `retain.command("${name}", ${JSON.stringify(args)}) failed: ${result.error || '(no error text)'}`);
    }
    return { ...result, ms, page_ms };
  }

  // Polls state() until `predicate(state)` is true; returns that state. `what` names the expectation.
  // Waits until no analysis is under way between frames (a large book's, after a load or an import),
  // polling state('work'), which finishes nothing; state() itself would finish it in one long call.
  async until_analysed(what, timeout_ms = 60_000) {
    const deadline = Date.now() + timeout_ms;
    for (;;) {
      this.assert_no_fatal();
      const w = await with_timeout(this.page.evaluate(() => window.retain.state('work').work), 10_000, 'retain.state("work")');
      if (!w.analysis.running) return w;
      if (Date.now() > deadline) throw new CheckFailure(`${what}: the analysis is still at ${(w.analysis.progress * 100).toFixed(0)}% after ${timeout_ms / 1000} s`);
      await this.animation_frames(1);
    }
  }

  async until(predicate, what, timeout_ms = 5_000) {
    const deadline = Date.now() + timeout_ms;
    let s;
    for (;;) {
      this.assert_no_fatal();
      s = await this.state();
      if (predicate(s)) return s;
      if (Date.now() > deadline) break;
      await this.animation_frames(1);
    }
    throw new CheckFailure(`${what}: still not true after ${timeout_ms / 1000} s ` +
      `(view=${s.view}, theme=${s.theme}, accounts=${s.account_count}, last_error=${JSON.stringify(s.last_error)})`);
  }

  // Waits until the app has drawn at least `count` more frames by its own frame counter. An app that
  // skips idle frames may draw none: then this returns after `count + 10` browser animation frames.
  async app_frames(count = 2, timeout_ms = 5_000) {
    const start = (await this.state()).frame;
    const deadline = Date.now() + timeout_ms;
    for (let browser_frames = 1; ; browser_frames++) {
      await this.animation_frames(1);
      const s = await this.state();
      if (s.frame >= start + count || browser_frames >= count + 10 || Date.now() > deadline) return s;
    }
  }

  // Records (frame, frame_ms) of every app frame from now on: a requestAnimationFrame loop registered
  // after the app's own one reads state() right after each app frame, so no frame is missed (polling
  // from here would miss frames and with them the slow ones).
  async start_frame_sampler() {
    await this.page.evaluate(() => {
      if (window.__retain_e2e_frames) return;
      const samples = (window.__retain_e2e_frames = []);
      let last = -1;
      const tick = () => {
        try {
          const s = window.retain.state();
          if (s.frame !== last) { samples.push([s.frame, s.frame_ms]); last = s.frame; }
        } catch { /* not started yet */ }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  // frame_ms of the sampled app frames numbered > after_frame.
  async frame_samples(after_frame = -1) {
    return this.page.evaluate((after) => (window.__retain_e2e_frames || [])
      .filter(([frame]) => frame > after).map(([, ms]) => ms), after_frame);
  }

  async animation_frames(count = 2) {
    await this.page.evaluate((n) => new Promise((resolve) => {
      const step = (left) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    }), count);
  }

  // The canvas the app draws in: its backing size, CSS size and the page's devicePixelRatio.
  async canvas_size() {
    return this.page.evaluate(() => {
      const canvas = document.querySelector('canvas#canvas') || document.querySelector('canvas');
      if (!canvas) return null;
      const rect = canvas.getBoundingClientRect();
      return {
        width: canvas.width, height: canvas.height,
        css_width: rect.width, css_height: rect.height,
        dpr: window.devicePixelRatio,
        inner_width: window.innerWidth, inner_height: window.innerHeight,
        // After start-up the app owns the canvas' context: asking for webgl2 returns it, or null
        // when the canvas holds another kind of context.
        webgl2: (() => { try { return canvas.getContext('webgl2') !== null; } catch { return false; } })(),
      };
    });
  }

  async screenshot(path) {
    return this.page.screenshot({ path, type: 'png', timeout: 20_000 });
  }

  // The left-navigation item of `view` as last drawn, or a CheckFailure.
  nav_item(state, view) {
    const item = (state.nav || []).find((n) => n.view === view);
    expect(item, `state().nav has no item for view "${view}" (nav: ${JSON.stringify(state.nav)})`);
    expect(item.w > 0 && item.h > 0, `nav item "${view}" has an empty rect ${JSON.stringify(item)}`);
    return item;
  }

  // Moves the mouse to the bottom-right corner (the status bar) so hover highlights stay out of
  // screenshots people look at.
  async park_mouse() {
    const size = this.page.viewportSize();
    await this.page.mouse.move(size.width - 2, size.height - 2);
    await this.app_frames(1, 1_000);
  }

  // Clicks the nav item of `view` with the real mouse (move, let a frame see the hover, press, release).
  async click_nav(view) {
    const item = this.nav_item(await this.state(), view);
    const x = item.x + item.w / 2, y = item.y + item.h / 2;
    await this.page.mouse.move(x, y);
    await this.app_frames(1, 1_000);
    await this.page.mouse.down();
    await this.app_frames(1, 1_000);
    await this.page.mouse.up();
    return { x, y };
  }
}
