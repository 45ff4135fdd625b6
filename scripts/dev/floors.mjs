// What parts of the corpus job cost on their own, as multiples of the bare line split that
// `npm run bench` compares the parse with: the floor any design pays for a step, and where the
// present design's time goes (by cable size). All figures come from the same rounds.
// Usage: node scripts/dev/floors.mjs [--rounds=9]
import { analyse, analysisEntry, buildModules, loadModules, makeTempDir } from '../bench/modules.mjs';
import { readCorpus } from '../bench/corpus.mjs';
import { bareSplit } from '../bench/throughput.mjs';
import { describeMachine } from '../bench/machine.mjs';
import { machineLines } from '../bench/report.mjs';
import { median, round } from '../bench/stats.mjs';

const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 9);
const modules = loadModules(
  await buildModules(makeTempDir(), {
    entry: `${analysisEntry}\nexport { splitLines, isSpaceCode } from './server/src/parser/text';\nexport { lineFacts } from './server/src/parser/lineFacts';\nexport { gated } from './server/src/parser/patterns';`,
    name: 'floors',
  }),
);
const corpus = readCorpus();

// The parser's own paragraph-start pattern and gate; the pattern also sticky, without its `^`,
// to run at a line's offset in the whole text (group 3 is the number).
const paragraphStart = modules.gated.paragraphStart;
const paragraphAt = new RegExp(paragraphStart.regex.source.replace(/^\^/, ''), 'y');
const { isSpaceCode } = modules;

/** Paragraph starts (after a blank line) with their line and range, from split lines. */
function paragraphsOfLines(text) {
  const lines = modules.splitLines(text);
  const found = [];
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let at = 0;
    while (at < line.length && isSpaceCode(line.charCodeAt(at))) at++;
    const blank = at === line.length;
    if (!blank && previousBlank && paragraphStart.mayStart(line.charCodeAt(at))) {
      const m = paragraphStart.regex.exec(line);
      if (m) found.push({ line: i, number: Number(m[3]), range: { start: { line: i, character: 0 }, end: { line: i, character: line.length } } });
    }
    previousBlank = blank;
  }
  return found;
}

/** The same job by offsets in the whole text: no line strings are made. */
function paragraphsByOffsets(text) {
  const found = [];
  let previousBlank = true;
  for (let line = 0, start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let at = start;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
    const blank = at === end;
    if (!blank && previousBlank && paragraphStart.mayStart(text.charCodeAt(at))) {
      paragraphAt.lastIndex = start;
      const m = paragraphAt.exec(text);
      if (m) found.push({ line, number: Number(m[3]), range: { start: { line, character: 0 }, end: { line, character: end - start - (text.charCodeAt(end - 1) === 13 ? 1 : 0) } } });
    }
    previousBlank = blank;
    start = end + 1;
  }
  return found;
}

const steps = {
  'bare pass (split on a regex)': bareSplit,
  'split on LF (the parser\'s split)': (text) => modules.splitLines(text).length,
  'split + each line\'s first character': (text) => {
    let sum = 0;
    for (const line of modules.splitLines(text)) sum += line.charCodeAt(0) | 0;
    return sum;
  },
  'split + line facts (the parser\'s skeleton)': (text) => modules.lineFacts(text, modules.splitLines(text)).leads.length,
  'paragraph starts from split lines': (text) => paragraphsOfLines(text).length,
  'paragraph starts by offsets, no split': (text) => paragraphsByOffsets(text).length,
  'parse + diagnostics + outline': (text) => analyse(modules, text),
};

const sizeBuckets = [
  ['under 3 KB', 0, 3000],
  ['3-8 KB', 3000, 8000],
  ['8-20 KB', 8000, 20000],
  ['20 KB and more', 20000, Infinity],
];

const bucketOf = (text) => sizeBuckets.findIndex(([, low, high]) => text.length >= low && text.length < high);

const samples = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
const bucketSamples = sizeBuckets.map(() => ({ bare: [], full: [] }));
for (let round_ = 0; round_ < rounds + 2; round_++) {
  const sums = Object.fromEntries(Object.keys(steps).map((name) => [name, 0]));
  const bucketSums = sizeBuckets.map(() => ({ bare: 0, full: 0 }));
  for (const { text } of corpus) {
    const bucket = bucketOf(text);
    for (const [name, step] of Object.entries(steps)) {
      const t0 = performance.now();
      step(text);
      const elapsed = performance.now() - t0;
      sums[name] += elapsed;
      if (name === 'bare pass (split on a regex)') bucketSums[bucket].bare += elapsed;
      if (name === 'parse + diagnostics + outline') bucketSums[bucket].full += elapsed;
    }
  }
  if (round_ < 2) continue; // warm-up
  for (const name of Object.keys(steps)) samples[name].push(sums[name]);
  bucketSums.forEach((sums_, k) => {
    bucketSamples[k].bare.push(sums_.bare);
    bucketSamples[k].full.push(sums_.full);
  });
}

const same = corpus.every(({ text }) => JSON.stringify(paragraphsOfLines(text)) === JSON.stringify(paragraphsByOffsets(text)));
const bare = median(samples['bare pass (split on a regex)']);
console.log(machineLines(describeMachine()).join('\n'));
console.log(`Corpus: ${corpus.length} files; medians of ${rounds} rounds, each step timed file by file in the same rounds.\n`);
for (const [name, values] of Object.entries(samples)) console.log(`  ${name.padEnd(44)} ${String(round(median(values))).padStart(7)} ms  ${String(round(median(values) / bare)).padStart(5)} × bare`);
console.log(`  (both paragraph scans find the same ${corpus.reduce((n, { text }) => n + paragraphsOfLines(text).length, 0)} paragraphs: ${same ? 'yes' : 'NO'})\n`);
console.log('Parse + diagnostics + outline by file size:');
sizeBuckets.forEach(([label], k) => {
  const files = corpus.filter(({ text }) => bucketOf(text) === k).length;
  const full = median(bucketSamples[k].full);
  console.log(`  ${label.padEnd(16)} ${String(files).padStart(5)} files  ${String(round((1000 * full) / files)).padStart(6)} µs a file  ${String(round(full / median(bucketSamples[k].bare))).padStart(5)} × bare`);
});
const cables = corpus.reduce((n, { text }) => n + modules.parseCableFile(text).cables.length, 0);
console.log(`\nA 3× budget is ${round(3 * bare)} ms for ${cables} cables: ${round((3000 * bare) / cables)} µs a cable on average.`);
