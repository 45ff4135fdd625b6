// Each rule: inline cables that must trigger it (with the range on the offending token) and
// real-world variants that must stay silent.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cleanCable, codes, edit, problems, rangeText } from '../support/fixtures';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { parseCableFile } from '../../server/src/parser/parse';
import { rules } from '../../server/src/features/rules';
import { executiveOrderSince } from '../../server/src/parser/tables';
import { defaultSettings, normaliseSettings } from '../../server/src/settings';

function expectRule(text: string, code: string, token: string): void {
  const found = problems(text).filter((p) => p.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(problems(text).map((p) => p.code))}`);
  assert.equal(rangeText(text, found[0]), token);
  assert.ok(found[0].message.length > 20);
}

function expectSilent(text: string, code?: string): void {
  const found = problems(text).filter((p) => (code ? p.code === code : true));
  assert.deepEqual(found.map((p) => `${p.code}: ${p.message}`), []);
}

describe('clean cable', () => {
  test('has no problems', () => expectSilent(cleanCable));
});

describe('rule table', () => {
  test('every code is kebab-case with a description', () => {
    for (const [code, info] of Object.entries(rules)) {
      assert.match(code, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(info.description.length > 10, code);
    }
  });
});

const cases: { code: string; from: string; to: string; token: string }[] = [
  { code: 'dtg-invalid', from: 'R 210839Z MAY 08', to: 'R 310839Z APR 08', token: '31' },
  { code: 'dtg-invalid', from: 'R 210839Z MAY 08', to: 'R 300839Z FEB 08', token: '30' },
  { code: 'dtg-invalid', from: 'R 210839Z MAY 08', to: 'R 212460Z MAY 08', token: '2460' },
  { code: 'dtg-invalid', from: 'R 210839Z MAY 08', to: 'R 210839Z MAI 08', token: 'MAI' },
  { code: 'de-malformed', from: 'DE RUEHNT #0578/01 1420839', to: 'DE RUEHNT 0578 142', token: 'DE RUEHNT 0578 142' },
  { code: 'de-invalid-time', from: 'DE RUEHNT #0578/01 1420839', to: 'DE RUEHNT #0578/01 3670839', token: '3670839' },
  { code: 'de-invalid-time', from: 'DE RUEHNT #0578/01 1420839', to: 'DE RUEHNT #0578/01 1422539', token: '1422539' },
  { code: 'de-before-dtg', from: 'DE RUEHNT #0578/01 1420839', to: 'DE RUEHNT #0578/01 1400839', token: '1400839' },
  { code: 'de-rerun', from: 'DE RUEHNT #0578/01 1420839', to: 'DE RUEHNT #0578/01 1460900', token: '1460900' },
  { code: 'precedence-mismatch', from: 'RR RUEHWEB', to: 'OO RUEHWEB', token: 'OO' },
  { code: 'precedence-unknown', from: 'RR RUEHWEB', to: 'OR RUEHWEB', token: 'OR' },
  { code: 'precedence-order', from: 'R 210839Z MAY 08', to: 'R O 210839Z MAY 08', token: 'O' },
  { code: 'address-precedence-above-dtg', from: 'TO RUEHC/SECSTATE WASHDC 9681', to: 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 9681', token: 'IMMEDIATE' },
  { code: 'precedence-misspelt', from: 'TO RUEHC/SECSTATE WASHDC 9681', to: 'TO RUEHC/SECSTATE WASHDC ROUTNE 9681', token: 'ROUTNE' },
  { code: 'security-group-invalid', from: 'ZNY CCCCC ZZH', to: 'ZNY CCCC ZZH', token: 'CCCC' },
  { code: 'security-prosign-mismatch', from: 'ZNY CCCCC ZZH', to: 'ZNR CCCCC ZZH', token: 'ZNR' },
  { code: 'security-banner-mismatch', from: 'ZNY CCCCC ZZH', to: 'ZNY SSSSS ZZH', token: 'SSSSS' },
  { code: 'from-missing', from: 'FM AMEMBASSY TASHKENT\n', to: '', token: 'TO' },
  { code: 'from-repeated', from: 'FM AMEMBASSY TASHKENT\n', to: 'FM AMEMBASSY TASHKENT\nFM AMEMBASSY ASTANA\n', token: 'AMEMBASSY ASTANA' },
  { code: 'dtg-missing', from: 'R 210839Z MAY 08\n', to: '', token: 'AMEMBASSY TASHKENT' },
  { code: 'to-missing', from: 'TO RUEHC/SECSTATE WASHDC 9681\nINFO RUEHZG/NATO EU COLLECTIVE\nRUEHAH/AMEMBASSY ASHGABAT 3971\n', to: '', token: 'AMEMBASSY TASHKENT' },
  { code: 'banner-garbled', from: 'C O N F I D E N T I A L TASHKENT', to: 'CC O N F I D E N T I A L TASHKENT', token: 'CC O N F I D E N T I A L' },
  { code: 'banner-garbled', from: 'C O N F I D E N T I A L TASHKENT', to: 'O N F I D E N T I A L TASHKENT', token: 'O N F I D E N T I A L' },
  { code: 'banner-garbled', from: 'C O N F I D E N T I A L TASHKENT', to: 'E C R E T TASHKENT', token: 'E C R E T' },
  { code: 'banner-garbled', from: 'C O N F I D E N T I A L TASHKENT', to: 'NCLAS TASHKENT', token: 'NCLAS' },
  { code: 'banner-lowercase', from: 'C O N F I D E N T I A L TASHKENT', to: 'C o n f i d e n t i a l TASHKENT', token: 'C o n f i d e n t i a l' },
  { code: 'section-out-of-range', from: 'C O N F I D E N T I A L TASHKENT', to: 'C O N F I D E N T I A L SECTION 03 OF 02 TASHKENT', token: '03 OF 02' },
  { code: 'serial-mismatch', from: 'TASHKENT 000578', to: 'TASHKENT 000579', token: '000579' },
  { code: 'page-marker-mismatch', from: '¶2. (C) Naderi', to: 'TASHKENT 00000579 002 OF 002\n\n¶2. (C) Naderi', token: 'TASHKENT 00000579 002 OF 002' },
  { code: 'portion-above-banner', from: '¶2. (C) Naderi', to: '¶2. (S//NF) Naderi', token: '(S//NF)' },
  { code: 'portion-above-banner', from: 'SUBJECT: IOM', to: 'SUBJECT: (S) IOM', token: '(S)' },
  { code: 'portion-mark-unknown', from: '¶2. (C) Naderi', to: '¶2. (SNF) Naderi', token: '(SNF)' },
  { code: 'portion-mark-unknown', from: '¶2. (C) Naderi', to: '¶2. C) Naderi', token: 'C)' },
  { code: 'portion-marks-missing', from: '¶1. (C) Summary', to: '¶1. Summary', token: '' },
  { code: 'sipdis-with-nodis', from: 'SIPDIS\n', to: 'SIPDIS\nNODIS\n', token: 'SIPDIS' },
  { code: 'eo-missing', from: 'E.O. 12958: DECL: 05/21/2018\n', to: '', token: 'C O N F I D E N T I A L TASHKENT 000578' },
  { code: 'eo-malformed', from: 'E.O. 12958: DECL', to: 'E.O. 12598: DECL', token: '12598' },
  { code: 'eo-malformed', from: 'E.O. 12958: DECL: 05/21/2018', to: 'E.O. 12958: N/A', token: 'N/A' },
  { code: 'decl-unreadable', from: 'DECL: 05/21/2018', to: 'DECL: 13/21/2018', token: '13/21/2018' },
  { code: 'tags-missing', from: 'TAGS: PGOV PREL UZ\n', to: '', token: 'C O N F I D E N T I A L TASHKENT 000578' },
  { code: 'tags-prefix-malformed', from: 'TAGS: PGOV', to: 'TGS: PGOV', token: 'TGS:' },
  { code: 'tag-unknown', from: 'TAGS: PGOV', to: 'TAGS: POGV PGOV', token: 'POGV' },
  { code: 'subject-missing', from: 'SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN\n', to: '', token: 'C O N F I D E N T I A L TASHKENT 000578' },
  { code: 'classified-by-missing', from: 'Classified By: Political Officer Tim Buckley for reasons 1.4 (B,D)\n', to: '', token: 'C O N F I D E N T I A L TASHKENT 000578' },
  { code: 'reason-invalid', from: 'reasons 1.4 (B,D)', to: 'reasons 1.2 (B,D)', token: '1.2' },
  { code: 'reason-invalid', from: 'reasons 1.4 (B,D)', to: 'reasons 1.5 (B,H)', token: 'H' },
  { code: 'paragraph-gap', from: '¶2. (C) Naderi', to: '¶4. (C) Naderi', token: '¶4.' },
  { code: 'paragraph-duplicate', from: '¶2. (C) Naderi', to: '¶1. (C) Naderi', token: '¶1.' },
  { code: 'pilcrow-garbled', from: '¶2. (C) Naderi traveled to Tashkent.', to: '¶2. (C) Naderi traveled to Tashkent.\n\n13. (C) More.', token: '13.' },
];

describe('each rule triggers on its token', () => {
  for (const c of cases) {
    test(`${c.code}: ${JSON.stringify(c.to).slice(0, 60)}`, () => {
      const text = edit(c.from, c.to);
      if (c.code === 'portion-marks-missing') {
        const t = edit('¶2. (C) Naderi', '¶2. Naderi', text);
        const found = problems(t).filter((p) => p.code === c.code);
        assert.equal(found.length, 1);
        assert.equal(rangeText(t, found[0]), '¶1.');
        return;
      }
      expectRule(text, c.code, c.token);
    });
  }
  test('every rule has a triggering case', () => {
    const covered = new Set(cases.map((c) => c.code));
    const missing = Object.keys(rules).filter((code) => !covered.has(code) && !['banner-missing', 'banner-repeated-mismatch'].includes(code));
    assert.deepEqual(missing, []);
  });
  test('banner-missing: paragraphs without a banner', () => {
    const text = edit('C O N F I D E N T I A L TASHKENT 000578\n', '');
    assert.ok(codes(text).includes('banner-missing'));
  });
  test('banner-repeated-mismatch: a section banner of another cable', () => {
    const text = edit('¶2. (C) Naderi', 'C O N F I D E N T I A L SECTION 02 OF 02 MOSCOW 000512\n\n¶2. (C) Naderi');
    expectRule(text, 'banner-repeated-mismatch', 'MOSCOW 000512');
  });
  test('contradictions point at the other side', () => {
    const found = problems(edit('RR RUEHWEB', 'OO RUEHWEB')).find((p) => p.code === 'precedence-mismatch')!;
    assert.equal(found.related?.[0].range.start.line, 5);
    const de = problems(edit('DE RUEHNT #0578/01 1420839', 'DE RUEHNT #0578/01 1400839')).find((p) => p.code === 'de-before-dtg')!;
    assert.equal(de.related?.[0].range.start.line, 5);
  });
});

describe('rule details', () => {
  test('sipdis-with-nodis names the first restricted caption', () => {
    const text = edit('SIPDIS\n', 'SIPDIS\nEXDIS\nNODIS\n');
    const found = problems(text).filter((p) => p.code === 'sipdis-with-nodis');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /with EXDIS:/);
    assert.equal(found[0].related?.[0].range.start.line, 14);
  });
  test('tag-unknown only for four capital letters', () => {
    const found = problems(edit('TAGS: PGOV', 'TAGS: POGV pogv Pogv PÖGV POGVX PGOV')).filter((p) => p.code === 'tag-unknown');
    assert.deepEqual(found.map((p) => p.message), ["'POGV' is not a known TAG."]);
  });
  test('a subject portion mark does not stand for paragraph marks', () => {
    const text = edit('¶2. (C) Naderi', '¶2. Naderi', edit('¶1. (C) Summary', '¶1. Summary', edit('SUBJECT: IOM', 'SUBJECT: (C) IOM')));
    assert.ok(codes(text).includes('portion-marks-missing'));
  });
  test('de-rerun gives the DE date', () => {
    const found = problems(edit('DE RUEHNT #0578/01 1420839', 'DE RUEHNT #0578/01 1460900')).find((p) => p.code === 'de-rerun')!;
    assert.match(found.message, /4 day\(s\) after the date-time group \(day 146 = 25 MAY\)/);
  });
  test('the year each classification order took effect comes from the format tables', () => {
    assert.deepEqual(Object.fromEntries(executiveOrderSince), { '11652': 1972, '12065': 1978, '12356': 1982, '12958': 1995, '13526': 2010 });
  });
  test('classified-by-missing is for E.O. 12958 and later: older orders put the authority in the E.O. caption', () => {
    const withoutClassifiedBy = (eoLine: string, dtgLine = 'R 210839Z MAY 08') =>
      codes(edit('R 210839Z MAY 08', dtgLine, edit('E.O. 12958: DECL: 05/21/2018', eoLine, edit('Classified By: Political Officer Tim Buckley for reasons 1.4 (B,D)\n', ''))));
    for (const old of ['E.O. 12356: DECL: OADR', 'E.O. 12065: GDS 8/12/85', 'E.O. 11652: GDS']) assert.ok(!withoutClassifiedBy(old).includes('classified-by-missing'), old);
    assert.ok(withoutClassifiedBy('E.O. 13526: DECL: 05/21/2020').includes('classified-by-missing'));
    // Without an E.O. line, the date decides.
    assert.ok(!withoutClassifiedBy('', 'R 210839Z MAY 88').includes('classified-by-missing'));
    assert.ok(withoutClassifiedBy('', 'R 210839Z MAY 98').includes('classified-by-missing'));
    // An order number with a typo tells no era: the date does.
    assert.ok(!withoutClassifiedBy('E.O. 12536: DECL: OADR', 'R 210839Z MAY 85').includes('classified-by-missing'));
    assert.ok(withoutClassifiedBy('E.O. 12536: DECL: OADR').includes('classified-by-missing'));
  });
  test('portion-marks-missing is for E.O. 12065 and later, and not when paragraph 1 marks the ENTIRE TEXT', () => {
    const unmarked = (eoLine: string, firstParagraph = '¶1. Summary: IOM met poloff. End summary.') =>
      codes(edit('E.O. 12958: DECL: 05/21/2018', eoLine, edit('¶2. (C) Naderi', '¶2. Naderi', edit('¶1. (C) Summary: IOM met poloff. End summary.', firstParagraph))));
    assert.ok(unmarked('E.O. 12958: DECL: 05/21/2018').includes('portion-marks-missing'));
    assert.ok(unmarked('E.O. 12065: GDS 8/12/85').includes('portion-marks-missing'));
    assert.ok(!unmarked('E.O. 11652: GDS').includes('portion-marks-missing'));
    assert.ok(!unmarked('E.O. 12356: DECL: OADR', '¶1. CONFIDENTIAL - ENTIRE TEXT.').includes('portion-marks-missing'));
    assert.ok(!unmarked('E.O. 12958: DECL: 05/21/2018', '¶1.  Confidential - entire text.').includes('portion-marks-missing'));
    assert.ok(!unmarked('E.O. 12958: DECL: 05/21/2018', '¶1. (C - ENTIRE TEXT) The minister met poloff.').includes('portion-marks-missing'));
    // Prose that speaks of the entire text marks nothing.
    assert.ok(unmarked('E.O. 12958: DECL: 05/21/2018', "¶1. Summary: Post has the entire text of the minister's speech.").includes('portion-marks-missing'));
    assert.ok(unmarked('E.O. 12958: DECL: 05/21/2018', "¶1. Summary: It's entire text, unedited.").includes('portion-marks-missing'));
  });
  test('page markers: a redacted banner station is not compared, the serial is', () => {
    const redacted = edit('C O N F I D E N T I A L TASHKENT 000578', 'C O N F I D E N T I A L XXXXXXXXXXXX 000578');
    const marker = (serial: string) => edit('¶2. (C) Naderi', `MOSCOW ${serial} 002 OF 002\n\n¶2. (C) Naderi`, redacted);
    assert.ok(!codes(marker('00000578')).includes('page-marker-mismatch'));
    assert.ok(codes(marker('00000579')).includes('page-marker-mismatch'));
  });
});

describe('real variants that stay silent (format-oddities)', () => {
  const silent: [string, string, string][] = [
    ['no VZCZC, no DE (ACP-126)', 'VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHNT #0578/01 1420839\nZNY CCCCC ZZH\n', ''],
    ['security-line tails', 'ZNY CCCCC ZZH', 'ZNY CCCCC ZZH(CCY AD6CB6C9 WSC6493 634)'],
    ['security-line ZUI tail', 'ZNY CCCCC ZZH', 'ZNY CCCCC ZZH ZUI RUEWMCE1074 1581702'],
    ['DTG tails', 'R 210839Z MAY 08', 'R 210839Z MAY 08        ZDK CTG RUEHDO #3763'],
    ['DE minute ahead', 'DE RUEHNT #0578/01 1420839', 'DE RUEHNT #0578/01 1420838'],
    ['DE a few minutes later', 'DE RUEHNT #0578/01 1420839', 'DE RUEHNT #0578/01 1420850'],
    ['no DE part', 'DE RUEHNT #0578/01 1420839', 'DE RUEHNT #0578 1420839'],
    ['unknown routing indicators', 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'RUQQZZ/AMEMBASSY ASHGABAT 3971'],
    ['ZEN/ addressee with MCN range', 'TO RUEHC/SECSTATE WASHDC 9681', 'TO ZEN/SECSTATE WASHDC 3806-3812'],
    ['office symbols after PLA', 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'RUEAIIA/CIA WASHINGTON DC//DHO-5//'],
    ['XMT line', 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'RUEHAH/AMEMBASSY ASHGABAT 3971\nXMT AMCONSUL JOHANNESBURG'],
    ['page noise in addresses', 'INFO RUEHZG/NATO EU COLLECTIVE', 'INFO PAGE 02 STATE 050524 131535Z\nRUEHZG/NATO EU COLLECTIVE'],
    ['TAGS as Markdown links', 'TAGS: PGOV PREL UZ', 'TAGS: [PGOV](#) [PREL](#) [UZ](#)'],
    ['TAGS without colon', 'TAGS: PGOV', 'TAGS PGOV,'],
    ['E.O. without dots', 'E.O. 12958: DECL: 05/21/2018', 'EO 12958 DECL: 05/21/18'],
    ['SMART DECL date', 'DECL: 05/21/2018', 'DECL: 2018/05/21'],
    ['exemption DECL', 'DECL: 05/21/2018', 'DECL: X1, X5'],
    ['event DECL', 'DECL: 05/21/2018', 'DECL: TEN YEARS AFTER KOREAN UNIFICATION'],
    ['reason forms', 'reasons 1.4 (B,D)', 'REASON: 1.4 (b) and (d)'],
    ['reason with exemption', 'reasons 1.4 (B,D)', 'reasons 1.5 (b, d, X6)'],
    ['SUBJECT glued to Classified By', 'SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN\n\nREF: TASHKENT 123\n\nClassified By:', 'SUBJECT: IOM IN UZBEKISTANREF: TASHKENT 123 Classified By:'],
    ['caption glued to E.O.', 'E.O. 12958', 'DEPT FOR WHA/BSC E.O. 12958'],
    [
      'caption block on one line, keywords glued (05SANAA1352)',
      'SIPDIS\n\nE.O. 12958: DECL: 05/21/2018\nTAGS: PGOV PREL UZ\nSUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN\n\nREF: TASHKENT 123\n\nClassified By',
      'SIPDISE.O. 12958: DECL: 05/21/2018TAGS: PGOV PREL UZSUBJECT: IOM IN UZBEKISTANREF: TASHKENT 123Classified By',
    ],
    ['E.0. with a zero (01VATICAN1261)', 'E.O. 12958', 'E.0. 12958'],
    ['portion marks (C/NF) (S/REL NATO) lower levels', '¶2. (C) Naderi', '¶2. (U//FOUO) Naderi'],
    ['text in parentheses is not a mark', '¶2. (C) Naderi', '¶2. (C) Naderi\n\n¶3. (U.S.) officials said'],
    ['pilcrow-less numbering', '¶1. (C) Summary', '1. (C) Summary'],
    ['partner date line before banner', 'C O N F I D E N T I A L TASHKENT 000578', 'Friday, 23 May 2008, 08:39\nC O N F I D E N T I A L TASHKENT 000578'],
    ['signature glued', '¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent. NORLAND'],
    ['NNNN after signature', 'NORLAND', 'NORLAND\nNNNN'],
    ['four-digit DTG year', 'R 210839Z MAY 08', 'R 210839Z MAY 2008'],
    ['security group glued to ZZH', 'ZNY CCCCC ZZH', 'ZNY CCCCCZZH'],
    [
      "a quoted cable's banner and page marker",
      '¶2. (C) Naderi traveled to Tashkent.',
      '¶2. (C) Moscow reported:\nQUOTE\nC O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000512\nMOSCOW 00000512 002 OF 002\nUNQUOTE',
    ],
  ];
  for (const [name, from, to] of silent) {
    test(name, () => expectSilent(edit(from, to)));
  }
  test('partial extract with printout block', () => {
    const text = [
      'This record is a partial extract of the original cable. The full text of the original cable is not available.',
      '',
      '                           CONFIDENTIAL     PTQ2529',
      'PAGE 01        HARARE  05461  01 OF 02  271458Z ',
      'ACTION AF-00    ',
      'INFO  LOG-00   NP-00    ACQ-00   CIAE-00',
      '      NFAT-00  SAS-00     /006W',
      '                  ------------------8A8E0D  271459Z /38    ',
      'FM AMEMBASSY HARARE',
      'TO SECSTATE WASHDC IMMEDIATE 7212',
      '',
      cleanCable.slice(cleanCable.indexOf('C O N F')).replace(/TASHKENT/g, 'HARARE').replace('000578', '005461'),
    ].join('\n');
    const model = parseCableFile(text);
    assert.equal(model.cables[0].header.shape, 'partial');
    assert.equal(model.cables[0].header.from?.text, 'AMEMBASSY HARARE');
    expectSilent(text);
  });
});

test('a partial extract that lost its FM line is not a contradiction', () => {
  const text = edit('VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHNT #0578/01 1420839\nZNY CCCCC ZZH\nR 210839Z MAY 08\nFM AMEMBASSY TASHKENT\n', 'This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n');
  assert.equal(parseCableFile(text).cables[0].header.shape, 'partial');
  expectSilent(text, 'from-missing');
});

describe('settings', () => {
  const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled to Tashkent.\n\n13. (C) More.\n\n14. (C) More.');
  test('default severities come from the rule table', () => {
    const d = computeDiagnostics(parseCableFile(text), defaultSettings);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['pilcrow-garbled', 4], ['pilcrow-garbled', 4]]);
  });
  test('per-rule override and off', () => {
    const up = computeDiagnostics(parseCableFile(text), normaliseSettings({ diagnostics: { rules: { 'pilcrow-garbled': 'error' } } }));
    assert.deepEqual(up.map((x) => x.severity), [1, 1]);
    const off = computeDiagnostics(parseCableFile(text), normaliseSettings({ diagnostics: { rules: { 'pilcrow-garbled': 'off' } } }));
    assert.equal(off.length, 0);
  });
  test('disable all and cap the count', () => {
    assert.equal(computeDiagnostics(parseCableFile(text), normaliseSettings({ diagnostics: { enable: false } })).length, 0);
    assert.equal(computeDiagnostics(parseCableFile(text), normaliseSettings({ diagnostics: { maxNumberOfProblems: 1 } })).length, 1);
  });
  test('invalid settings fall back to defaults', () => {
    const s = normaliseSettings({ diagnostics: { enable: 'yes', maxNumberOfProblems: -3, rules: { 'tag-unknown': 'loud' } } });
    assert.deepEqual(s, defaultSettings);
  });
  test('related information carries the document URI', () => {
    const d = computeDiagnostics(parseCableFile(edit('RR RUEHWEB', 'OO RUEHWEB')), defaultSettings, 'file:///x.cable');
    assert.equal(d[0].relatedInformation?.[0].location.uri, 'file:///x.cable');
  });
});

describe('documentation', () => {
  test('README rule table and settings schema are generated from the rule table', async () => {
    const { spawnSync } = await import('node:child_process');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../../..');
    const result = spawnSync(process.execPath, ['scripts/sync-rule-docs.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
