// Small helpers for benchmarks: time a function many times and report percentiles in ms.
export async function timeMany(
  n: number,
  fn: (i: number) => unknown | Promise<unknown>,
): Promise<{ p50: number; p95: number; p99: number; mean: number; opsPerSec: number }> {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return { p50: pct(50), p95: pct(95), p99: pct(99), mean: total / n, opsPerSec: (n / total) * 1000 };
}
