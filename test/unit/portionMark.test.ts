// Portion marks read directly: the level taken from a mark that is its level token alone, from a
// token followed by caveats or written in small letters, and texts ruled out by their first character.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readPortionMark } from '../../server/src/parser/portionMark';

describe('portion mark levels', () => {
  test('a lone level token, a token with caveats, small letters and blanks inside', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['(C) text', 'CONFIDENTIAL', true],
      ['(SBU) text', 'UNCLASSIFIED', true],
      ['(TS) text', 'TOP SECRET', true],
      ['(S//NF) text', 'SECRET', true],
      ['(c) text', 'CONFIDENTIAL', true],
      ['( SECRET ) text', 'SECRET', true],
      ['(Sbu-NF) text', 'UNCLASSIFIED', true],
      ['(SNF) text', undefined, false],
    ];
    for (const [text, level, wellFormed] of cases) {
      const mark = readPortionMark(text, 3, 4);
      assert.ok(mark, text);
      assert.equal(mark.level, level, text);
      assert.equal(mark.wellFormed, wellFormed, text);
      assert.equal(mark.text, text.slice(0, text.indexOf(')') + 1), text);
      assert.deepEqual(mark.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 4 + mark.text.length } });
    }
  });

  test('a lost opening parenthesis', () => {
    const mark = readPortionMark('S/NF) text', 0, 2);
    assert.equal(mark?.text, 'S/NF)');
    assert.equal(mark?.level, 'SECRET');
    assert.equal(mark?.wellFormed, false);
    assert.equal(readPortionMark('TS) text', 0, 0)?.level, 'TOP SECRET');
  });

  test('no mark: other first characters, prose in parentheses, a long word', () => {
    for (const text of ['', 'Text (C)', ' (C) text', 'A) item', 'c) item', '(U.S.) text', '(Iran) text', '(CONSTRUCTION) text']) {
      assert.equal(readPortionMark(text, 0, 0), undefined, text);
    }
  });
});
