// Chromium's sampling profile (CDP Profiler) in a few lines: the functions with the most self time.
// Function names in wasm need a build linked with --profiling-funcs.
export function top_functions(profile, count = 30) {
  const self = new Map();
  let total = 0;
  for (const n of profile.nodes) {
    const name = n.callFrame.functionName || `(${n.callFrame.url || 'program'})`;
    self.set(name, (self.get(name) || 0) + (n.hitCount || 0));
    total += n.hitCount || 0;
  }
  const ms = (profile.endTime - profile.startTime) / 1000;
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([name, hits]) => ({ name, share: hits / total, ms: ms * hits / total }));
}
