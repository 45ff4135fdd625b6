// The header's and the caption block's shortcuts must never change an answer: a first-character
// gate may only reject lines its pattern rejects, a rewritten pattern must match what the shared
// one matches, and the keyword search and the cutting of the classifier's name must give what the
// plain regexes gave (kept here as oracles).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCaptionKeywords, readClassifiedBy } from '../../server/src/parser/captionBlock';
import { headerGates, wrapperFieldStart } from '../../server/src/parser/header';
import * as p from '../../server/src/parser/patterns';
import { leadCode } from '../../server/src/parser/text';
import { corpusLines, mutatedLines, pieceLines } from '../fuzz/generators';
import { Random } from '../fuzz/prng';
import { testGatesAreSound } from '../support/gates';

/** Lines made of the words and signs the caption patterns care about, in random case. */
function keywordSoup(count: number): string[] {
  const pieces = [
    'for', 'per', 'under', 'reason', 'reasons', 'rea', 'son', 'sons', 'section', 'E', 'O', 'EO', 'E.O.', '.', ' ', '  ', '\t', ':', ',', ';',
    '1', '12958', '123', 'x', 'Joe', '\u00a0', '\u2028', '(', ')', 'b', 'and', '1.4', 'DECL', 'REF:', 'REFTEL ', 'TAGS', ' TAGS:', ' tas ',
    ' ags ', 'SUBJECT:', 'subj:', 'Classified by', 'CLASSIFIED BY', 'E.O. 12958', 'EO13526', 'PROGRAM REF ', 'a', '_', '9',
  ];
  const leads = ['Classified By: ', 'CLASSIFIED BY:', '', '  ', 'E.O. 12958: ', 'REF: ', 'x '];
  return pieceLines(new Random(5), count, pieces, { leads, maxPieces: 12, flipCase: 0.3 });
}

const lines = [...corpusLines().flat(), ...mutatedLines(new Random(11), 60_000)];

describe('header line gates', () => {
  testGatesAreSound(headerGates, lines);
  test('wrapper lines start like a field or hold Inbox', () => {
    for (const line of [...lines, 'x From y Inbox', '  > quoted']) {
      if (p.wrapperLine.test(line)) assert.ok(wrapperFieldStart.mayStart(leadCode(line)) || line.includes('Inbox'), JSON.stringify(line));
    }
  });
  test('the FM pattern matches what the old lazy one matched, with the same groups', () => {
    // The old pattern, quadratic on trailing blanks, kept as the oracle.
    const lazyFmLine = /^\s*(FM)[ \t]+(\S.*?)\s*$/;
    const extra = ['FM A   B  ', 'FM A\u2028B', 'FM A \u2028', 'FM \u00a0A', 'FM  x', ' FM\tAMEMBASSY TASHKENT\t', 'FMX', 'FM '];
    for (const line of [...lines, ...extra]) {
      const expected = [...(lazyFmLine.exec(line) ?? [])];
      assert.deepEqual([...(p.fmLine.exec(line) ?? [])], expected, JSON.stringify(line));
      assert.deepEqual([...(headerGates.fmLine.regex.exec(line) ?? [])], expected, JSON.stringify(line));
    }
  });
});

/** findCaptionKeywords as it was: the keyword pattern searched at every position. */
function captionKeywordsOracle(text: string, line: number) {
  const hits: { kind: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(p.captionKeywords)) {
    const kind = Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)!;
    if (kind === 'eo' && hits.some((h) => h.kind === 'classified') && !/^\s*:?\s*(?:DECL|N\/?A\b|OADR)/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    const leading = m[0].length - m[0].trimStart().length;
    const previous = hits[hits.length - 1];
    if (previous?.kind === kind && /^[\s:]*$/.test(text.slice(previous.end, m.index! + leading))) {
      previous.end = m.index! + m[0].length;
      continue;
    }
    hits.push({ kind, start: m.index! + leading, end: m.index! + m[0].length });
  }
  return hits.map((hit, i) => ({
    kind: hit.kind,
    keyword: text.slice(hit.start, hit.end).trimEnd(),
    start: hit.start,
    body: text.slice(hit.end, i + 1 < hits.length ? hits[i + 1].start : text.length).trim(),
    line,
  }));
}

/** The classifier's name as readClassifiedBy cut it with the plain regexes. */
function classifierOracle(text: string): string | undefined {
  const section = /(?<![\d.])(\d)\s?[.,]\s?(\d)(?![\d])/.exec(text);
  const reasonWords = /[\s,;.:]*(?:for\s+|per\s+|under\s+)?(?:reasons?|rea\s*sons?)?\s*:?\s*$/i;
  const reasonSection = /[\s,;.:]*(?:(?:for\s+|per\s+)?reasons?\s*:?\s*|under\s+)section\s*$/i;
  return (section ? text.slice(0, section.index) : text)
    .replace(reasonSection, '')
    .replace(reasonWords, '')
    .replace(/[\s,;.:]*\b(?:E\.?\s?O\.?|EO)\s?1\d{3,4}$/i, '')
    .replace(reasonWords, '')
    .trim() || undefined;
}

describe('caption block', () => {
  const captionLines = [...keywordSoup(40_000), ...lines.filter((line) => line.length < 2000)];
  test('findCaptionKeywords finds what a search at every position finds', () => {
    for (const text of captionLines) {
      const found = findCaptionKeywords(text, 3).map((e) => ({
        kind: e.kind,
        keyword: e.keyword.text,
        start: e.keyword.range.start.character,
        body: e.body.text,
        line: e.keyword.range.start.line,
      }));
      assert.deepEqual(found, captionKeywordsOracle(text, 3), JSON.stringify(text));
    }
  });
  test('readClassifiedBy cuts the reason words and E.O. off the name as the plain regexes did', () => {
    let checked = 0;
    for (const text of keywordSoup(60_000)) {
      const element = findCaptionKeywords(text, 0).find((e) => e.kind === 'classified');
      if (!element) continue;
      checked++;
      const body = element.body.text;
      const colon = /^\s*:\s*/.exec(body)?.[0] ?? '';
      assert.equal(readClassifiedBy(element).who, classifierOracle(' '.repeat(colon.length) + body.slice(colon.length)), JSON.stringify(text));
    }
    assert.ok(checked > 1000);
  });
});
