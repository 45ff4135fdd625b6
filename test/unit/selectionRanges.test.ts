// Smart select: token → line → paragraph → section → cable, each step strictly larger.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { containsRange, sameRange } from '../../server/src/features/ranges';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf } from '../support/editorFixtures';

const text = edit(
  '¶2. (C) Naderi traveled to Tashkent.',
  'Overtures in Geneva\n\n¶2. (C) Naderi traveled to Tashkent\nto attend a workshop.\n\n¶3. (C) More text.',
);
const lines = text.split('\n');

/** The text of each step, from the innermost out. */
function steps(needle: string, offset = 0): string[] {
  const [chain] = selectionRanges(parseCableFile(text), text, [positionOf(text, needle, offset)]);
  const out: string[] = [];
  for (let node: SelectionRange | undefined = chain; node; node = node.parent) {
    if (node.parent) assert.ok(containsRange(node.parent.range, node.range) && !sameRange(node.parent.range, node.range), 'each parent strictly contains its child');
    const { start, end } = node.range;
    out.push(start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${lines[start.line].slice(start.character)}…${lines[end.line].slice(0, end.character)}`);
  }
  return out;
}

describe('selection ranges', () => {
  test('a word in a paragraph: word, line, paragraph, section, cable', () => {
    assert.deepEqual(steps('workshop', 2), [
      'workshop',
      'to attend a workshop.',
      '¶2. (C) Naderi traveled to Tashkent…to attend a workshop.',
      'Overtures in Geneva…¶3. (C) More text.',
      'VZCZCXYZ0000…NORLAND',
    ]);
  });
  test('a portion mark is a token of its own', () => {
    assert.deepEqual(steps('(C) More', 1).slice(0, 3), ['(C)', '¶3. (C) More text.', 'Overtures in Geneva…¶3. (C) More text.']);
  });
  test('the DTG: group, line, header, cable', () => {
    assert.deepEqual(steps('210839Z', 1), ['210839Z', '210839Z MAY 08', 'R 210839Z MAY 08', 'VZCZCXYZ0000…RUEHAH/AMEMBASSY ASHGABAT 3971', 'VZCZCXYZ0000…NORLAND']);
  });
  test('an addressee: routing indicator, addressee line, INFO list, header', () => {
    assert.deepEqual(steps('RUEHAH', 2).slice(0, 4), ['RUEHAH', 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'INFO RUEHZG/NATO EU COLLECTIVE…RUEHAH/AMEMBASSY ASHGABAT 3971', 'VZCZCXYZ0000…RUEHAH/AMEMBASSY ASHGABAT 3971']);
  });
  test('a TAG: the TAG, its line, the cable', () => {
    assert.deepEqual(steps('PREL', 1), ['PREL', 'TAGS: PGOV PREL UZ', 'VZCZCXYZ0000…NORLAND']);
  });
  test('one answer per position, a blank line outside cables gives an empty range', () => {
    const padded = `\n\n${cleanCable}`;
    const result = selectionRanges(parseCableFile(padded), padded, [{ line: 0, character: 0 }, { line: 2, character: 3 }]);
    assert.equal(result.length, 2);
    assert.deepEqual(result[0], { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.ok(result[1].parent);
  });
});
