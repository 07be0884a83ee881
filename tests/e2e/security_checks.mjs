// Security (issue 8 point 8), checked over the whole run: the pages requested nothing but their own
// site's files and the URLs a check loaded on purpose (t.allowed_origins) — the workspace never leaves
// the browser — and no Content-Security-Policy violation was reported (RetainPage collects both). And the
// built glue holds no eval or new Function, which the CSP's 'wasm-unsafe-eval' (no 'unsafe-eval') relies on.
import fs from 'node:fs';
import path from 'node:path';

import { expect } from './harness.mjs';

// Schemes that never reach a network: downloads the page makes (blob:), inline images (data:).
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'about:']);

export async function check_requests_and_csp(t) {
  const outside = [];
  let total = 0;
  for (const p of t.pages) {
    for (const url of p.requests) {
      total++;
      let parsed;
      try { parsed = new URL(url); } catch { outside.push(`[${p.label}] ${url}`); continue; }
      if (LOCAL_SCHEMES.has(parsed.protocol) || t.allowed_origins.has(parsed.origin)) continue;
      outside.push(`[${p.label}] ${url}`);
    }
  }
  t.h.note(`network: ${total} requests from ${t.pages.length} pages, origins allowed: ${[...t.allowed_origins].join(', ')}`);
  expect(total > 0, 'no request was recorded: the recorder is not working');
  expect(outside.length === 0, `${outside.length} request(s) left the site: ${outside.slice(0, 5).join(' | ')}`);

  const violations = t.pages.flatMap((p) => p.csp_violations.map((v) => `[${p.label}] ${v}`));
  expect(violations.length === 0, `${violations.length} CSP violation(s): ${violations.slice(0, 5).join(' | ')}`);

  const glue = fs.readFileSync(path.join(t.dist, 'retain.js'), 'utf8');
  for (const pattern of [/\beval\s*\(/, /new\s+Function\s*\(/]) {
    const at = glue.search(pattern);
    expect(at < 0, `retain.js calls ${pattern}: ...${glue.slice(Math.max(0, at - 60), at + 40)}...`);
  }
}
