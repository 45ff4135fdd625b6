// 2. Scaling: inputs of 1, 2, 4 and 8 MB built from the corpus (whole cables one after another,
//    and one cable's paragraph repeated); time and peak memory, each size in its own process.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputKinds } from './corpus.mjs';
import { loadModules } from './modules.mjs';
import { MB, median, round } from './stats.mjs';

const child = fileURLToPath(new URL('./scalingChild.mjs', import.meta.url));
const sizesMB = [1, 2, 4, 8];
/**
 * Time is the median over this many processes: the 1 MB time varied by nearly 2× from one
 * process to the next (6-13 ms, the JIT's and the collector's choices), more than the runs in
 * one process did, and the 8 MB / 1 MB ratio went with it.
 */
const timeProcesses = 5;

/** Runs a child with `execArgv`, the flags the language server runs with, so its memory is the server's. */
function measure(execArgv, bundle, inputPath, mode, runs) {
  const out = execFileSync(process.execPath, [...execArgv, '--expose-gc', child, bundle, inputPath, mode, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

export function runScaling({ bundle, corpus, tempDir, runs }) {
  const { serverExecArgv } = loadModules(bundle);
  const rows = [];
  const figures = {};
  for (const [kind, build] of Object.entries(inputKinds)) {
    figures[kind] = {};
    for (const size of sizesMB) {
      const text = build(corpus, size * MB);
      const inputPath = join(tempDir, `scaling-${kind}-${size}MB.txt`);
      writeFileSync(inputPath, text);
      const bytes = Buffer.byteLength(text);
      const ms = median(Array.from({ length: timeProcesses }, () => measure(serverExecArgv, bundle, inputPath, 'time', runs).ms));
      const memory = measure(serverExecArgv, bundle, inputPath, 'memory', 1);
      figures[kind][size] = { bytes, ms, ...memory };
      const rssRatio = memory.peakGrowth / bytes;
      const heapRatio = memory.peakHeapGrowth / bytes;
      rows.push(
        { name: `${kind} ${size} MB: time`, value: round(ms), unit: 'ms' },
        {
          name: `${kind} ${size} MB: peak used-heap growth`,
          value: round(memory.peakHeapGrowth / MB),
          unit: `MB (${round(heapRatio)}× file)`,
          target: '≤ 10× file',
          met: heapRatio <= 10,
        },
        {
          name: `${kind} ${size} MB: peak RSS growth`,
          value: round(memory.peakGrowth / MB),
          unit: `MB (${round(rssRatio)}× file)`,
          target: '≤ 10× file',
          met: rssRatio <= 10,
        },
        { name: `${kind} ${size} MB: heap retained by the results`, value: round(memory.retainedHeap / MB), unit: 'MB' },
      );
    }
    const growth = figures[kind][8].ms / figures[kind][1].ms;
    rows.push({ name: `${kind}: time 8 MB / time 1 MB`, value: round(growth), unit: '×', target: '≤ 9×', met: growth <= 9 });
  }
  return {
    id: 'scaling',
    title: `2. Scaling: parse + diagnostics + outline (time: median over ${timeProcesses} processes of the median of ${runs} warm runs; memory: one cold run; a process per size)`,
    rows,
    notes: [
      'cables = corpus cables concatenated; paragraph = 08TASHKENT578 header, then its longest paragraph repeated.',
      'Peak used-heap growth = highest V8 used heap during the run (before-GC figures of the GC profiler) minus the used heap before it.',
      'Peak RSS growth = maxRSS during the run minus RSS just before it; includes heap space V8 reserves but does not use (its young generation).',
      `Each child runs with the language server's V8 flags (server/src/processFlags.ts): ${serverExecArgv.join(' ')}.`,
      'The text itself is in both baselines.',
    ],
    figures,
  };
}
