// 1. Parse + all diagnostics + outline over the whole corpus, against a bare pass that reads
//    the same strings and splits them into lines. Both sides are timed file by file in the
//    same rounds, so a busy machine slows both alike.
import { analyse } from './modules.mjs';
import { median, MB, round } from './stats.mjs';

const warmupRounds = 2;

/** The bare pass the parse is compared with: split into lines, as a reader of the text must. */
export function bareSplit(text) {
  return text.split(/\r\n|\r|\n/).length;
}

export function runThroughput({ modules, corpus, rounds }) {
  const totalChars = corpus.reduce((sum, cable) => sum + cable.text.length, 0);
  const bytes = corpus.reduce((sum, cable) => sum + Buffer.byteLength(cable.text), 0);
  const samples = { bare: [], full: [], parse: [], diagnostics: [], outline: [] };
  for (let round_ = 0; round_ < warmupRounds + rounds; round_++) {
    const sums = { bare: 0, full: 0, parse: 0, diagnostics: 0, outline: 0 };
    for (const { text } of corpus) {
      let t0 = performance.now();
      bareSplit(text);
      let t1 = performance.now();
      sums.bare += t1 - t0;
      t0 = performance.now();
      const file = modules.parseCableFile(text);
      t1 = performance.now();
      modules.computeDiagnostics(file, modules.defaultSettings, 'file:///bench.txt');
      const t2 = performance.now();
      modules.documentSymbols(file);
      const t3 = performance.now();
      sums.parse += t1 - t0;
      sums.diagnostics += t2 - t1;
      sums.outline += t3 - t2;
      sums.full += t3 - t0;
    }
    if (round_ >= warmupRounds) for (const key of Object.keys(samples)) samples[key].push(sums[key]);
  }
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
  const ratio = m.full / m.bare;
  // One more full pass to count what the corpus produces (a sanity figure, not timed).
  const counts = corpus.reduce(
    (acc, { text }) => {
      const result = analyse(modules, text);
      acc.cables += result.file.cables.length;
      acc.diagnostics += result.diagnostics.length;
      acc.lines += bareSplit(text);
      return acc;
    },
    { cables: 0, diagnostics: 0, lines: 0 },
  );
  return {
    id: 'throughput',
    title: `1. Corpus: parse + diagnostics + outline vs bare line split (${corpus.length} files, ${round(bytes / MB)} MB, median of ${rounds} rounds)`,
    rows: [
      { name: 'bare pass (read strings, split lines)', value: round(m.bare), unit: 'ms' },
      { name: 'parse + diagnostics + outline', value: round(m.full), unit: 'ms' },
      { name: '  of which parse', value: round(m.parse), unit: 'ms' },
      { name: '  of which diagnostics', value: round(m.diagnostics), unit: 'ms' },
      { name: '  of which outline', value: round(m.outline), unit: 'ms' },
      { name: 'throughput', value: round(bytes / MB / (m.full / 1000)), unit: 'MB/s' },
      { name: 'ratio full / bare', value: round(ratio), unit: '×', target: '≤ 3×', met: ratio <= 3 },
    ],
    notes: [`${counts.lines} lines, ${totalChars} UTF-16 code units; ${counts.cables} cables, ${counts.diagnostics} diagnostics`],
  };
}
