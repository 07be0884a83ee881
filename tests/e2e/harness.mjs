// The e2e harness: runs named checks one after another, each with its own time limit, and prints one
// line per check (`ok - name` / `not ok - name: reason`), notes as `# ...` lines, and the closing
// `N passed, M failed` line that CI reads.

export class CheckFailure extends Error {}

// Throws a CheckFailure with `message` unless `condition` holds.
export function expect(condition, message) {
  if (!condition) throw new CheckFailure(message);
}

export function with_timeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailure(`${what}: no answer within ${(ms / 1000).toFixed(1)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt_ms = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : String(ms));

export class Harness {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.results = [];
  }

  note(text) {
    for (const line of String(text).split('\n')) console.log(`# ${line}`);
  }

  // Runs `body` as one check. `on_failure` (optional) runs after a failure, e.g. to save a screenshot;
  // its own errors are only noted. Returns true when the check passed.
  async check(name, { timeout_ms = 60_000, on_failure } = {}, body) {
    const started = Date.now();
    let error = null;
    this.current = name;
    try {
      await with_timeout(Promise.resolve().then(body), timeout_ms, 'check');
    } catch (e) {
      error = e;
    }
    this.current = null;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!error) {
      this.passed++;
      this.results.push({ name, ok: true, seconds });
      console.log(`ok - ${name} (${seconds} s)`);
      return true;
    }
    this.failed++;
    const reason = error instanceof CheckFailure ? error.message : (error && error.stack) || String(error);
    this.results.push({ name, ok: false, seconds, reason });
    console.log(`not ok - ${name}: ${one_line(reason)} (${seconds} s)`);
    if (on_failure) {
      try {
        await with_timeout(Promise.resolve().then(on_failure), 10_000, 'failure hook');
      } catch (e) {
        this.note(`(while saving failure evidence: ${one_line(e.message || String(e))})`);
      }
    }
    return false;
  }

  // A check that cannot run because an earlier one it depends on failed: counted as failed.
  skip_failed(name, because) {
    this.failed++;
    this.results.push({ name, ok: false, reason: because });
    console.log(`not ok - ${name}: ${because}`);
  }

  summary_line() {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

export function one_line(text) {
  const s = String(text).replace(/\s+/g, ' ').trim();
  return s.length > 600 ? s.slice(0, 600) + '…' : s;
}
