// No pattern may backtrack badly: hostile 20,000-character lines tokenize in milliseconds, and the whole
// corpus tokenizes with every region closed at blank lines. Measured figures are printed as diagnostics.
// Single corpus lines are not bounded: on a shared machine one line can be delayed by preemption alone.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as vsctm from 'vscode-textmate';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusCable, corpusDir, loadCableGrammar, tokenizeDocument } from './tokenize';
import { SCOPES } from './scopes';
import { ADVERSARIAL_LINES, STRESS_LINES, STRESS_PREFIXES, timeAll, TimedCase, tokenizeCorpus } from './timing';

/** Generous bound for one hostile line; the figures in the report are far lower on an idle machine. */
const ADVERSARIAL_BOUND_MS = 50;
/** Long ordinary lines and a line of 2,500 paragraph starts produce thousands of tokens; they must stay far from "catastrophic". */
const STRESS_BOUND_MS = 250;

function summary(cases: readonly TimedCase[]): string {
  const sorted = [...cases].sort((a, b) => b.milliseconds - a.milliseconds);
  const median = sorted[Math.floor(sorted.length / 2)].milliseconds;
  return `${cases.length} cases, median ${median.toFixed(1)} ms, slowest ${sorted[0].milliseconds.toFixed(1)} ms (${sorted[0].name}, ${sorted[0].tokens} tokens)`;
}

describe('grammar performance', () => {
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await loadCableGrammar();
    // Compile the rule scanners and let the engine settle before anything is timed.
    tokenizeDocument(grammar, corpusCable('08TASHKENT578'));
  });

  test(`each adversarial line tokenizes in under ${ADVERSARIAL_BOUND_MS} ms, in every context`, (t) => {
    const cases = timeAll(grammar, ADVERSARIAL_LINES);
    t.diagnostic(`adversarial lines: ${summary(cases)}`);
    const slow = cases.filter((c) => c.milliseconds > ADVERSARIAL_BOUND_MS);
    assert.deepEqual(slow.map((c) => `${c.name}: ${c.milliseconds.toFixed(1)} ms`), []);
  });

  test(`long ordinary lines and many-token lines tokenize in under ${STRESS_BOUND_MS} ms`, (t) => {
    const cases = timeAll(grammar, STRESS_LINES, STRESS_PREFIXES);
    t.diagnostic(`stress lines: ${summary(cases)}`);
    const slow = cases.filter((c) => c.milliseconds > STRESS_BOUND_MS);
    assert.deepEqual(slow.map((c) => `${c.name}: ${c.milliseconds.toFixed(1)} ms`), []);
  });

  test('the whole corpus tokenizes, every region is closed at each blank line, headings stand apart', (t) => {
    // A heading line should have a blank line or a rule of dashes next to it (or on it); prose lines do not.
    let headings = 0;
    const headingsInProse: string[] = [];
    const timing = tokenizeCorpus(grammar, (file, lines) => {
      lines.forEach((line, i) => {
        if (!line.tokens.some((token) => token.scopes.includes(SCOPES.heading))) return;
        headings++;
        const neighbours = [lines[i - 1], lines[i + 1]].filter((l) => l !== undefined).map((l) => l.text.trim());
        if (!/-{3,}/.test(line.text) && !neighbours.some((n) => n === '' || /^[-=_‐ ]{3,}$/.test(n))) headingsInProse.push(`${file}:${i + 1}`);
      });
    });
    const { slowest } = timing;
    t.diagnostic(
      `corpus: ${timing.files} files, ${timing.lines} lines in ${(timing.milliseconds / 1000).toFixed(1)} s ` +
        `(${((timing.milliseconds * 1000) / timing.lines).toFixed(0)} µs per line); slowest line ${slowest.file}:${slowest.line} ` +
        `(${slowest.length} characters) ${slowest.milliseconds.toFixed(1)} ms`,
    );
    const manifest = JSON.parse(readFileSync(path.join(corpusDir, '..', 'manifest.json'), 'utf8'));
    assert.equal(timing.files, manifest.count);
    assert.ok(timing.lines > 150_000);
    assert.deepEqual(timing.unclosedAtBlankLine, []);
    const apart = 1 - headingsInProse.length / headings;
    t.diagnostic(`headings: ${headings} lines, ${(apart * 100).toFixed(1)} % next to a blank line or a rule`);
    assert.ok(apart >= 0.9, `only ${(apart * 100).toFixed(1)} % of heading lines stand apart; e.g. ${headingsInProse.slice(0, 10).join(', ')}`);
  });
});
