// Scope of every element of the seed cable 08TASHKENT578.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertLineLacks, assertScope, corpusCable, describeLine, lineContaining, loadCableGrammar, tokenizeDocument, TokenizedLine } from './tokenize';
import { SCOPES } from './scopes';

describe('08TASHKENT578 (seed cable)', () => {
  let doc: TokenizedLine[];
  before(async () => {
    doc = tokenizeDocument(await loadCableGrammar(), corpusCable('08TASHKENT578'));
  });

  test('transmission identifier VZCZCXYZ0000', () => {
    assertScope(doc, 'VZCZCXYZ0000', 'VZCZC', SCOPES.prosign);
    assertScope(doc, 'VZCZCXYZ0000', 'XYZ', SCOPES.channel);
    assertScope(doc, 'VZCZCXYZ0000', '0000', SCOPES.channelSequence);
  });

  test('precedence digraph and relay routing indicator', () => {
    assertScope(doc, 'RR RUEHWEB', 'RR', SCOPES.precedence);
    assertScope(doc, 'RR RUEHWEB', 'RUEHWEB', SCOPES.routingIndicator);
  });

  test('DE line: keyword, routing indicator, serial, part, Julian date-time', () => {
    const de = 'DE RUEHNT #0578/01 1420839';
    assertScope(doc, de, 'DE', SCOPES.prosign);
    assertScope(doc, de, 'RUEHNT', SCOPES.routingIndicator);
    assertScope(doc, de, '#0578', SCOPES.serial);
    assertScope(doc, de, '01', SCOPES.part);
    assertScope(doc, de, '1420839', SCOPES.julianTime);
  });

  test('security line: prosign, classification group coloured as CONFIDENTIAL, operating signal', () => {
    assertScope(doc, 'ZNY CCCCC ZZH', 'ZNY', SCOPES.prosign);
    assertScope(doc, 'ZNY CCCCC ZZH', 'CCCCC', SCOPES.classification.confidential);
    assertScope(doc, 'ZNY CCCCC ZZH', 'ZZH', SCOPES.operatingSignal);
  });

  test('DTG line: precedence prosign and date-time group', () => {
    assertScope(doc, 'R 210839Z MAY 08', 'R', SCOPES.precedence);
    assertScope(doc, 'R 210839Z MAY 08', '210839Z MAY 08', SCOPES.dtg);
  });

  test('FM, TO and INFO lines', () => {
    assertScope(doc, 'FM AMEMBASSY TASHKENT', 'FM', SCOPES.addressKeyword);
    assertScope(doc, 'FM AMEMBASSY TASHKENT', 'AMEMBASSY TASHKENT', SCOPES.address);
    const to = 'TO RUEHC/SECSTATE WASHDC 9681';
    assertScope(doc, to, 'TO', SCOPES.addressKeyword);
    assertScope(doc, to, 'RUEHC', SCOPES.routingIndicator);
    assertScope(doc, to, 'SECSTATE WASHDC', SCOPES.address);
    assertScope(doc, to, '9681', SCOPES.mcn);
    assertScope(doc, 'INFO RUEHZG/NATO EU COLLECTIVE', 'INFO', SCOPES.addressKeyword);
    assertScope(doc, 'INFO RUEHZG/NATO EU COLLECTIVE', 'RUEHZG', SCOPES.routingIndicator);
    assertScope(doc, 'INFO RUEHZG/NATO EU COLLECTIVE', 'NATO EU COLLECTIVE', SCOPES.address);
  });

  test('continuation addressee lines, including ones without an MCN', () => {
    assertScope(doc, 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'RUEHAH', SCOPES.routingIndicator);
    assertScope(doc, 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'AMEMBASSY ASHGABAT', SCOPES.address);
    assertScope(doc, 'RUEHAH/AMEMBASSY ASHGABAT 3971', '3971', SCOPES.mcn);
    assertScope(doc, 'RUEHNE/AMEMBASSY NEW DELHI 1137', 'AMEMBASSY NEW DELHI', SCOPES.address);
    assertScope(doc, 'RHEFDIA/DIA WASHDC', 'RHEFDIA', SCOPES.routingIndicator);
    assertScope(doc, 'RUEAIIA/CIA WASHDC', 'CIA WASHDC', SCOPES.address);
  });

  test('banner: level, station, serial', () => {
    const banner = 'C O N F I D E N T I A L TASHKENT 000578';
    assertScope(doc, banner, 'C O N F I D E N T I A L', SCOPES.classification.confidential);
    assertScope(doc, banner, 'TASHKENT', SCOPES.station);
    assertScope(doc, banner, '000578', SCOPES.serial);
  });

  test('SIPDIS caption', () => {
    const sipdis = doc.find((l) => l.text.trim() === 'SIPDIS');
    assert.ok(sipdis);
    assertScope([sipdis], 'SIPDIS', 'SIPDIS', SCOPES.caption);
  });

  test('passing lines are neither headings nor captions', () => {
    for (const fragment of ['DEPT FOR INL ANDREW BUHLER', 'FOR JESSICA MAZZONE', 'ASTANA FOR ALMATY/USAID']) {
      assertLineLacks(doc, fragment, 'markup.heading');
      assertLineLacks(doc, fragment, SCOPES.caption);
    }
  });

  test('E.O. line', () => {
    const eo = 'E.O. 12958: DECL: 05/21/2018';
    assertScope(doc, eo, 'E.O.', SCOPES.executiveOrder);
    assertScope(doc, eo, '12958', SCOPES.executiveOrderNumber);
    assertScope(doc, eo, 'DECL:', SCOPES.declassify);
    assertScope(doc, eo, '05/21/2018', SCOPES.date);
  });

  test('TAGS in the [PGOV](#) form', () => {
    const tags = 'TAGS: [PGOV](#)';
    assertScope(doc, tags, 'TAGS', SCOPES.tagsKeyword);
    for (const tag of ['PGOV', 'PREL', 'PHUM', 'KCRM', 'KWMN', 'SOCI', 'UZ']) assertScope(doc, tags, tag, SCOPES.tag);
    assertScope(doc, tags, '[', SCOPES.tagLinkOpen);
    assertScope(doc, tags, '](#)', SCOPES.tagLinkClose);
  });

  test('SUBJECT keyword, value and its wrapped second line', () => {
    assertScope(doc, 'SUBJECT: IOM', 'SUBJECT', SCOPES.subjectKeyword);
    assertScope(doc, 'SUBJECT: IOM', 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN', SCOPES.subject);
    const continuation = doc.find((l) => l.text === 'UZBEKISTAN');
    assert.ok(continuation);
    assertScope([continuation], 'UZBEKISTAN', 'UZBEKISTAN', SCOPES.subject);
    assertLineLacks([continuation], 'UZBEKISTAN', 'markup.heading');
  });

  test('REF keyword and value', () => {
    assertScope(doc, 'REF: TASHKENT', 'REF:', SCOPES.referenceKeyword);
    assertScope(doc, 'REF: TASHKENT', 'TASHKENT', SCOPES.reference);
  });

  test('Classified By line with reasons', () => {
    const line = 'Classified By: Political Officer';
    assertScope(doc, line, 'Classified By', SCOPES.classifiedBy);
    assertScope(doc, line, 'Political Officer Tim Buckley', SCOPES.classificationAuthority);
    assertScope(doc, line, 'reasons', SCOPES.reasonKeyword);
    assertScope(doc, line, '1.4', SCOPES.reasonSection);
    assertScope(doc, line, '(B,D)', SCOPES.reasonLetters);
  });

  test('paragraph numbers ¶1., ¶2. and the garbled 13. … 18., each with a CONFIDENTIAL portion mark', () => {
    for (const number of ['¶1.', '¶2.', '13.', '14.', '15.', '16.', '17.', '18.']) {
      const line = lineContaining(doc, `${number} (C)`);
      assert.ok(line.text.startsWith(number), describeLine(line));
      assertScope([line], number, number, SCOPES.paragraphNumber);
      assertScope([line], number, '(C)', SCOPES.portionMark.confidential);
    }
  });

  test('Summary marker and End summary', () => {
    assertScope(doc, '¶1. (C) Summary:', 'Summary:', SCOPES.summaryMarker);
    assertScope(doc, 'End summary.', 'End summary.', SCOPES.summaryMarker);
  });

  test('section headings are headings, the "Comment:" line is a comment marker', () => {
    for (const heading of ['"The Missing Link"', 'Overtures in Geneva', 'The View from MFA', 'Confronting Ghosts of the Past']) {
      const line = doc.find((l) => l.text === heading);
      assert.ok(line, heading);
      assertScope([line], heading, heading, SCOPES.heading);
    }
    const comment = doc.find((l) => l.text === 'Comment:');
    assert.ok(comment);
    assertScope([comment], 'Comment:', 'Comment:', SCOPES.commentMarker);
  });

  test('prose lines, including the wrapped paragraph continuations, carry no heading or marker scope', () => {
    assertLineLacks(doc, 'platform for the Government of Uzbekistan', 'markup.heading');
    assertLineLacks(doc, 'rather than later would be in its best interests', 'markup.heading');
    assertLineLacks(doc, 'platform for the Government of Uzbekistan', 'keyword');
  });

  test('the signature is plain text', () => {
    const signature = doc.find((l) => l.text === 'NORLAND');
    assert.ok(signature);
    assert.deepEqual(signature.tokens.map((t) => t.scopes), [['text.cable']]);
  });
});
