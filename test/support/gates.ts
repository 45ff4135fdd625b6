// Shared check for first-character gates (`LinePattern`): a gate may only reject lines its
// regex rejects too, and every gated regex must match some line, or the check tests nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LinePattern } from '../../server/src/parser/patterns';
import { leadCode } from '../../server/src/parser/text';

export function testGatesAreSound(gates: Readonly<Record<string, LinePattern>>, lines: readonly string[]): void {
  for (const [name, pattern] of Object.entries(gates)) {
    test(`${name}: every line the regex matches passes the gate`, () => {
      let matched = 0;
      for (const line of lines) {
        if (!pattern.regex.test(line)) continue;
        matched++;
        assert.ok(pattern.mayStart(leadCode(line)), `${name} matches ${JSON.stringify(line)} but its gate rejects it`);
        assert.equal(pattern.test(line), true);
      }
      assert.ok(matched > 0, `${name} matched no line`);
    });
  }
}
