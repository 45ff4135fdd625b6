// One scaling measurement in a fresh process, so that sizes do not share a heap:
//   node --expose-gc scalingChild.mjs <bundle> <input file> time|memory [runs]
// Prints one JSON line. `time`: warm up on the first 256 KB ten times, then the median of `runs` runs.
// `memory`: a single cold run; peak RSS and peak used heap over the baseline (which holds the
// text). The used heap peaks right before a collection, so the GC profiler's before-GC figures
// and the final figure give its peak.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { analyse, loadModules } from './modules.mjs';
import { median, timeMs } from './stats.mjs';

const [bundle, inputPath, mode, runsArg] = process.argv.slice(2);
const modules = loadModules(bundle);
const text = readFileSync(inputPath, 'utf8');
const gc = globalThis.gc ?? (() => {});

if (mode === 'time') {
  // Ten passes over the first 256 KB: with fewer, the JIT was still at work in the runs of the
  // small sizes, whose time then varied by half from one process to the next.
  const warmup = text.slice(0, text.lastIndexOf('\n', 256 * 1024) + 1);
  for (let i = 0; i < 10; i++) analyse(modules, warmup);
  const times = [];
  for (let i = 0; i < Number(runsArg ?? 3); i++) {
    gc();
    times.push(timeMs(() => analyse(modules, text)));
  }
  console.log(JSON.stringify({ ms: median(times), runs: times }));
} else {
  gc();
  gc();
  const baseline = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const profiler = new v8.GCProfiler();
  profiler.start();
  let result = analyse(modules, text);
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  const usedAtEnd = process.memoryUsage().heapUsed;
  const collections = profiler.stop().statistics;
  const peakHeap = Math.max(usedAtEnd, ...collections.map((gcEvent) => gcEvent.beforeGC.heapStatistics.usedHeapSize));
  gc();
  const retained = process.memoryUsage().heapUsed - baseline.heapUsed;
  const diagnostics = result.diagnostics.length;
  result = undefined;
  console.log(
    JSON.stringify({
      baselineRss: baseline.rss,
      peakRssBefore: peakBefore,
      peakRss: peakAfter,
      peakGrowth: Math.max(0, peakAfter - baseline.rss),
      peakHeapGrowth: peakHeap - baseline.heapUsed,
      collections: collections.length,
      retainedHeap: retained,
      diagnostics,
    }),
  );
}
