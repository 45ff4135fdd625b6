// Seeded fuzzing of the parser, diagnostics and outline: they never throw and every range
// they report lies inside the document. FUZZ_CASES sets the number of cases (default 100,000;
// e.g. FUZZ_CASES=2000000 for a long local run), FUZZ_SEED the seed, FUZZ_CASE replays one case.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fuzzCase } from './generators';
import { checkText } from './invariants';
import { caseSeed, envNumber, Random } from './prng';

const seed = envNumber('FUZZ_SEED', 20100228);
const cases = envNumber('FUZZ_CASES', 100_000);
const onlyCase = process.env.FUZZ_CASE === undefined ? undefined : envNumber('FUZZ_CASE', 0);
/** Every this-many cases, one carries a line of about 1 MB. */
const longLineEvery = 20_000;

/** Saves a failing input so it can be opened or turned into a regression test. */
function saveFailure(index: number, text: string): string {
  const file = path.join(tmpdir(), `cable-fuzz-${seed}-${index}.txt`);
  writeFileSync(file, text);
  return file;
}

describe('fuzzing parse, diagnostics and outline', () => {
  test(`${onlyCase === undefined ? cases : 1} seeded cases (seed ${seed}) never throw and stay inside the document`, () => {
    const counts = new Map<string, number>();
    const first = onlyCase ?? 0;
    const last = onlyCase ?? cases - 1;
    for (let index = first; index <= last; index++) {
      const random = new Random(caseSeed(seed, index));
      const { kind, text } = fuzzCase(random, index % longLineEvery === longLineEvery - 1);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      try {
        checkText(text);
      } catch (error) {
        const saved = saveFailure(index, text);
        assert.fail(
          `case ${index} (${kind}, ${text.length} chars) failed: ${(error as Error).stack}\n` +
            `input saved to ${saved}; replay with FUZZ_SEED=${seed} FUZZ_CASE=${index}\n` +
            `start of input: ${JSON.stringify(text.slice(0, 300))}`,
        );
      }
    }
    // The generator mix is part of what the suite promises: say what ran.
    const summary = [...counts].map(([kind, count]) => `${kind}: ${count}`).join(', ');
    if (onlyCase === undefined) {
      assert.ok((counts.get('mutated excerpt') ?? 0) > cases / 3, `mostly corpus-based cases (${summary})`);
      assert.ok(cases < longLineEvery || (counts.get('long line') ?? 0) >= 1, `some 1 MB lines (${summary})`);
    }
  });
});
