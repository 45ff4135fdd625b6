// The parser on inline fixtures: located elements, variants, several cables, hostile input.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { cleanCable, edit, problems } from '../support/fixtures';

const at = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) =>
  text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

describe('header', () => {
  const cable = parseCableFile(cleanCable).cables[0];
  test('fields are located', () => {
    const h = cable.header;
    assert.equal(h.shape, 'acp127');
    assert.equal(h.transmissionId?.text, 'VZCZCXYZ0000');
    assert.equal(h.precedenceDigraph?.digraph.text, 'RR');
    assert.deepEqual(h.precedenceDigraph?.routingIndicators.map((t) => t.text), ['RUEHWEB']);
    assert.equal(h.de?.station?.text, 'RUEHNT');
    assert.equal(h.de?.serial?.text, '0578');
    assert.equal(h.de?.part?.text, '01');
    assert.equal(h.de?.julianDay, 142);
    assert.equal(h.security?.level, 'CONFIDENTIAL');
    assert.deepEqual([h.dtg?.day, h.dtg?.hour, h.dtg?.minute, h.dtg?.month, h.dtg?.year], [21, 8, 39, 5, 2008]);
    assert.equal(at(cleanCable, h.dtg!.monthToken.range), 'MAY');
    assert.equal(h.from?.text, 'AMEMBASSY TASHKENT');
    assert.deepEqual(h.to.map((a) => [a.routingIndicator?.text, a.name.text, a.mcn?.text]), [['RUEHC', 'SECSTATE WASHDC', '9681']]);
    assert.deepEqual(h.info.map((a) => a.name.text), ['NATO EU COLLECTIVE', 'AMEMBASSY ASHGABAT']);
  });
  test('dual precedence and tails', () => {
    const h = parseCableFile(edit('R 210839Z MAY 08', 'O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)')).cables[0].header;
    assert.deepEqual(h.dtg?.precedences.map((t) => t.text), ['O', 'R']);
    assert.equal(h.dtg?.year, 2010);
  });
  test('precedence words and misspellings on address lines', () => {
    const h = parseCableFile(edit('TO RUEHC/SECSTATE WASHDC 9681', 'TO ZEN/AMEMBASSY RIGA NIACT IMMEDIATE 0612-0615\nAMEMBASSY NEW DELHI PRIOITY')).cables[0].header;
    assert.deepEqual(h.to.map((a) => [a.name.text, a.precedenceWord, a.misspeltPrecedence, a.mcn?.text]), [
      ['AMEMBASSY RIGA', 'NIACT IMMEDIATE', false, '0612-0615'],
      ['AMEMBASSY NEW DELHI', 'PRIORITY', true, undefined],
    ]);
  });
  test('ACP-126 header without VZCZC', () => {
    const h = parseCableFile('O 151856Z JAN 08\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC IMMEDIATE 0861\n\nUNCLAS BRASILIA 000093\n').cables[0].header;
    assert.equal(h.shape, 'acp126');
    assert.equal(h.to[0].precedenceWord, 'IMMEDIATE');
  });
  test('banner above VZCZC (09STATE119085)', () => {
    const text = 'S E C R E T   STATE   00119085\n' + cleanCable.replace('C O N F I D E N T I A L TASHKENT 000578\n', '');
    const cable = parseCableFile(text).cables[0];
    assert.equal(cable.banner?.level, 'SECRET');
    assert.equal(cable.header.de?.serial?.text, '0578');
  });
});

describe('body', () => {
  const cable = parseCableFile(cleanCable).cables[0];
  test('banner, captions, caption block', () => {
    assert.equal(cable.banner?.level, 'CONFIDENTIAL');
    assert.equal(cable.banner?.station?.text, 'TASHKENT');
    assert.equal(cable.banner?.serial?.text, '000578');
    assert.deepEqual(cable.captions.map((c) => c.text), ['SIPDIS']);
    assert.deepEqual(cable.eo?.declDate, { year: 2018, month: 5, day: 21 });
    assert.deepEqual(cable.tags?.tags.map((t) => t.text), ['PGOV', 'PREL', 'UZ']);
    assert.equal(cable.subject?.text, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
    assert.equal(cable.subject?.range.end.line, 18);
    assert.deepEqual(cable.references?.items.map((i) => i.cableId), ['08TASHKENT123']);
    assert.equal(cable.classifiedBy?.who, 'Political Officer Tim Buckley');
    assert.deepEqual(cable.classifiedBy?.letters.map((l) => l.text), ['B', 'D']);
    assert.equal(cable.signature?.text, 'NORLAND');
    assert.equal(cable.id, '08TASHKENT578');
  });
  test('paragraphs with portion marks and ranges', () => {
    assert.deepEqual(cable.paragraphs.map((p) => [p.number, p.portionMark?.text, p.numberToken.text]), [[1, '(C)', '¶1.'], [2, '(C)', '¶2.']]);
    assert.equal(cable.blocks[0].kind, 'summary');
    assert.ok(cable.blocks[0].end);
  });
  test('lettered REF list with cable IDs', () => {
    const c = parseCableFile(edit('REF: TASHKENT 123', 'REF: A. 07 STATE 123456\n     B. TASHKENT 45 (NOTAL)')).cables[0];
    assert.deepEqual(c.references?.items.map((i) => [i.letter?.text, i.cableId]), [['A', '07STATE123456'], ['B', '08TASHKENT45']]);
  });
  test('garbled pilcrow only when the pattern persists', () => {
    const persistent = parseCableFile(edit('¶2. (C) Naderi traveled to Tashkent.', '2. (C) x\n\n13. (C) y\n\n14. (C) z')).cables[0];
    assert.deepEqual(persistent.paragraphs.map((p) => [p.number, p.garbledPilcrow]), [[1, false], [2, false], [3, true], [4, true]]);
  });
  test('headings group paragraphs; underlined and dash-wrapped headings', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', 'The View from MFA\n\n¶2. (C) x\n\nCOMMENT\n-------\n\n¶3. (C) y\n\n------- Outlook: -------\n\n¶4. (C) z');
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.headings.map((h) => h.text), ['The View from MFA', 'COMMENT', 'Outlook:']);
    assert.deepEqual(c.paragraphs.map((p) => p.heading), [undefined, 0, 1, 2]);
    assert.ok(c.blocks.some((b) => b.kind === 'comment'));
  });
  test('a double-spaced rendering (08BUENOSAIRES58): its wrapped lines are no headings, its titles are', () => {
    const prose =
      'In 1991, the government of Argentina pegged the Argentine peso to the U.S. dollar at a one to one exchange rate, ' +
      'and while convertibility defeated inflation, over time the peso became overvalued, which hurt exports and led ' +
      'the government to borrow abroad; in January 2002 the government ended convertibility and defaulted on its debt, ' +
      'and in 2005 most holders of the defaulted debt accepted an offer of about thirty cents on the dollar in new bonds.';
    // Wrapped at about sixty columns, as the cable is.
    const wrapped = prose.match(/.{1,60}(?:\s|$)/g)!.map((line) => line.trim());
    const body = (gap: string) => `Openness to Foreign Investment\n\n${wrapped.join(gap)}\n\nConversion and Transfer Policies\n\n${wrapped.join(gap)}`;
    const text = (gap: string) => edit('¶2. (C) Naderi traveled to Tashkent.', `¶2. (C) Naderi traveled to Tashkent.\n\n${body(gap)}`);
    const titles = ['Openness to Foreign Investment', 'Conversion and Transfer Policies'];
    assert.deepEqual(parseCableFile(text('\n\n')).cables[0].headings.map((h) => h.text), titles);
    assert.deepEqual(parseCableFile(text('\n')).cables[0].headings.map((h) => h.text), titles);
    // A long title over a rule is a title there too.
    const underlined = text('\n\n').replace('Conversion and Transfer Policies', 'Efficient Capital Markets and Portfolio Investment\n\n---------------------------------');
    assert.deepEqual(parseCableFile(underlined).cables[0].headings.map((h) => h.text), [titles[0], 'Efficient Capital Markets and Portfolio Investment']);
    // In a cable that is not double-spaced, a long title that does not end a sentence stays a title.
    const title = 'Over-the-Horizon Threats an Enduring Indian Blind Spot';
    const single = edit('¶2. (C) Naderi traveled to Tashkent.', `${title}\n\n¶2. (C) Naderi traveled to Tashkent.`);
    assert.deepEqual(parseCableFile(single).cables[0].headings.map((h) => h.text), [title]);
  });
  test('page markers, including embedded ones', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled TASHKENT 00000578 002 OF 002 to Tashkent.\n\nTASHKENT 00000578 002.2 OF 003');
    assert.deepEqual(parseCableFile(text).cables[0].pageMarkers.map((m) => [m.station.text, m.serial.text, m.page]), [['TASHKENT', '00000578', 2], ['TASHKENT', '00000578', 2]]);
  });
  test('multi-section banner', () => {
    const c = parseCableFile(edit('A L TASHKENT', 'A L SECTION 01 OF 02 TASHKENT')).cables[0];
    assert.deepEqual([c.banner?.sectionNumber, c.banner?.sectionTotal], [1, 2]);
  });
});

describe('files', () => {
  test('several cables in one file each get a model', () => {
    const two = cleanCable + '\n\n' + cleanCable.replace(/578/g, '579').replace('1420839', '1420840').replace('210839Z', '210840Z');
    const file = parseCableFile(two);
    assert.deepEqual(file.cables.map((c) => c.id), ['08TASHKENT578', '08TASHKENT579']);
    assert.equal(file.cables[1].range.start.line, 30);
  });
  test('a body with no header at all', () => {
    const c = parseCableFile('UNCLAS ROME 001234\n\nSUBJECT: X\n\n1. Text.\n\n2. More.\n').cables[0];
    assert.equal(c.header.shape, 'none');
    assert.equal(c.paragraphs.length, 2);
  });
  test('CRLF and lone CR line endings give the same model', () => {
    const lf = parseCableFile(cleanCable);
    assert.deepEqual(parseCableFile(cleanCable.replace(/\n/g, '\r\n')), lf);
    assert.deepEqual(parseCableFile(cleanCable.replace(/\n/g, '\r')), lf);
  });
  for (const [name, input] of [
    ['empty', ''],
    ['binary', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
    ['1 MB line of (', '('.repeat(1 << 20)],
    ['1 MB line of digits', '1'.repeat(1 << 20)],
    ['NUL and BOM', '\uFEFF\0\0VZCZC\0\nDE \0'],
    ['only a paragraph number', '¶'],
  ] as const) {
    test(`never throws: ${name}`, () => {
      const file = parseCableFile(input);
      assert.ok(Array.isArray(file.cables));
    });
  }
});

describe('variants seen in cables outside the corpus', () => {
  test('a rule broken by the 45-column wrap, or spaced, frames a heading', () => {
    const text = edit(
      '¶2. (C) Naderi traveled to Tashkent.',
      '--------------------------------------------- ----\nTHE MINISTER SEES NO NEED TO HURRY\n--------------------------------------------- ----\n\n¶2. (C) x\n\nComment\n- - - -\n¶3. (C) y',
    );
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.headings.map((h) => h.text), ['THE MINISTER SEES NO NEED TO HURRY', 'Comment']);
    assert.deepEqual(c.paragraphs.map((p) => p.heading), [undefined, 0, 1]);
  });
  test('without blank lines, a line underlined by a rule of its own length is a heading; a short sentence is not', () => {
    const text = edit(
      '¶2. (C) Naderi traveled to Tashkent.',
      '¶2. (C) Naderi traveled to Tashkent.\nRegistration Stalls Again\n-------------------------\n¶3. (C) x\nIt ended there.\n---------------------------------------\n¶4. (C) y',
    );
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.headings.map((h) => h.text), ['Registration Stalls Again']);
    assert.equal(c.paragraphs[1].range.end.line, c.headings[0].range.start.line - 1);
  });
  test('a rule glued to the end of a heading line is not part of the heading', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '------\nNEXT STEPS (B) --------------------------------------------- -\n\n¶2. (C) x');
    assert.deepEqual(parseCableFile(text).cables[0].headings.map((h) => h.text), ['NEXT STEPS (B)']);
  });
  test('the rule over a SUMMARY heading in the caption block is not a caption', () => {
    const text = edit('¶1. (C) Summary: IOM met poloff. End summary.', '-------\nSUMMARY\n-------\n\n¶1. (C) IOM met poloff.');
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.captions.map((x) => x.text), ['SIPDIS']);
    assert.deepEqual(c.headings.map((h) => h.text), ['SUMMARY']);
  });
  test('the signature above a clipped NNN trailer and a declassification note is found (73TEHRAN7005)', () => {
    const text = edit('NORLAND', 'NORLAND\n\nDeclassified/Released US Department of State EO Systematic Review 30 JUN 2005\n\nNNN');
    assert.equal(parseCableFile(text).cables[0].signature?.text, 'NORLAND');
  });
  test('lower-case rendering: the signature above "Nnnn" is found', () => {
    const text = edit('NORLAND', 'Norland\n\n\nNnnn');
    assert.equal(parseCableFile(text).cables[0].signature?.text, 'Norland');
  });
  test('lower-case rendering: lettered REF items are split and name their cables', () => {
    const text = edit('REF: TASHKENT 123', 'Ref: a. 07 state 75839\n¶B. tashkent 12 c. 06 tashkent 1550').replace('C O N F I D E N T I A L', 'C o n f i d e n t i a l');
    const items = parseCableFile(text).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => [r.letter?.text, r.cableId]), [['a', '07STATE75839'], ['B', '08TASHKENT12'], ['c', '06TASHKENT1550']]);
    assert.equal(at(text, items[0].cableIdRange!), '07 state 75839');
  });
  test('a cable in capitals keeps lower-case words out of its REF items', () => {
    const items = parseCableFile(edit('REF: TASHKENT 123', 'REF: A. TASHKENT 123, see a. note')).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => r.letter?.text), ['A']);
  });
  test('a capitals cable whose REF list goes on in mixed and lower case (D. Kuwait 730, f. 06 kuwait 3503)', () => {
    const text = edit('REF: TASHKENT 123', 'REF: A. STATE 53274\n¶B. HARRIS E-MAIL OF 21 APRIL\nC. Tashkent 73\nd. 06 tashkent 4664');
    const items = parseCableFile(text).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => [r.letter?.text, r.cableId]), [['A', '08STATE53274'], ['B', undefined], ['C', '08TASHKENT73'], ['d', '06TASHKENT4664']]);
  });
  test('REF items that name e-mails, telcons, dates or resolutions name no cable; a cable later in the item still counts', () => {
    const text = edit('REF: TASHKENT 123', 'REF: A. SMITH - JONES EMAIL AUG 12\nB. APRIL 7 AND 8 DAILY REPORTS\nC. UNSCR 1737\nD. EMBASSY NOTE OF MAY 15: TASHKENT 331\nE. TD-314/020552-08 17MAR2008');
    const items = parseCableFile(text).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => r.cableId), [undefined, undefined, undefined, '08TASHKENT331', undefined]);
  });
  test("the cable's own page marker run into a REF item is not a referenced cable", () => {
    const text = edit('REF: TASHKENT 123', 'REF: A) TASHKENT 340, B) IIR 6 915 000 609  TASHKENT 00000578  001.2 OF 002');
    const items = parseCableFile(text).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => r.cableId), ['08TASHKENT340', undefined]);
  });
  test('a REF list goes on past a blank line with its next item or wrapped end, not with prose; glued enumerators', () => {
    const wrapped = edit('REF: TASHKENT 123', 'REF: A)STATE 198912  B)TASHKENT 372, (C) 05\n\nTashkent 431');
    assert.deepEqual(parseCableFile(wrapped).cables[0].references?.items.map((r) => [r.letter?.text, r.cableId]), [['A', '08STATE198912'], ['B', '08TASHKENT372'], ['C', '05TASHKENT431']]);
    const prose = edit('REF: TASHKENT 123', 'REF: A) STATE 198912\n\nRESPONSES ARE KEYED TO REF A.\n\nC) POST IS NOT AWARE OF ANY CASE SINCE 1998.');
    assert.deepEqual(parseCableFile(prose).cables[0].references?.items.map((r) => r.cableId), ['08STATE198912']);
  });
  test('a caption block whose line ends were lost: keywords glued to the word before them are read', () => {
    // As in 05SANAA1352 and 07CAIRO3126 (media-partner renderings).
    const text = edit(
      'SIPDIS\n\nE.O. 12958: DECL: 05/21/2018\nTAGS: PGOV PREL UZ\nSUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN\n\nREF: TASHKENT 123\n\nClassified By',
      'SIPDISE.O. 12958: DECL: 05/21/2018TAGS: PGOV PREL UZSUBJECT: IOM IN UZBEKISTANREF: TASHKENT 123Classified By',
    );
    const cable = parseCableFile(text).cables[0];
    assert.equal(at(text, cable.eo!.keyword.range), 'E.O. 12958');
    assert.deepEqual(cable.eo?.declDate, { year: 2018, month: 5, day: 21 });
    assert.deepEqual(cable.tags?.tags.map((t) => t.text), ['PGOV', 'PREL', 'UZ']);
    assert.equal(cable.subject?.text, 'IOM IN UZBEKISTAN');
    assert.deepEqual(cable.references?.items.map((r) => r.cableId), ['08TASHKENT123']);
    assert.equal(cable.classifiedBy?.who, 'Political Officer Tim Buckley');
    assert.deepEqual(cable.captions.map((c) => c.text), ['SIPDIS']);
  });
  test('glued keywords stay words: DECLASSIFIED BY, VIDEO 1998 and HASHTAGS: are no captions keywords; E.0. with a zero is an E.O.', () => {
    const glued = (line: string) => parseCableFile(edit('SIPDIS', line)).cables[0];
    assert.equal(glued('SIPDIS DECLASSIFIED BY NARA').classifiedBy?.who, 'Political Officer Tim Buckley');
    assert.equal(glued('SIPDIS UNCLASSIFIED BY AGREEMENT').classifiedBy?.who, 'Political Officer Tim Buckley');
    assert.equal(glued('SIPDIS DECLASSIFIED BY: NARA').classifiedBy?.who, 'Political Officer Tim Buckley');
    // Glued, Classified By needs its colon: MISCLASSIFIED BY is a word of the subject.
    const subject = (line: string) => parseCableFile(edit('SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN', line)).cables[0];
    const misclassified = subject('SUBJECT: CABLES MISCLASSIFIED BY THE MINISTRY');
    assert.deepEqual([misclassified.subject?.text, misclassified.classifiedBy?.who], ['CABLES MISCLASSIFIED BY THE MINISTRY', 'Political Officer Tim Buckley']);
    const pressure = parseCableFile(edit('SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN\n\nREF: TASHKENT 123\n\nClassified By', 'SUBJECT: IOM UNDER PRESSUREClassified By')).cables[0];
    assert.deepEqual([pressure.subject?.text, pressure.classifiedBy?.who], ['IOM UNDER PRESSURE', 'Political Officer Tim Buckley']);
    const eo = parseCableFile(edit('E.O. 12958: DECL: 05/21/2018', 'SEE VIDEO 1998: DECL: 05/21/2018')).cables[0].eo;
    assert.equal(eo, undefined);
    const tags = parseCableFile(edit('TAGS: PGOV PREL UZ', 'HASHTAGS: PGOV PREL UZ')).cables[0].tags;
    assert.equal(tags, undefined);
    const zero = parseCableFile(edit('E.O. 12958', 'E.0. 12958')).cables[0].eo;
    assert.deepEqual([zero?.keyword.text, zero?.order?.text], ['E.0. 12958', '12958']);
  });
  test('a heading before paragraph 1 does not end the caption block: Classified By after it is read', () => {
    const text = edit('REF: TASHKENT 123\n\nClassified By', 'REF: TASHKENT 123\n\nXXXXXXXXXXXX\n\nClassified By');
    assert.equal(parseCableFile(text).cables[0].classifiedBy?.who, 'Political Officer Tim Buckley');
  });
  test('handling captions after REF (SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY) are captions', () => {
    const text = edit('REF: TASHKENT 123', 'REF: TASHKENT 123\n\nSENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY');
    assert.deepEqual(parseCableFile(text).cables[0].captions.map((x) => x.text), ['SIPDIS', 'SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY']);
  });
  test('SECTION glued to its number (SECTION01 OF 03) in the banner', () => {
    const c = parseCableFile(edit('A L TASHKENT', 'A L SECTION01 OF 03 TASHKENT')).cables[0];
    assert.deepEqual([c.banner?.sectionNumber, c.banner?.sectionTotal, c.id], [1, 3, '08TASHKENT578']);
  });
  test('a banner that lost its first letter is read: E C R E T (07BAGHDAD146), NCLAS (09BRASILIA1017)', () => {
    const clipped = (banner: string, security = 'ZNY CCCCC ZZH') => parseCableFile(edit('ZNY CCCCC ZZH', security, edit('C O N F I D E N T I A L TASHKENT 000578', banner))).cables[0];
    const secret = clipped('E C R E T SECTION 01 OF 03 TASHKENT 000578', 'ZNY SSSSS ZZH');
    assert.deepEqual([secret.banner?.level, secret.banner?.garbled, secret.banner?.station?.text, secret.id], ['SECRET', true, 'TASHKENT', '08TASHKENT578']);
    const unclassified = clipped('NCLAS TASHKENT 000578', 'ZNR UUUUU ZZH');
    assert.deepEqual([unclassified.banner?.level, unclassified.banner?.garbled, unclassified.id], ['UNCLASSIFIED', true, '08TASHKENT578']);
  });
  test('a run of dashes ending in another character in the caption block takes linear time', () => {
    const started = Date.now();
    parseCableFile(edit('SIPDIS', `SIPDIS\n\n${'-'.repeat(200_000)}x\n${'USE '.repeat(50_000)}x`));
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
  test('a multi-section printout that repeats its transmission header is one cable', () => {
    const section = (n: number, mcn: number, text: string) => [
      '',
      `                           UNCLASSIFIED     PTQ834${n}`,
      '',
      `PAGE 01        ROME  01234  0${n} OF 02  271033Z`,
      'ACTION EUR-00',
      '',
      'INFO  LOG-00   NP-00    CIAE-00     /004W',
      '                  ------------------507B4E  271033Z /38',
      'P 271036Z APR 00',
      'FM AMEMBASSY ROME',
      `TO SECSTATE WASHDC PRIORITY ${mcn}`,
      'INFO AMEMBASSY PARIS',
      '',
      `UNCLAS SECTION 0${n} OF 02 ROME 001234`,
      '',
      'SIPDIS',
      '',
      'PARIS FOR BISA WILLIAMS',
      '',
      'E.O. 12958: N/A',
      'TAGS: PGOV IT',
      'SUBJECT: LAND REFORM',
      '',
      text,
    ];
    const text = [...section(1, 5875, '¶1. SUMMARY: FIRST. END SUMMARY.\n\n¶2. SECOND.').slice(8), ...section(2, 5876, '¶3. THIRD.\n\nSMITH')].join('\n');
    const cables = parseCableFile(text).cables;
    assert.equal(cables.length, 1);
    assert.deepEqual(cables[0].paragraphs.map((x) => [x.number, x.range.end.line]), [[1, 15], [2, 17], [3, 41]]);
    assert.deepEqual([cables[0].headings.length, cables[0].captions.map((x) => x.text), cables[0].repeatedBanners.length, cables[0].signature?.text], [0, ['SIPDIS', 'PARIS FOR BISA WILLIAMS'], 1, 'SMITH']);
  });
  test('a damaged page whose body opens with a record dump repeating the header: one FM, the body intact', () => {
    const head = 'P 041152Z FEB 02\nFM AMEMBASSY TASHKENT\nTO SECSTATE WASHDC PRIORITY 6573\nINFO NSC WASHDC';
    const dump = `id: 2446\ndate: 2/4/2002 11:52\nrefid: 02TASHKENT1025\norigin: Embassy Tashkent\nclassification: CONFIDENTIAL\nheader:\n${head}\n\n\n----------------- header ends ----------------\n`;
    const text = `${head}\n\n${dump}\nC O N F I D E N T I A L TASHKENT 001025\n\nSUBJECT: X\n\n¶1. (C) Text.\n\nSMITH\n\n=======================CABLE ENDS============================\n`;
    const file = parseCableFile(text);
    const c = file.cables[0];
    assert.equal(file.cables.length, 1);
    assert.deepEqual([c.id, c.header.from?.text, c.header.extraFrom.length, c.header.dtg?.range.start.line, c.signature?.text, c.headings.length], ['02TASHKENT1025', 'AMEMBASSY TASHKENT', 0, 11, 'SMITH', 0]);
    assert.deepEqual(problems(text).filter((f) => f.code === 'from-repeated'), []);
  });
  test('a printout ending in a page footer and a bare > keeps its signature', () => {
    const text = edit('NORLAND', 'NORLAND\n\n                       CONFIDENTIAL\n\n>');
    assert.equal(parseCableFile(text).cables[0].signature?.text, 'NORLAND');
  });
  test('a date that wraps to the start of a line (¶17. after "January") is text; a marked paragraph after a redaction gap is not', () => {
    const date = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi won 13% of the vote on January\n¶17. Meeting with poloff, he said so.\n\n¶3. (C) x');
    assert.deepEqual(parseCableFile(date).cables[0].paragraphs.map((x) => x.number), [1, 2, 3]);
    const redacted = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled to XXXXXXXXXXXX\n¶5. (C) XXXXXXXXXXXX');
    assert.deepEqual(parseCableFile(redacted).cables[0].paragraphs.map((x) => x.number), [1, 2, 5]);
  });
  test('in a cable without numbered paragraphs, prose holding FOR is not a passing caption; an office before FOR is', () => {
    const text = edit('¶1. (C) Summary: IOM met poloff. End summary.\n\n¶2. (C) Naderi traveled to Tashkent.', 'THE POLICE SAID THE REASON FOR HIS ARREST WAS HIS CAR.\n\nTHE FOREIGN MINISTER WAS RELEASED FROM\nHOSPITAL.').replace('SIPDIS\n', 'SIPDIS\n\nSTATE FOR EUR/CARC AND DRL\n');
    assert.deepEqual(parseCableFile(text).cables[0].captions.map((x) => x.text), ['SIPDIS', 'STATE FOR EUR/CARC AND DRL']);
  });
  test('Begin/End markers around talking points are not headings', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Draw on these points:\n\nBEGIN TEXT:\n\n-- Point one.\n\nEnd Talking Points');
    assert.deepEqual(parseCableFile(text).cables[0].headings, []);
  });
  test('a doubled REF enumerator opens one item', () => {
    const items = parseCableFile(edit('REF: TASHKENT 123', 'REF: A. A. STATE 3080  B. B. 07 TASHKENT 132')).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => [r.letter?.text, r.cableId]), [['A', '08STATE3080'], ['B', '07TASHKENT132']]);
  });
  test('a signature glued to a paragraph kept on one line is read; a marking or END there is not a name', () => {
    const glued = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Comment: Naderi traveled to Tashkent. End comment. NORLAND');
    assert.equal(parseCableFile(glued).cables[0].signature?.text, 'NORLAND');
    const marking = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent. SIPDIS');
    assert.equal(parseCableFile(marking).cables[0].signature, undefined);
  });
  test('an E.O. cited in Classified By is its reason, not the E.O. caption; a portion mark before it is no caption', () => {
    const text = edit('Classified By: Political Officer Tim Buckley for reasons 1.4 (B,D)', '(U) Classified by CDA Tim Buckley; E.O. 12958, reasons 1.4 (b) and (d).');
    const c = parseCableFile(text).cables[0];
    assert.equal(c.classifiedBy?.who, 'CDA Tim Buckley');
    assert.equal(c.classifiedBy?.section?.text, '1.4');
    assert.deepEqual(c.classifiedBy?.letters.map((l) => l.text), ['b', 'd']);
    assert.equal(c.eo?.declKind, 'date');
    assert.deepEqual(c.captions.map((x) => x.text), ['SIPDIS']);
  });
  test('a heading may end in an initialism (… the U.S.), unless the line above ends mid-sentence; EU over -- is a heading', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', 'Relations with the U.S.\n\n¶2. (C) He met the\n\nMinister of the U.S.\n\nEU\n--\n\n¶3. (C) x');
    assert.deepEqual(parseCableFile(text).cables[0].headings.map((h) => h.text), ['Relations with the U.S.', 'EU']);
  });
  test('a title wrapped onto two lines over its rule is one heading; a page marker between a heading and its rule is layout', () => {
    const text = edit(
      '¶2. (C) Naderi traveled to Tashkent.',
      'Threats to the Energy\nFacilities\n--------------------------------\n\n¶2. (C) x\n\nNEXT STEPS\nTASHKENT 00000578 002 OF 002\n----------\n\n¶3. (C) y\n\nVisit our site at\nhttp://www.example.org.\n--------------------------------',
    );
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.headings.map((h) => h.text), ['Threats to the Energy Facilities', 'NEXT STEPS']);
    const l = text.split('\n').indexOf('Threats to the Energy');
    assert.deepEqual(c.headings.map((h) => [h.range.start.line, h.range.end.line, h.fullRange.end.line]), [[l, l + 1, l + 2], [l + 6, l + 6, l + 8]]);
    assert.equal(c.pageMarkers.length, 1);
    assert.equal(c.paragraphs[0].range.end.line, l - 2);
  });
  test('a caption keyword repeated right after itself is one keyword (Classified By: Classified by, REF: REF:, SUBJECT: SUBJECT:)', () => {
    const text = edit('Classified By: Political Officer Tim Buckley for reasons 1.4 (B,D)', 'Classified By: Classified by DCM Tim Buckley under Section 1.4b/d')
      .replace('REF: TASHKENT 123', 'REF: REF: A) TASHKENT 123 B) TASHKENT 45')
      .replace('SUBJECT: IOM', 'SUBJECT: SUBJECT: IOM');
    const c = parseCableFile(text).cables[0];
    assert.equal(c.classifiedBy?.who, 'DCM Tim Buckley');
    assert.deepEqual(c.classifiedBy?.letters.map((l) => l.text), ['b', 'd']);
    assert.deepEqual(c.references?.items.map((r) => r.cableId), ['08TASHKENT123', '08TASHKENT45']);
    assert.equal(c.subject?.text, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
  });
  test('a signature in mixed case glued to the last sentence is read; Thanks or Minimize there is not', () => {
    const glued = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent. End comment. McNorland');
    assert.equal(parseCableFile(glued).cables[0].signature?.text, 'McNorland');
    const thanks = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent. Thanks');
    assert.equal(parseCableFile(thanks).cables[0].signature, undefined);
  });
  test('REF years after the serial ((07), (2006)), A: enumerators, abbreviated stations, and last year for a later serial of the same station', () => {
    const items = (ref: string) => parseCableFile(edit('REF: TASHKENT 123', ref)).cables[0].references?.items.map((r) => [r.letter?.text, r.cableId]);
    assert.deepEqual(items('REF: A. DOHA 311 (07)  B. STATE 49307 (2006)  C. KABUL 4525-91'), [['A', '07DOHA311'], ['B', '06STATE49307'], ['C', '91KABUL4525']]);
    assert.deepEqual(items('REF A: 05 CASA 1220'), [['A', '05CASABLANCA1220']]);
    // TASHKENT 578 cites TASHKENT 900 (numbered after it: last year) and TASHKENT 45 (this year).
    assert.deepEqual(items('REF: A. TASHKENT 900 B. TASHKENT 45'), [['A', '07TASHKENT900'], ['B', '08TASHKENT45']]);
  });
  test('without blank lines, a title after a finished sentence over a rule of any length is a heading; a table row is not; a marking line is no title', () => {
    const text = edit(
      '¶2. (C) Naderi traveled to Tashkent.',
      '¶2. (C) Naderi traveled to Tashkent. End Summary.\nRelations with the U.S.: Good Support\n-------------\n¶3. (C) Begin points:\n\n(SECRET//REL GERMANY)\n\n-- point\nMilitary 27 (8.6)\nOther 9 (2.9)\n-----------------------------------',
    );
    assert.deepEqual(parseCableFile(text).cables[0].headings.map((h) => h.text), ['Relations with the U.S.: Good Support']);
  });
  test('REF stations lose their address words (EMBASSY VIENNA 1450); DECL written as Declassify on is read', () => {
    const c = parseCableFile(edit('REF: TASHKENT 123', 'REF: EMBASSY VIENNA 145').replace('E.O. 12958: DECL: 05/21/2018', 'E.O. 12958: Declassify on 8/31/2018')).cables[0];
    assert.deepEqual(c.references?.items.map((r) => r.cableId), ['08VIENNA145']);
    assert.deepEqual([c.eo?.declKind, c.eo?.declDate?.month], ['date', 8]);
  });
  test('a REF list without enumerators that names several cables gives an item per cable', () => {
    const items = parseCableFile(edit('REF: TASHKENT 123', 'REF: TASHKENT 374; 07 TASHKENT 1256 AND STATE 11880')).cables[0].references?.items ?? [];
    assert.deepEqual(items.map((r) => [r.text, r.cableId]), [['TASHKENT 374', '08TASHKENT374'], ['07 TASHKENT 1256 AND', '07TASHKENT1256'], ['STATE 11880', '08STATE11880']]);
  });
  test('a title in capitals may run straight into the next paragraph; a signature written twice is not a heading', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent.\n\nPROGRESS IN THE NORTH\n¶3. (C) x\n\nNORLAND\n\nNORLAND');
    const c = parseCableFile(text).cables[0];
    assert.deepEqual(c.headings.map((h) => h.text), ['PROGRESS IN THE NORTH']);
    assert.equal(c.signature?.text, 'NORLAND');
  });
});
