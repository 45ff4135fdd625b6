// Inline fixtures for the variants the corpus cables above do not all show, and for lines that must stay plain.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as vsctm from 'vscode-textmate';
import { assertEach, assertLineLacks, assertScope, assertScopes, describeLine, loadCableGrammar, tokenizeLines, TokenizedLine } from './tokenize';
import { SCOPES } from './scopes';

let grammar: vsctm.IGrammar;
const doc = (...lines: string[]): TokenizedLine[] => tokenizeLines(grammar, lines);

describe('inline fixtures', () => {
  before(async () => {
    grammar = await loadCableGrammar();
  });

  describe('routing header', () => {
    test('3-digit channel number, relay line wrapped over two lines, DE without part number', () => {
      const header = doc('VZCZCMDI433', 'OO RUEHBC RUEHDE', 'RUEHIHL RUEHKUK', 'DE RUEHC #3511 2710604');
      assertScopes(header, 'VZCZCMDI433', [['MDI', SCOPES.channel], ['433', SCOPES.channelSequence]]);
      assertScopes(header, 'OO RUEHBC', [['OO', SCOPES.precedence], ['RUEHDE', SCOPES.routingIndicator]]);
      assertScopes(header, 'RUEHIHL RUEHKUK', [['RUEHIHL', SCOPES.routingIndicator], ['RUEHKUK', SCOPES.routingIndicator]]);
      assertScopes(header, 'DE RUEHC #3511 2710604', [['#3511', SCOPES.serial], ['2710604', SCOPES.julianTime]]);
    });

    test('dual precedence with a re-transmission note, and an invalid security group', () => {
      const lines = doc('ZNY CCCC ZZH', 'O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)');
      assertScope(lines, 'ZNY CCCC ZZH', 'CCCC', SCOPES.badSecurityGroup);
      assertScopes(lines, 'O R 041614Z', [
        ['O', SCOPES.precedence], ['R', SCOPES.precedence], ['041614Z FEB 10', SCOPES.dtg], ['(CCY ADX1C30B8 ICTOQ0621-623)', SCOPES.retransmission],
      ]);
    });

    test('ZEN/ addressee with NIACT IMMEDIATE and an MCN range; XMT; office symbols; printout noise in the list', () => {
      const lines = doc(
        'FM SECSTATE WASHDC',
        'TO ZEN/AMEMBASSY RIGA NIACT IMMEDIATE 0612-0615',
        'RUEAIIA/CIA WASHINGTON DC//DHO-5// PRIORITY',
        'TO PAGE 02        STATE   015113  182333Z',
        'XMT AMCONSUL JOHANNESBURG',
      );
      assertScopes(lines, 'ZEN/AMEMBASSY RIGA', [
        ['ZEN', SCOPES.operatingSignal], ['AMEMBASSY RIGA', SCOPES.address], ['NIACT IMMEDIATE', SCOPES.precedence], ['0612-0615', SCOPES.mcn],
      ]);
      assertScopes(lines, 'RUEAIIA/CIA', [['CIA WASHINGTON DC', SCOPES.address], ['//DHO-5//', SCOPES.officeSymbol], ['PRIORITY', SCOPES.precedence]]);
      assertScope(lines, 'TO PAGE 02', 'PAGE 02        STATE   015113  182333Z', SCOPES.printoutPageHeader);
      assertScopes(lines, 'XMT AMCONSUL', [['XMT', SCOPES.addressKeyword], ['AMCONSUL JOHANNESBURG', SCOPES.address]]);
    });

    test('BT and NNNN prosign lines', () => {
      const lines = doc('BT', 'NNNN');
      assertEach(lines, [['BT', 'BT', SCOPES.prosign], ['NNNN', 'NNNN', SCOPES.prosign]]);
    });

    test('FM and TO in body prose are not address lines', () => {
      const lines = doc('FM Lavrov said the talks would resume.', 'TO BE SURE, THE MINISTER SAID THE TALKS WOULD RESUME.', 'INFO ON THE TALKS WAS SCARCE.');
      for (const fragment of ['FM Lavrov', 'TO BE SURE', 'INFO ON THE TALKS']) assertLineLacks(lines, fragment, 'keyword.other.address');
    });
  });

  describe('classification markings', () => {
    test('banner levels get one scope root each, in banners and in FL4 groups', () => {
      const lines = doc(
        'UNCLAS SECTION 01 OF 04 BRASILIA 002129',
        'S E C R E T STATE 015220',
        'T O P  S E C R E T STATE 000001',
        'LIMITED OFFICIAL USE STATE 271057',
        'UNCLASSIFIED BUENOS AIRES 2481',
      );
      assertEach(lines, [
        ['UNCLAS SECTION', 'UNCLAS', SCOPES.classification.unclassified],
        ['S E C R E T STATE', 'S E C R E T', SCOPES.classification.secret],
        ['T O P', 'T O P  S E C R E T', SCOPES.classification.topSecret],
        ['LIMITED OFFICIAL USE', 'LIMITED OFFICIAL USE', SCOPES.classification.limitedOfficialUse],
      ]);
      assertScopes(lines, 'UNCLASSIFIED BUENOS AIRES 2481', [
        ['UNCLASSIFIED', SCOPES.classification.unclassified], ['BUENOS AIRES', SCOPES.station], ['2481', SCOPES.serial],
      ]);
    });

    test('lower-case media-partner banners', () => {
      const lines = doc('C o n f i d e n t i a l section 01 of 02 khartoum 000881', 'S e c r e t state 015220');
      assertScopes(lines, 'khartoum', [
        ['C o n f i d e n t i a l', SCOPES.classification.confidential], ['section', SCOPES.section], ['01', SCOPES.sectionNumber],
        ['khartoum', SCOPES.station], ['000881', SCOPES.serial],
      ]);
      assertScope(lines, 'S e c r e t', 'S e c r e t', SCOPES.classification.secret);
    });

    test('a sentence that starts with a classification word is not a banner', () => {
      assertLineLacks(doc('Secret police arrested 300 people in the capital.'), 'Secret police', 'string.regexp.classification');
    });

    test('captions: whole-line ones, glued ones, partner spelling; "sensitive" in prose is not one', () => {
      const lines = doc('NOFORN SIPDIS', 'SENSITIVE BUT UNCLASSIFIED', 'C O R R E C T E D COPY (SUBJECT LINE)', 'Sipdis', 'EXDIS', 'This is a sensitive issue for SIPDIS readers.');
      assertScopes(lines, 'NOFORN SIPDIS', [['NOFORN', SCOPES.caption], ['SIPDIS', SCOPES.caption]]);
      assertEach(lines, [
        ['SENSITIVE BUT', 'SENSITIVE BUT UNCLASSIFIED', SCOPES.caption], ['C O R R E C T E D', 'C O R R E C T E D COPY', SCOPES.caption],
        ['Sipdis', 'Sipdis', SCOPES.caption], ['EXDIS', 'EXDIS', SCOPES.caption], ['This is a sensitive', 'SIPDIS', SCOPES.caption],
      ]);
      assert.ok(!lines[5].tokens.some((t) => lines[5].text.slice(t.startIndex, t.endIndex).includes('sensitive') && t.scopes.includes(SCOPES.caption)));
    });

    test('portion marks: each level has its own scope with a different standard root', () => {
      const marks: Array<[string, string]> = [
        ['(U)', SCOPES.portionMark.unclassified], ['(U//FOUO)', SCOPES.portionMark.unclassified],
        ['(SBU)', SCOPES.portionMark.sbu], ['(SBU/NF)', SCOPES.portionMark.sbu],
        ['(C)', SCOPES.portionMark.confidential], ['(C/REL NATO)', SCOPES.portionMark.confidential], ['( C )', SCOPES.portionMark.confidential],
        ['(S)', SCOPES.portionMark.secret], ['(S//NF)', SCOPES.portionMark.secret], ['(SECRET/REL FRANCE)', SCOPES.portionMark.secret],
        ['(S//FGI//NF)', SCOPES.portionMark.secret], ['(c)', SCOPES.portionMark.confidential],
        ['(TS)', SCOPES.portionMark.topSecret],
      ];
      const lines = doc(...marks.map(([mark], i) => `¶${i + 1}. ${mark} Text of the paragraph.`));
      marks.forEach(([mark, scope], i) => assertScope([lines[i]], mark, mark, scope));
      const roots = Object.values(SCOPES.portionMark).map((s) => s.split('.').slice(0, 2).join('.'));
      assert.equal(new Set(roots).size, roots.length, `level scopes must differ in their first two segments: ${roots.join(', ')}`);
      assert.equal(new Set(roots.map((r) => r.split('.')[0])).size, roots.length, 'and in their root, so themes colour them differently');
    });

    test('portion marks after sub-items, at line start, in the subject and after a paragraph number inside a joined line', () => {
      const lines = doc(
        'A. (S/NF) Reporting officers should include:',
        '(SBU) Unnumbered paragraph.',
        'SUBJECT: (C) VATICAN HOPES FOR CHANGE',
        '',
        'results on the ground. 14. (U) A/S Welch said so.',
      );
      assertScopes(lines, 'A. (S/NF)', [['A.', SCOPES.listEnumerator], ['(S/NF)', SCOPES.portionMark.secret]]);
      assertScope(lines, '(SBU) Unnumbered', '(SBU)', SCOPES.portionMark.sbu);
      assertScopes(lines, 'SUBJECT: (C)', [['(C)', SCOPES.portionMark.confidential], ['VATICAN HOPES FOR CHANGE', SCOPES.subject]]);
      assertScopes(lines, '14. (U) A/S', [['14.', SCOPES.paragraphNumber], ['(U)', SCOPES.portionMark.unclassified]]);
    });

    test('parentheses that are not portion marks', () => {
      const lines = doc('1. (U.S.) officials met the minister.', '(Iran) was not mentioned.', 'Classified By: DCM for reasons 1.4 (c) and (d).', 'The (C) in the text is a letter.');
      assertLineLacks(lines, '(U.S.) officials', 'support.type.portion-mark');
      assertLineLacks(lines, '(Iran)', 'constant.language.portion-mark');
      assertLineLacks(lines, 'Classified By: DCM', 'constant.language.portion-mark');
      assertLineLacks(lines, 'The (C) in the text', 'constant.language.portion-mark');
    });
  });

  describe('caption block', () => {
    test('E.O. variants', () => {
      const lines = doc('E.o. 12958: decl: 02/14/2033', 'E.O. 12356: DECL:OADR', 'EO 12958 N/A', 'DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012');
      assertScopes(lines, 'E.o. 12958', [['E.o.', SCOPES.executiveOrder], ['decl:', SCOPES.declassify], ['02/14/2033', SCOPES.date]]);
      assertScopes(lines, 'E.O. 12356', [['12356', SCOPES.executiveOrderNumber], ['OADR', SCOPES.declassification]]);
      assertScope(lines, 'EO 12958 N/A', 'N/A', SCOPES.declassification);
      assertScopes(lines, 'DEPT FOR WHA/BSC', [['E.O.', SCOPES.executiveOrder], ['11/22/2012', SCOPES.date]]);
    });

    test('TAGS variants: no colon, lower case, misspelt prefix, link-form continuation line', () => {
      const lines = doc('TAGS PGOV PREL', 'Tags: prel, pgov, pins, tu', 'TAS: PREL PGOV', '[KWMN](#) [SOCI](#)');
      assertScopes(lines, 'TAGS PGOV', [['TAGS', SCOPES.tagsKeyword], ['PREL', SCOPES.tag]]);
      assertScopes(lines, 'Tags:', [['Tags', SCOPES.tagsKeyword], ['prel', SCOPES.tag], ['tu', SCOPES.tag]]);
      assertScopes(lines, 'TAS: PREL', [['TAS', SCOPES.misspeltTagsKeyword], ['PGOV', SCOPES.tag]]);
      assertScopes(lines, '[KWMN](#)', [['KWMN', SCOPES.tag], ['SOCI', SCOPES.tag]]);
    });

    test('SUBJECT with REF and Classified By glued on; REF list items on following lines', () => {
      const lines = doc(
        'SUBJECT: LIBYA MAKES PROGRESS ON BANKING REFORM REF: TRIPOLI 126',
        'SUBJECT: MUSHARRAF VISIT TO CAIROClassified By: Ambassador Anne Patterson for reasons 1.4 (b) and (d)',
        '',
        'REF: A. RIYADH 1579',
        '     B. RIYADH 1408',
        '',
        'Reftel: Not a reference list',
      );
      assertScopes(lines, 'BANKING REFORM', [['LIBYA MAKES PROGRESS ON BANKING', SCOPES.subject], ['REF:', SCOPES.referenceKeyword], ['TRIPOLI 126', SCOPES.reference]]);
      assertScopes(lines, 'CAIROClassified', [['MUSHARRAF VISIT TO CAIRO', SCOPES.subject], ['Classified By', SCOPES.classifiedBy], ['1.4', SCOPES.reasonSection]]);
      assertScopes(lines, '     B. RIYADH 1408', [['B.', SCOPES.listEnumerator], ['RIYADH 1408', SCOPES.reference]]);
      assertScope(lines, 'Reftel:', 'Reftel:', SCOPES.referenceKeyword);
    });
  });

  describe('body', () => {
    test('paragraph number forms', () => {
      const forms = ['¶1.', '¶ 1.', '1.', '[¶](#par1)1.', '  ¶3.', '13.'];
      const lines = doc(...forms.map((f) => `${f} (C) Text.`), '1.(SBU) Glued mark.');
      forms.forEach((form, i) => assertScope([lines[i]], form.trim(), form.trim(), SCOPES.paragraphNumber));
      assertScopes(lines, '1.(SBU)', [['1.', SCOPES.paragraphNumber], ['(SBU)', SCOPES.portionMark.sbu]]);
    });

    test('numbers that are not paragraph numbers', () => {
      const lines = doc('1.4 (B,D) and more', '2008. The year of the election.');
      assertLineLacks(lines, '1.4 (B,D)', SCOPES.paragraphNumber);
      assertLineLacks(lines, '2008. The year', SCOPES.paragraphNumber);
    });

    test('sub-items and bullets; "U.S." at line start is not a list item', () => {
      const lines = doc('A. The first item.', '(b) second item', '3) third item', '-- Dash bullet', '- single dash', 'U.S. officials said so.');
      assertEach(lines, [
        ['A. The first', 'A.', SCOPES.listEnumerator], ['(b) second', '(b)', SCOPES.listEnumerator], ['3) third', '3)', SCOPES.listEnumerator],
        ['-- Dash bullet', '--', SCOPES.listBullet], ['- single dash', '-', SCOPES.listBullet],
      ]);
      assertLineLacks(lines, 'U.S. officials', 'markup.list');
    });

    test('headings: title case, upper case, dash-wrapped, underlined, glued underline', () => {
      const lines = doc('Overtures in Geneva', 'MASS ACTION IS ON THE TABLE', '------- Comment: -------', 'Background:', '=====', 'Regional Issues ------------');
      assertEach(lines, [['Overtures in Geneva', 'Overtures in Geneva', SCOPES.heading], ['MASS ACTION', 'MASS ACTION IS ON THE TABLE', SCOPES.heading]]);
      assertScopes(lines, '------- Comment: -------', [['Comment:', SCOPES.heading], ['-------', SCOPES.headingRule]]);
      assertEach(lines, [['Background:', 'Background:', SCOPES.heading], ['=====', '=====', SCOPES.headingRule]]);
      assertScopes(lines, 'Regional Issues', [['Regional Issues', SCOPES.heading], ['------------', SCOPES.headingRule]]);
    });

    test('lines that are not headings: prose, wrapped sentences, passing lines, signatures, long titles', () => {
      const prose = [
        'The minister said that the talks would continue',
        'HIS WARM GREETINGS TO PRESIDENT BUSH AND TO',
        'RESTATING THAT IRAQ WANTS AMERICAN FRIENDSHIP.',
        'DEPT FOR EUR/WE AND EUR/ERA',
        'NORLAND',
        'Best regards,',
        'Director General of the Haitian National Police Mario Andresol',
        'The End.',
        'Kyaw Hsan)',
        'JERUSALEM 00001498 002 OF 002',
        'END TEXT',
      ];
      const lines = doc(...prose);
      for (const line of prose) assertLineLacks(lines, line, SCOPES.heading);
    });

    test('Summary / Comment / Note / quoted-text markers; the same words in prose are plain', () => {
      const lines = doc(
        '¶2. (C) Summary and Comment: The talks went well. End Summary and Comment.',
        'He noted (Note: the minister was late. End note.) that',
        'BEGIN TEXT:',
        'UNQUOTE',
        'SUMMARY',
        'End Comment.',
        'He declined to comment on the summary of the report.',
      );
      assertScopes(lines, 'Summary and Comment:', [['Summary and Comment:', SCOPES.summaryMarker], ['End Summary and Comment.', SCOPES.summaryMarker]]);
      assertScopes(lines, '(Note:', [['Note', SCOPES.noteMarker], ['End note.', SCOPES.noteMarker]]);
      assertEach(lines, [
        ['BEGIN TEXT:', 'BEGIN TEXT', SCOPES.textMarker], ['UNQUOTE', 'UNQUOTE', SCOPES.textMarker],
        ['SUMMARY', 'SUMMARY', SCOPES.summaryMarker], ['End Comment.', 'End Comment.', SCOPES.commentMarker],
      ]);
      assertLineLacks(lines, 'He declined to comment', 'keyword.control.marker');
    });

    test('page-break markers alone, indented, lower-case, embedded in a joined line', () => {
      const lines = doc(
        'JERUSALEM 00001498 002 OF 002',
        '  TASHKENT 00000578 002.2 OF 003',
        'Kiev 00001261 002 of 004',
        'the talks ended. JERUSALEM 00001498 002 OF 002 The next day',
      );
      assertEach(lines, [
        ['JERUSALEM 00001498', 'JERUSALEM 00001498 002 OF 002', SCOPES.pageBreak],
        ['TASHKENT 00000578', 'TASHKENT 00000578 002.2 OF 003', SCOPES.pageBreak],
        ['Kiev 00001261', 'Kiev 00001261 002 of 004', SCOPES.pageBreak],
        ['the talks ended.', 'JERUSALEM 00001498 002 OF 002', SCOPES.pageBreak],
      ]);
      assertLineLacks(lines, 'the talks ended.', SCOPES.heading);
    });
  });

  describe('paragraph regions', () => {
    const opening = ['1. (C) The minister said that the talks', 'would continue next week in Geneva and'];
    /** Every non-blank token of `line` carries `scope`, or (present = false) none does. */
    const assertWholeLine = (line: TokenizedLine, scope: string, present = true): void => {
      const tokens = line.tokens.filter((t) => line.text.slice(t.startIndex, t.endIndex).trim() !== '');
      assert.ok(tokens.length > 0, `no tokens: ${describeLine(line)}`);
      const carrying = tokens.filter((t) => t.scopes.includes(scope)).length;
      assert.equal(carrying, present ? tokens.length : 0, `${present ? 'every' : 'no'} token should be ${scope}:\n  ${describeLine(line)}`);
    };

    test('continuation lines of a wrapped paragraph, a plain paragraph and a list item get the region scope, and nothing else', () => {
      const lines = doc(...opening, 'that the delegation would attend.', '', 'The delegation arrived on Monday and', 'left on Tuesday.', '', '-- the first point of the list,', 'continued on this line.');
      for (const i of [0, 1, 2, 4, 5]) assertWholeLine(lines[i], SCOPES.paragraph);
      for (const i of [7, 8]) assertWholeLine(lines[i], SCOPES.listItem);
      for (const i of [1, 2, 5, 8]) {
        assert.deepEqual([...new Set(lines[i].tokens.flatMap((t) => t.scopes))].sort(), ['text.cable', i === 8 ? SCOPES.listItem : SCOPES.paragraph].sort(), describeLine(lines[i]));
      }
      assertScopes([lines[0]], '1.', [['1.', SCOPES.paragraphNumber], ['(C)', SCOPES.portionMark.confidential]]);
      assertScope([lines[7]], '--', '--', SCOPES.listBullet);
    });

    test('numbers and portion marks inside a wrapped paragraph are not paragraph numbers, except a numbered paragraph joined into the line', () => {
      const lines = doc(...opening, 'the terms of 1.4 (B) and (D) and the (C) item were not covered;', 'results on the ground. 14. (U) A/S Welch said so.');
      assertWholeLine(lines[2], SCOPES.paragraph);
      assertLineLacks([lines[2]], '1.4 (B)', SCOPES.paragraphNumber);
      assertLineLacks([lines[2]], '1.4 (B)', 'constant.language.portion-mark');
      assertWholeLine(lines[3], SCOPES.paragraph);
      assertScopes([lines[3]], '14. (U)', [['14.', SCOPES.paragraphNumber], ['(U)', SCOPES.portionMark.unclassified]]);
      // The joined paragraph stays in the region of the paragraph it was joined to: it did not start a new one.
      assert.equal(lines[3].tokens.filter((t) => t.scopes.includes(SCOPES.paragraphNumber)).length, 1);
    });

    test('a heading, a banner or any other element after a paragraph line ends the paragraph region', () => {
      const elements: Array<[string, string, string]> = [
        ['Overtures in Geneva', 'Overtures in Geneva', SCOPES.heading],
        ['MASS ACTION IS ON THE TABLE', 'MASS ACTION IS ON THE TABLE', SCOPES.heading],
        ["Lula's Challenges ------------", "Lula's Challenges", SCOPES.heading],
        ['-------------', '-------------', SCOPES.headingRule],
        ['C O N F I D E N T I A L TASHKENT 000578', 'C O N F I D E N T I A L', SCOPES.classification.confidential],
        ['SECRET', 'SECRET', SCOPES.classification.secret],
        ['SENSITIVE BUT UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', SCOPES.caption],
        ['TAGS: PGOV PREL', 'TAGS', SCOPES.tagsKeyword],
        ['SUBJECT: THE TALKS', 'SUBJECT', SCOPES.subjectKeyword],
        ['REF: STATE 123', 'REF:', SCOPES.referenceKeyword],
        ['E.O. 12958: DECL: 05/21/2018', 'E.O.', SCOPES.executiveOrder],
        ['Classified By: Ambassador X for reasons 1.4 (b)', 'Classified By', SCOPES.classifiedBy],
        ['Comment:', 'Comment:', SCOPES.commentMarker],
        ['FM AMEMBASSY TASHKENT', 'FM', SCOPES.addressKeyword],
        ['PAGE 02 HARARE 06677 01 OF 03 291400Z', 'PAGE 02', SCOPES.printoutPageHeader],
      ];
      for (const [element, fragment, scope] of elements) {
        const lines = doc(...opening, element);
        assertScope([lines[2]], fragment, fragment, scope);
        assertWholeLine(lines[2], SCOPES.paragraph, false);
      }
      // A new numbered paragraph, a portion-marked one or a list item opens a region of its own; the portion mark
      // is a portion mark, not a paragraph number.
      const starts: Array<[string, string, string, string]> = [
        ['2. (S) The second paragraph.', '2.', SCOPES.paragraphNumber, 'markup.list'],
        ['(SBU) An unnumbered paragraph.', '(SBU)', SCOPES.portionMark.sbu, SCOPES.paragraphNumber],
        ['A. The first sub-item.', 'A.', SCOPES.listEnumerator, SCOPES.paragraphNumber],
      ];
      for (const [element, fragment, scope, absent] of starts) {
        const lines = doc(...opening, element);
        assertScope([lines[2]], fragment, fragment, scope);
        assertLineLacks([lines[2]], fragment, absent);
      }
    });
  });

  test('every multi-line construct closes at a blank line', () => {
    const constructs = [
      ['FM AMEMBASSY X', 'TO RUEHC/SECSTATE WASHDC 1', 'INFO RUEHZG/NATO EU COLLECTIVE'],
      ['SUBJECT: A', 'B'],
      ['REF: A. X 1', '  B. Y 2'],
      ['OO RUEHBC', 'RUEHDE'],
      ['C O N F I D E N T I A L TASHKENT 000578 SIPDIS E.O. 12958: DECL: 05/21/2018 TAGS: PGOV'],
      ['1. (C) The minister said that the talks', 'would continue.'],
      ['The minister said that the talks', 'would continue.'],
      ['-- the first point,', 'continued.'],
      ['(SBU) An unnumbered paragraph', 'continued.'],
    ];
    for (const lines of constructs) {
      let state = vsctm.INITIAL;
      for (const line of lines) state = grammar.tokenizeLine(line, state).ruleStack;
      assert.ok(state.depth > 1 || lines.length === 1, `${lines[0]} opens a region that lasts past its first line`);
      state = grammar.tokenizeLine('', state).ruleStack;
      assert.equal(state.depth, 1, `after ${JSON.stringify(lines)} and a blank line`);
    }
  });
});
