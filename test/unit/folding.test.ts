// Folding: header, address lists, REF list, sections, paragraphs, Summary/Comment blocks and
// each cable of a multi-cable file; never a one-line range, one range per start line.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { foldingRanges } from '../../server/src/features/folding';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf } from '../support/editorFixtures';

const body = [
  '¶1. (C) Summary: IOM met poloff.',
  'More summary. End summary.',
  '',
  'Overtures in Geneva',
  '',
  '¶2. (C) Naderi traveled to Tashkent.',
  'Second line of paragraph two.',
  '',
  '¶3. (C) Comment: This is',
  'a comment. End comment.',
].join('\n');
const text = edit('REF: TASHKENT 123', 'REF: A. TASHKENT 123\nB. STATE 45', edit('¶1. (C) Summary: IOM met poloff. End summary.\n\n¶2. (C) Naderi traveled to Tashkent.', body));
const lineOf = (needle: string) => positionOf(text, needle).line;
const folds = foldingRanges(parseCableFile(text));
const fold = (first: string, last: string) => ({ startLine: lineOf(first), endLine: lineOf(last) });

describe('folding ranges', () => {
  test('the header and the multi-line INFO list', () => {
    assert.deepEqual(folds.find((f) => f.startLine === 0), { startLine: 0, endLine: lineOf('RUEHAH') });
    assert.ok(folds.some((f) => f.startLine === lineOf('INFO') && f.endLine === lineOf('RUEHAH')));
  });
  test('the REF list', () => {
    assert.deepEqual(folds.find((f) => f.startLine === lineOf('REF:')), fold('REF:', 'B. STATE 45'));
  });
  test('a section runs from its heading to its last paragraph', () => {
    assert.deepEqual(folds.find((f) => f.startLine === lineOf('Overtures')), fold('Overtures', 'a comment.'));
  });
  test('each paragraph and the Summary and Comment blocks', () => {
    for (const [first, last] of [['¶1.', 'More summary'], ['¶2.', 'Second line'], ['¶3.', 'a comment.']]) {
      assert.deepEqual(folds.find((f) => f.startLine === lineOf(first)), fold(first, last));
    }
  });
  test('no one-line folds, one fold per start line, in order', () => {
    assert.ok(folds.every((f) => f.endLine > f.startLine));
    const starts = folds.map((f) => f.startLine);
    assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b));
    assert.ok(!folds.some((f) => f.startLine === lineOf('TO RUEHC')), 'the one-line TO list does not fold');
  });
  test('a file with two cables folds each cable', () => {
    const two = `${cleanCable}\n\n${cleanCable}`;
    const secondStart = two.split('\n').indexOf('VZCZCXYZ0000', 1);
    const ranges = foldingRanges(parseCableFile(two));
    assert.equal(ranges[0].startLine, 0);
    assert.ok(ranges[0].endLine >= secondStart - 2 && ranges[0].endLine < secondStart);
    assert.ok(ranges.some((f) => f.startLine === secondStart && f.endLine === two.split('\n').length - 1));
  });
  test('an empty file has no folds', () => {
    assert.deepEqual(foldingRanges(parseCableFile('')), []);
  });
});
