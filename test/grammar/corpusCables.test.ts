// Scope assertions on real cables of the shared corpus, one per header shape / classification.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertLineLacks, assertScope, assertScopes, corpusCable, loadCableGrammar, tokenizeDocument, TokenizedLine } from './tokenize';
import { SCOPES } from './scopes';

async function cable(id: string): Promise<TokenizedLine[]> {
  return tokenizeDocument(await loadCableGrammar(), corpusCable(id));
}

/** The `index`-th line (0-based) whose text starts with `start`. */
function lineStartingWith(doc: readonly TokenizedLine[], start: string, index = 0): TokenizedLine[] {
  const lines = doc.filter((l) => l.text.startsWith(start));
  assert.ok(lines[index], `no line #${index} starting with ${JSON.stringify(start)}`);
  return [lines[index]];
}

describe('corpus cables', () => {
  test('08BRASILIA93: ACP-126 header (DTG first, no routing indicators, misspelt precedence)', async () => {
    const doc = await cable('08BRASILIA93');
    assertScopes(doc, 'O 151856Z JAN 08', [['O', SCOPES.precedence], ['151856Z JAN 08', SCOPES.dtg]]);
    assertScopes(doc, 'TO SECSTATE WASHDC IMMEDIATE 0861', [
      ['TO', SCOPES.addressKeyword], ['SECSTATE WASHDC', SCOPES.address], ['IMMEDIATE', SCOPES.precedence], ['0861', SCOPES.mcn],
    ]);
    // Continuation addressees without RI/ prefix are known only because they follow the FM line.
    assertScopes(doc, 'SECDEF WASHDC IMMEDIATE', [['SECDEF WASHDC', SCOPES.address], ['IMMEDIATE', SCOPES.precedence]]);
    assertScopes(doc, 'INFO AMEMBASSY BUENOS AIRES PRIOITY', [['AMEMBASSY BUENOS AIRES', SCOPES.address], ['PRIOITY', SCOPES.misspeltPrecedence]]);
    assertScopes(doc, 'AMMBASSY NEW DELHI PRIORITY 0415', [['AMMBASSY NEW DELHI', SCOPES.address], ['0415', SCOPES.mcn]]);
    assertScopes(doc, 'C O N F I D E N T I A L  BRASILIA 000093', [
      ['C O N F I D E N T I A L', SCOPES.classification.confidential], ['BRASILIA', SCOPES.station], ['000093', SCOPES.serial],
    ]);
  });

  test('00HARARE6677: partial record with an old printout header and printout page headers in the body', async () => {
    const doc = await cable('00HARARE6677');
    assertScope(doc, 'This record is a partial extract', 'This record is a partial extract of the original cable.', SCOPES.wikileaksNote);
    assertScope(doc, '291359Z Nov 00', '291359Z Nov 00', SCOPES.dtg);
    assertScope(doc, 'CONFIDENTIAL     PTQ1859', 'CONFIDENTIAL     PTQ1859', SCOPES.printoutClassification);
    assertScope(doc, 'PAGE 01        HARARE', 'PAGE 01        HARARE  06677  01 OF 03  291400Z', SCOPES.printoutPageHeader);
    for (const distribution of ['ACTION AF-00', 'INFO  LOG-00   NP-00', 'SAS-00   SWCI-00    /012W', '------------------A54E38  291401Z /38']) {
      assertScope(doc, distribution, distribution, SCOPES.distribution);
    }
    assertScopes(doc, 'TO SECSTATE WASHDC IMMEDIATE 7738', [['TO', SCOPES.addressKeyword], ['IMMEDIATE', SCOPES.precedence], ['7738', SCOPES.mcn]]);
    assertScope(doc, 'SOUTHERN AFRICAN DEVELOPMENT COMMUNITY', 'SOUTHERN AFRICAN DEVELOPMENT COMMUNITY', SCOPES.address);
    assertScope(doc, 'Wednesday, 29 November 2000, 13:59', 'Wednesday, 29 November 2000, 13:59', SCOPES.partnerDate);
    assertScopes(doc, 'SECTION 01 OF 03 HARARE 006677', [
      ['SECTION', SCOPES.section], ['01', SCOPES.sectionNumber], ['OF', SCOPES.section], ['03', SCOPES.sectionNumber], ['HARARE', SCOPES.station],
    ]);
    assertScopes(doc, 'EO 12958 DECL: 11/29/10', [['EO', SCOPES.executiveOrder], ['DECL:', SCOPES.declassify], ['11/29/10', SCOPES.date]]);
    assertScopes(doc, 'TAGS PGOV, PREL', [['TAGS', SCOPES.tagsKeyword], ['PGOV', SCOPES.tag], ['SA', SCOPES.tag]]);
    // The subject wraps across a printout page header: "… ZIMBABWE / CONFIDENTIAL / PAGE 02 … OPPOSITION LEADER".
    assertScope(doc, 'PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER', 'OPPOSITION LEADER', SCOPES.subject);
    assertScope(doc, 'PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER', 'PAGE 02 HARARE 06677 01 OF 03 291400Z', SCOPES.printoutPageHeader);
    assertScopes(doc, 'REFTEL: HARARE 6584', [['REFTEL:', SCOPES.referenceKeyword], ['HARARE 6584', SCOPES.reference]]);
    assertScopes(doc, 'CLASSIFIED BY AMBASSADOR', [['CLASSIFIED BY', SCOPES.classifiedBy], ['1.5', SCOPES.reasonSection], ['(D)', SCOPES.reasonLetters]]);
    assertScopes(doc, '¶1. (C) SUMMARY:', [['¶1.', SCOPES.paragraphNumber], ['(C)', SCOPES.portionMark.confidential], ['SUMMARY:', SCOPES.summaryMarker]]);
    assertScope(doc, 'SIPDIS SCENARIOS UNDER WHICH', 'SIPDIS', SCOPES.caption);
    assertScope(doc, 'TSVANGIRAI LOOKS INTO THE CRYSTAL BALL', 'TSVANGIRAI LOOKS INTO THE CRYSTAL BALL', SCOPES.heading);
    assertScope(lineStartingWith(doc, '--------------------------------------'), '---', '--------------------------------------', SCOPES.headingRule);
    assertScope(doc, 'PAGE 04 HARARE 06677 01 OF 03 291400Z COALITION', 'PAGE 04 HARARE 06677 01 OF 03 291400Z', SCOPES.printoutPageHeader);
    assertScope(doc, 'SECTION 02 OF 03 HARARE 006677', 'C O N F I D E N T I A L', SCOPES.classification.confidential);
    assertScope(doc, 'MASS ACTION IS ON THE TABLE', 'MASS ACTION IS ON THE TABLE', SCOPES.heading);
    for (const passing of ['NSC FOR SENIOR AFRICA DIRECTOR GAYLE SMITH', 'LONDON FOR CHARLES GURNEY']) assertLineLacks(doc, passing, 'markup.heading');
    assertScope(doc, 'CONFIDENTIAL PTQ1865', 'CONFIDENTIAL PTQ1865', SCOPES.printoutClassification);
  });

  test('06CARACAS958: SECRET cable with (S//NF) portion marks', async () => {
    const doc = await cable('06CARACAS958');
    assertScope(doc, 'ZNY SSSSS ZZH', 'SSSSS', SCOPES.classification.secret);
    assertScope(doc, 'S E C R E T SECTION 01 OF 05 CARACAS 000958', 'S E C R E T', SCOPES.classification.secret);
    assertScope(lineStartingWith(doc, 'NOFORN'), 'NOFORN', 'NOFORN', SCOPES.caption);
    assertScopes(doc, 'RUEHBO/AMEMBASSY BOGOTA PRIORITY 6275', [['PRIORITY', SCOPES.precedence], ['6275', SCOPES.mcn]]);
    assertScopes(doc, 'E.O. 12958: DNG: CO 04/08/2026', [['DNG:', SCOPES.declassify], ['04/08/2026', SCOPES.date]]);
    assertScopes(doc, 'REF: A. CARACAS 00661', [['A.', SCOPES.listEnumerator], ['CARACAS 00661', SCOPES.reference]]);
    assertScopes(doc, '¶B. 05 CARACAS 01822', [['¶B.', SCOPES.listEnumerator], ['05 CARACAS 01822', SCOPES.reference]]);
    assertScope(doc, 'CARACAS 00000958 001.2 OF 005', 'CARACAS 00000958 001.2 OF 005', SCOPES.pageBreak);
    assertScope(lineStartingWith(doc, 'Summary'), 'Summary', 'Summary', SCOPES.summaryMarker);
    assertScopes(doc, '¶1. (S//NF) Manifest', [['¶1.', SCOPES.paragraphNumber], ['(S//NF)', SCOPES.portionMark.secret]]);
  });

  test('06BRASILIA1960: UNCLAS cable with (SBU) portion marks and SENSITIVE caption', async () => {
    const doc = await cable('06BRASILIA1960');
    assertScope(doc, 'ZNR UUUUU ZZH', 'UUUUU', SCOPES.classification.unclassified);
    assertScope(doc, 'UNCLAS SECTION 01 OF 02 BRASILIA 001960', 'UNCLAS', SCOPES.classification.unclassified);
    assertScope(lineStartingWith(doc, 'SENSITIVE'), 'SENSITIVE', 'SENSITIVE', SCOPES.caption);
    assertScope(doc, 'E.O. 12958: N/A', 'N/A', SCOPES.declassification);
    assertScopes(doc, '¶1. (SBU) Summary.', [['(SBU)', SCOPES.portionMark.sbu], ['Summary.', SCOPES.summaryMarker]]);
    // Heading with its dashes glued on the same line.
    assertScopes(doc, "Lula's Challenges: Increase GDP", [
      ["Lula's Challenges: Increase GDP and Get Good People", SCOPES.heading], ['-----', SCOPES.headingRule],
    ]);
  });

  test('05REYKJAVIK520 and 06DUSHANBE2113: re-transmission note on the security line, dual precedence on the DTG line', async () => {
    const reykjavik = await cable('05REYKJAVIK520');
    assertScope(reykjavik, 'ZNR UUUUU ZZH (CCY', '(CCY ADX723D5B MSI4387-623)', SCOPES.retransmission);
    const dushanbe = await cable('06DUSHANBE2113');
    assertScopes(dushanbe, 'P R 221403Z NOV 06', [['P', SCOPES.precedence], ['R', SCOPES.precedence], ['221403Z NOV 06', SCOPES.dtg]]);
  });

  test('05ANKARA82: banner, E.O. and TAGS on one line', async () => {
    const doc = await cable('05ANKARA82');
    assertScopes(doc, 'S E C R E T ANKARA 000082 E.O.', [
      ['S E C R E T', SCOPES.classification.secret], ['000082', SCOPES.serial], ['E.O.', SCOPES.executiveOrder],
      ['01/05/2025', SCOPES.date], ['TAGS', SCOPES.tagsKeyword], ['MOPS', SCOPES.tag], ['RS', SCOPES.tag],
    ]);
  });

  test('06CALCUTTA389: page-break markers embedded in joined paragraphs', async () => {
    const doc = await cable('06CALCUTTA389');
    assertScope(doc, 'Insurgent CALCUTTA 00000389', 'CALCUTTA 00000389  002 OF 003', SCOPES.pageBreak);
    assertScope(doc, 'CALCUTTA 00000389  003 OF 003 warrant', 'CALCUTTA 00000389  003 OF 003', SCOPES.pageBreak);
    assertLineLacks(doc, 'Insurgent CALCUTTA 00000389', 'markup.heading');
  });

  test('08ISLAMABAD2524: NNNN at the end of the body', async () => {
    const doc = await cable('08ISLAMABAD2524');
    assertScope(lineStartingWith(doc, 'NNNN'), 'NNNN', 'NNNN', SCOPES.prosign);
  });
});
