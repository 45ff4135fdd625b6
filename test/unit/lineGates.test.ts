// The parser's shortcuts must never change an answer: a first-character gate may only reject a
// line its pattern rejects too, and a line hint must be set on every line that holds its needle.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gated } from '../../server/src/parser/patterns';
import { indentOf, isBlank, leadCode, splitLines } from '../../server/src/parser/text';
import { LineHint, lineHints } from '../../server/src/parser/lineHints';
import { corpusDir } from '../support/fixtures';

const corpusTexts = readdirSync(path.join(corpusDir, 'cables'))
  .sort()
  .map((name) => readFileSync(path.join(corpusDir, 'cables', name), 'utf8'));

/** Seeded random lines: corpus lines with characters replaced, white space put in front, pieces glued. */
function randomLines(corpusLines: readonly string[], count: number): string[] {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const spaces = [' ', '\t', '\u00a0', '\u2003', '\ufeff', '\v', ''];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = pick(corpusLines);
    if (random() < 0.5) line = pick(spaces) + pick(spaces) + line;
    if (random() < 0.3) line = line.slice(Math.floor(random() * line.length));
    if (random() < 0.3) line = `${line} ${pick(corpusLines)}`;
    if (random() < 0.3) {
      const at = Math.floor(random() * line.length);
      line = line.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + line.slice(at + 1);
    }
    out.push(line);
  }
  return out;
}

const corpusLines = corpusTexts.flatMap(splitLines);
const lines = [...corpusLines, ...randomLines(corpusLines, 100_000)];

describe('first-character gates', () => {
  for (const [name, pattern] of Object.entries(gated)) {
    test(`${name}: every line the regex matches passes the gate`, () => {
      let matched = 0;
      for (const line of lines) {
        if (!pattern.regex.test(line)) continue;
        matched++;
        assert.ok(pattern.mayStart(leadCode(line)), `${name} matches ${JSON.stringify(line)} but its gate rejects it`);
        assert.equal(pattern.test(line), true);
      }
      // A pattern no line matches would test nothing.
      assert.ok(matched > 0, `${name} matched no line`);
    });
  }
  test('a blank line passes no gate', () => {
    for (const pattern of Object.values(gated)) assert.equal(pattern.mayStart(leadCode(' \t')), false);
  });
});

describe('white space', () => {
  test('indentOf and isBlank agree with \\s', () => {
    for (const line of [...lines.slice(-20_000), '', ' ', '\u00a0x', '\ufeff\u2028', '\u3000\u3000a', '\u0085x', '\u200bx']) {
      assert.equal(indentOf(line), /^\s*/.exec(line)![0].length, JSON.stringify(line));
      assert.equal(isBlank(line), !/\S/.test(line), JSON.stringify(line));
    }
  });
  test('splitLines splits LF, CRLF and lone CR', () => {
    assert.deepEqual(splitLines('a\nb\r\nc\rd\n'), ['a', 'b', 'c', 'd', '']);
    assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
  });
});

describe('line hints', () => {
  const expected = (line: string) => (line.includes('00') ? LineHint.PageMarker : 0) | (/mm/i.test(line) ? LineHint.BlockEnd : 0);
  const check = (text: string) => {
    const split = splitLines(text);
    assert.deepEqual([...lineHints(text, split)], split.map(expected), JSON.stringify(text.slice(0, 80)));
  };
  test('on every corpus cable', () => {
    for (const text of corpusTexts) check(text);
  });
  test('with CRLF, lone CR, needles at line edges and empty lines', () => {
    check('00\r\nEND SUMMARY\r\n\r\nsumMary 00\rx00\n\nmM');
    check('\n\n00');
    check('');
    check('0\n0\nm\nM');
  });
});
