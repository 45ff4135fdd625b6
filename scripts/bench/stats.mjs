// Small numeric helpers for the benchmark.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const MB = 1024 * 1024;

/** Rounds for display and JSON: 3 significant figures below 100, whole numbers above. */
export function round(value) {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

/** Milliseconds spent in `run`. */
export function timeMs(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}
