// The parser's shortcuts must never change an answer: a first-character gate may only reject a
// line its pattern rejects too, and a line hint must be set on every line that holds its needle.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bannerLine, bannerMayStart, cableDatedPrefix, gated, pageMarkerTail } from '../../server/src/parser/patterns';
import { indentOf, isBlank, leadCode, splitLines, wordCount } from '../../server/src/parser/text';
import { blankLead, LineHint, lineFacts } from '../../server/src/parser/lineFacts';
import { corpusLines, mutatedLines } from '../fuzz/generators';
import { Random } from '../fuzz/prng';
import { testGatesAreSound } from '../support/gates';

const corpusTexts = corpusLines().map((lines) => lines.join('\n'));
const lines = [...corpusLines().flat(), ...mutatedLines(new Random(7), 100_000)];

describe('first-character gates', () => {
  testGatesAreSound(gated, lines);
  test('bannerMayStart lets through every line that holds a banner, also after `Cable dated:`', () => {
    let matched = 0;
    for (const line of lines) {
      const dated = cableDatedPrefix.exec(line);
      if (!bannerLine.test(dated ? line.slice(dated[0].length) : line)) continue;
      matched++;
      assert.ok(bannerMayStart(line, indentOf(line)), JSON.stringify(line));
    }
    assert.ok(matched > 1000);
  });
  test('bannerMayStart rules out prose and paragraph numbers', () => {
    for (const line of ['The embassy', 'Sources said', 'Cuba is', '1. (C) Summary', 'that was', 'usually']) assert.equal(bannerMayStart(line, 0), false, line);
    for (const line of ['CONFIDENTIAL', 'C O N F', 'ssecret', 'UUNCLAS', '1CONFIDENTIAL', 'Cable dated:', '"SECRET', 'LIMITED']) assert.equal(bannerMayStart(line, 0), true, line);
  });
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
  test('wordCount counts as splitting on runs of white space does', () => {
    for (const line of [...lines.slice(-20_000), 'a', 'a b', 'a \t\u00a0 b  c', '']) {
      const trimmed = line.trim();
      assert.equal(wordCount(trimmed), trimmed.split(/\s+/).length, JSON.stringify(trimmed));
    }
  });
  test('splitLines splits LF, CRLF and lone CR', () => {
    assert.deepEqual(splitLines('a\nb\r\nc\rd\n'), ['a', 'b', 'c', 'd', '']);
    assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
  });
});

describe('line facts', () => {
  // The hints as defined: `00` in a run of eight digits; `mm`, `MM` or `Mm` inside SUMMARY or COMMENT.
  const expectedHint = (line: string) =>
    (/\d*00\d*/g.test(line) && (line.match(/\d*00\d*/g) ?? []).some((run) => run.length >= 8) ? LineHint.PageMarker : 0) |
    (/[uU](?:mm|MM|Mm)[aA]|[oO](?:mm|MM|Mm)[eE]/.test(line) ? LineHint.BlockEnd : 0);
  const expectedLead = (line: string) => (isBlank(line) ? blankLead : line.charCodeAt(/^\s*/.exec(line)![0].length));
  const check = (text: string) => {
    const split = splitLines(text);
    const facts = lineFacts(text, split);
    const withoutBanner = ~LineHint.Banner;
    assert.deepEqual([...facts.hints].map((hint) => hint & withoutBanner), split.map(expectedHint), JSON.stringify(text.slice(0, 80)));
    assert.deepEqual([...facts.leads], split.map(expectedLead), JSON.stringify(text.slice(0, 80)));
  };
  test('on every corpus cable', () => {
    for (const text of corpusTexts) check(text);
  });
  test('a line that holds a banner, a page marker or a block end has its hint', () => {
    for (const text of [...corpusTexts, lines.join('\n')]) {
      const split = splitLines(text);
      const { hints } = lineFacts(text, split);
      split.forEach((line, i) => {
        // Page markers whose zero-padded serial holds `00`, block ends written as the hint says.
        const marker = [...line.matchAll(pageMarkerTail)].some((m) => m[1].includes('00'));
        if (marker) assert.ok(hints[i] & LineHint.PageMarker, JSON.stringify(line));
        const dated = cableDatedPrefix.exec(line);
        if (bannerLine.test(dated ? line.slice(dated[0].length) : line)) assert.ok(hints[i] & LineHint.Banner, JSON.stringify(line));
        if (/\b[Ee][Nn][Dd]\s+(?:[Oo][Ff]\s+)?(?:[Ss][Uu](?:mm|MM|Mm)[Aa][Rr][Yy]|[Cc][Oo](?:mm|MM|Mm)[Ee][Nn][Tt])\b/.test(line)) assert.ok(hints[i] & LineHint.BlockEnd, JSON.stringify(line));
      });
    }
  });
  test('with CRLF, lone CR, needles at line edges and empty lines', () => {
    check('00\r\nEND SUMMARY\r\n\r\nsumMary 00\rx00\n\nMm\nmM');
    check('12345600\r\n00123456 Summary\r0000000\n00000000\nCOMMENT commit SUMmary\n12\n345600 mm');
    check('\n\n00');
    check('');
    check('0\n0\nm\nM');
    check(' \t\n\u00a0x\n\u0000\n  ¶1.');
  });
});
