// Times the TextMate grammar: hostile 20,000-character lines (best of 3 runs, every prefix and context), long
// ordinary lines, and the whole corpus. Uses the compiled test helpers, so run `npx tsc -p .` first.
//   node scripts/bench-grammar.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { loadCableGrammar, corpusCable, tokenizeDocument } = require('../out/test/grammar/tokenize.js');
const { ADVERSARIAL_LINES, STRESS_LINES, STRESS_PREFIXES, timeAll, tokenizeCorpus } = require('../out/test/grammar/timing.js');

const grammar = await loadCableGrammar();
tokenizeDocument(grammar, corpusCable('08TASHKENT578'));

/** Worst case per payload over all prefixes and contexts. */
function worstByPayload(cases, payloads) {
  return Object.keys(payloads).map((payload) => {
    const own = cases.filter((c) => c.name.startsWith(`${payload} after `));
    const worst = own.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a));
    return { payload, cases: own.length, 'worst ms': +worst.milliseconds.toFixed(1), 'worst case': worst.name.slice(payload.length + 1), tokens: worst.tokens };
  });
}

console.log('Adversarial lines (20,000 characters), best of 3 runs:');
console.table(worstByPayload(timeAll(grammar, ADVERSARIAL_LINES), ADVERSARIAL_LINES));
console.log('Long ordinary lines and many-token lines, best of 3 runs:');
console.table(worstByPayload(timeAll(grammar, STRESS_LINES, STRESS_PREFIXES), STRESS_LINES));

const corpus = tokenizeCorpus(grammar);
console.log(
  `Corpus: ${corpus.files} files, ${corpus.lines} lines in ${(corpus.milliseconds / 1000).toFixed(2)} s ` +
    `(${((corpus.milliseconds * 1000) / corpus.lines).toFixed(0)} µs per line); slowest line ` +
    `${corpus.slowest.file}:${corpus.slowest.line} (${corpus.slowest.length} characters) ${corpus.slowest.milliseconds.toFixed(1)} ms; ` +
    `regions left open at a blank line: ${corpus.unclosedAtBlankLine.length}`,
);
