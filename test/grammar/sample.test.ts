// Scope of every element of the seed cable 08TASHKENT578.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertLineLacks, assertScope, assertScopes, corpusCable, describeLine, lineContaining, loadCableGrammar, tokenizeDocument, TokenizedLine,
} from './tokenize';
import { SCOPES } from './scopes';

describe('08TASHKENT578 (seed cable)', () => {
  let doc: TokenizedLine[];
  /** The line whose whole text is `text`. */
  const exactLine = (text: string): TokenizedLine[] => {
    const line = doc.find((l) => l.text === text);
    assert.ok(line, `no line ${JSON.stringify(text)}`);
    return [line];
  };
  before(async () => {
    doc = tokenizeDocument(await loadCableGrammar(), corpusCable('08TASHKENT578'));
  });

  test('routing header lines', () => {
    const header: Array<[string, Array<[string, string]>]> = [
      ['VZCZCXYZ0000', [['VZCZC', SCOPES.prosign], ['XYZ', SCOPES.channel], ['0000', SCOPES.channelSequence]]],
      ['RR RUEHWEB', [['RR', SCOPES.precedence], ['RUEHWEB', SCOPES.routingIndicator]]],
      ['DE RUEHNT #0578/01 1420839', [
        ['DE', SCOPES.prosign], ['RUEHNT', SCOPES.routingIndicator], ['#0578', SCOPES.serial], ['01', SCOPES.part], ['1420839', SCOPES.julianTime],
      ]],
      ['ZNY CCCCC ZZH', [['ZNY', SCOPES.prosign], ['CCCCC', SCOPES.classification.confidential], ['ZZH', SCOPES.operatingSignal]]],
      ['R 210839Z MAY 08', [['R', SCOPES.precedence], ['210839Z MAY 08', SCOPES.dtg]]],
      ['FM AMEMBASSY TASHKENT', [['FM', SCOPES.addressKeyword], ['AMEMBASSY TASHKENT', SCOPES.address]]],
      ['TO RUEHC/SECSTATE WASHDC 9681', [
        ['TO', SCOPES.addressKeyword], ['RUEHC', SCOPES.routingIndicator], ['SECSTATE WASHDC', SCOPES.address], ['9681', SCOPES.mcn],
      ]],
      ['INFO RUEHZG/NATO EU COLLECTIVE', [['INFO', SCOPES.addressKeyword], ['RUEHZG', SCOPES.routingIndicator], ['NATO EU COLLECTIVE', SCOPES.address]]],
      // continuation addressee lines, with and without an MCN
      ['RUEHAH/AMEMBASSY ASHGABAT 3971', [['RUEHAH', SCOPES.routingIndicator], ['AMEMBASSY ASHGABAT', SCOPES.address], ['3971', SCOPES.mcn]]],
      ['RUEHNE/AMEMBASSY NEW DELHI 1137', [['AMEMBASSY NEW DELHI', SCOPES.address], ['1137', SCOPES.mcn]]],
      ['RHEFDIA/DIA WASHDC', [['RHEFDIA', SCOPES.routingIndicator], ['DIA WASHDC', SCOPES.address]]],
    ];
    for (const [line, expected] of header) assertScopes(doc, line, expected);
  });

  test('banner, caption, E.O., TAGS in the [PGOV](#) form', () => {
    assertScopes(doc, 'C O N F I D E N T I A L TASHKENT 000578', [
      ['C O N F I D E N T I A L', SCOPES.classification.confidential], ['TASHKENT', SCOPES.station], ['000578', SCOPES.serial],
    ]);
    assertScope(exactLine('SIPDIS'), 'SIPDIS', 'SIPDIS', SCOPES.caption);
    assertScopes(doc, 'E.O. 12958: DECL: 05/21/2018', [
      ['E.O.', SCOPES.executiveOrder], ['12958', SCOPES.executiveOrderNumber], ['DECL:', SCOPES.declassify], ['05/21/2018', SCOPES.date],
    ]);
    assertScopes(doc, 'TAGS: [PGOV](#)', [
      ['TAGS', SCOPES.tagsKeyword], ['[', SCOPES.tagLinkOpen], ['](#)', SCOPES.tagLinkClose],
      ...['PGOV', 'PREL', 'PHUM', 'KCRM', 'KWMN', 'SOCI', 'UZ'].map((tag): [string, string] => [tag, SCOPES.tag]),
    ]);
  });

  test('passing lines are neither headings nor captions', () => {
    for (const fragment of ['DEPT FOR INL ANDREW BUHLER', 'FOR JESSICA MAZZONE', 'ASTANA FOR ALMATY/USAID']) {
      assertLineLacks(doc, fragment, 'markup.heading');
      assertLineLacks(doc, fragment, SCOPES.caption);
    }
  });

  test('SUBJECT (with its wrapped second line), REF and Classified By', () => {
    assertScopes(doc, 'SUBJECT: IOM', [['SUBJECT', SCOPES.subjectKeyword], ['IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN', SCOPES.subject]]);
    assertScope(exactLine('UZBEKISTAN'), 'UZBEKISTAN', 'UZBEKISTAN', SCOPES.subject);
    assertLineLacks(exactLine('UZBEKISTAN'), 'UZBEKISTAN', 'markup.heading');
    assertScopes(doc, 'REF: TASHKENT', [['REF:', SCOPES.referenceKeyword], ['TASHKENT', SCOPES.reference]]);
    assertScopes(doc, 'Classified By: Political Officer', [
      ['Classified By', SCOPES.classifiedBy], ['Political Officer Tim Buckley', SCOPES.classificationAuthority],
      ['reasons', SCOPES.reasonKeyword], ['1.4', SCOPES.reasonSection], ['(B,D)', SCOPES.reasonLetters],
    ]);
  });

  test('paragraph numbers ¶1., ¶2. and the garbled 13. … 18., each with a CONFIDENTIAL portion mark', () => {
    for (const number of ['¶1.', '¶2.', '13.', '14.', '15.', '16.', '17.', '18.']) {
      const line = lineContaining(doc, `${number} (C)`);
      assert.ok(line.text.startsWith(number), describeLine(line));
      assertScopes([line], number, [[number, SCOPES.paragraphNumber], ['(C)', SCOPES.portionMark.confidential]]);
    }
  });

  test('Summary / End summary markers, the "Comment:" line', () => {
    assertScope(doc, '¶1. (C) Summary:', 'Summary:', SCOPES.summaryMarker);
    assertScope(doc, 'End summary.', 'End summary.', SCOPES.summaryMarker);
    assertScope(exactLine('Comment:'), 'Comment:', 'Comment:', SCOPES.commentMarker);
  });

  test('section headings', () => {
    for (const heading of ['"The Missing Link"', 'Overtures in Geneva', 'The View from MFA', 'Confronting Ghosts of the Past']) {
      assertScope(exactLine(heading), heading, heading, SCOPES.heading);
    }
  });

  test('prose lines, including wrapped paragraph continuations, carry no heading or keyword scope', () => {
    assertLineLacks(doc, 'platform for the Government of Uzbekistan', 'markup.heading');
    assertLineLacks(doc, 'platform for the Government of Uzbekistan', 'keyword');
    assertLineLacks(doc, 'rather than later would be in its best interests', 'markup.heading');
  });

  test('the signature is plain text', () => {
    assert.deepEqual(exactLine('NORLAND')[0].tokens.map((t) => t.scopes), [['text.cable']]);
  });
});
