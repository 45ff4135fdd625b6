// The header reads some of the format's line patterns by hand, or behind a finer gate, without a
// regex run. Each hand reading must answer exactly what its pattern answers (the patterns stay the
// oracles), on the corpus, on mutated lines, and on random lines made of the characters they test.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addressKeywordEnd,
  isDeKeywordLine,
  isMcnWord,
  isRecordDumpHeaderLine,
  routingIndicatorTokens,
  startsWithOfficeSymbol,
} from '../../server/src/parser/header';
import * as p from '../../server/src/parser/patterns';
import { indentOf } from '../../server/src/parser/text';
import { corpusLines, mutatedLines, pieceLines } from '../fuzz/generators';
import { Random } from '../fuzz/prng';

/** Lines of `pieces` glued at random, with random blanks before them. */
const soup = (seed: number, count: number, pieces: readonly string[]) => pieceLines(new Random(seed), count, pieces, { leads: ['', ' ', '  ', '\t', '\u00a0'], maxPieces: 8 });

const headerPieces = [
  'TO', 'INFO', 'XMT', 'DE', 'D', 'E', 'T', 'O', ' ', '  ', '\t', '/', '//', '-', '00', '12', '1', 'A', 'LOG', 'NP', 'R', 'RUEH', 'RUEHC',
  'XYZ', 'header', 'header:', ':', 'PAGE', 'ACTION', '------', 'Distribution:', 'TED', 'UNCLASSIFIED', 'UNCLAS', 'CONFIDENTIAL', 'SECRET',
  'LIMITED OFFICIAL USE', 'TOP SECRET', 'This record is a partial extract of the original cable', 'this', 'Th', '"', '\u2028', 'x', 'W',
];
const corpus = corpusLines().flat();
const lines = [...corpus, ...mutatedLines(new Random(17), 40_000), ...soup(23, 60_000, headerPieces)];

describe('header lines read by hand', () => {
  test('`header:` alone on its line', () => {
    for (const line of lines) assert.equal(isRecordDumpHeaderLine(line), p.recordDumpHeaderLine.test(line), JSON.stringify(line));
  });
  test('the DE keyword', () => {
    for (const line of lines) assert.equal(isDeKeywordLine(line, indentOf(line)), p.deKeyword.test(line), JSON.stringify(line));
  });
  test('TO, INFO and XMT and the blanks and slashes after them', () => {
    for (const line of lines) {
      const indent = indentOf(line);
      const kind = line.startsWith('TO', indent) ? 'TO' : line.startsWith('INFO', indent) ? 'INFO' : line.startsWith('XMT', indent) ? 'XMT' : undefined;
      const end = kind ? addressKeywordEnd(line, indent, kind) : -1;
      assert.equal(end, p.addressKeywordLine.exec(line)?.[0].length ?? -1, JSON.stringify(line));
    }
  });
  test('office symbols after INFO', () => {
    for (const line of lines) {
      for (let at = 0; at <= Math.min(line.length, 12); at++) assert.equal(startsWithOfficeSymbol(line, at), p.officeSymbols.test(line.slice(at)), JSON.stringify([line, at]));
    }
  });
  test('printout, classification-only and partial-extract lines: the gates reject only lines the patterns reject', () => {
    for (const line of lines) {
      const indent = indentOf(line);
      if (indent === line.length) continue;
      const lead = line.charCodeAt(indent);
      assert.equal(p.gated.printoutLine.test(line, lead), p.printoutLine.test(line), JSON.stringify(line));
      assert.equal(p.gated.classificationOnlyLine.test(line, lead), p.classificationOnlyLine.test(line), JSON.stringify(line));
      if (p.partialExtractNote.test(line)) assert.ok(p.gated.partialExtractNote.mayMatch(line, lead), JSON.stringify(line));
    }
  });
  test('routing indicators anywhere in a line', () => {
    for (const line of lines) {
      const expected = [...line.matchAll(new RegExp(p.routingIndicator.source, 'g'))].map((m) => [m.index + 2, m[0]]);
      assert.deepEqual(routingIndicatorTokens(line, 0, 2).map((t) => [t.range.start.character, t.text]), expected, JSON.stringify(line));
    }
  });
  test('MCN words', () => {
    const mcnWord = /^\d{3,4}(?:-\d{3,4})?$/;
    for (const word of soup(29, 40_000, ['1', '12', '123', '1234', '-', '--', 'A', ' '])) {
      for (let start = 0; start <= word.length; start++) {
        for (let end = start; end <= word.length; end++) assert.equal(isMcnWord(word, start, end), mcnWord.test(word.slice(start, end)), JSON.stringify([word, start, end]));
      }
    }
  });
});
