// Body reads whose offsets are worked out by hand rather than taken from a regex's `d` flag, and
// heading checks that are ruled out early by a line's first characters.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { edit } from '../support/fixtures';

type Located = { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

/** The text a one-line range covers. */
const covered = (text: string, { range }: Located) => text.split('\n')[range.start.line].slice(range.start.character, range.end.character);

describe('banner offsets', () => {
  test('each token covers its own text, with sections, letter spacing and a prefix', () => {
    for (const banner of [
      'C O N F I D E N T I A L TASHKENT 000578',
      '  "UNCLAS SECTION 01 OF 02 TASHKENT 000578',
      'SECRET SECTION 1 OF 2 SAO PAULO    000578 ',
      'Cable dated:2008-05-21T08:39:00 CONFIDENTIAL SECTION 02 OF 02 TASHKENT 000578',
      '12SECRET TASHKENT 578',
    ]) {
      const text = edit('C O N F I D E N T I A L TASHKENT 000578', banner);
      const b = parseCableFile(text).cables[0].banner;
      assert.ok(b, banner);
      for (const t of [b.levelToken, b.section, b.sectionCount, b.serial]) if (t) assert.equal(covered(text, t), t.text, banner);
      assert.equal(covered(text, b.station!).trim(), b.station!.text, banner);
    }
  });
});

describe('signature offsets', () => {
  test('on its own line and glued to the last sentence', () => {
    const own = edit('NORLAND', '   NORLAND  ');
    assert.equal(covered(own, parseCableFile(own).cables[0].signature!), 'NORLAND');
    const glued = edit('¶2. (C) Naderi traveled to Tashkent.\n\nNORLAND', '¶2. (C) Naderi traveled to Tashkent. NORLAND  ');
    assert.equal(covered(glued, parseCableFile(glued).cables[0].signature!), 'NORLAND');
  });
});

describe('page markers', () => {
  test('a whole line and several embedded in one', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) he went TASHKENT 00000578 002 OF 003 and on to TASHKENT 00000578 003 OF 003 Tashkent.\n\n  TASHKENT 00000578 002.2 OF 003  ');
    const markers = parseCableFile(text).cables[0].pageMarkers;
    assert.deepEqual(markers.map((m) => [covered(text, m.station), covered(text, m.serial), m.page, m.pages]), [
      ['TASHKENT', '00000578', 2, 3],
      ['TASHKENT', '00000578', 3, 3],
      ['TASHKENT', '00000578', 2, 3],
    ]);
  });
});

describe('headings ruled out by their first characters', () => {
  const headings = (body: string) => parseCableFile(edit('¶2. (C) Naderi traveled to Tashkent.', body)).cables[0].headings.map((h) => h.text);
  test('a line opening with a dash is a title only between rules', () => {
    assert.deepEqual(headings('¶2. (C) x\n\n-Optical Media: New Digital Codes Requirement\n\n¶3. (C) y'), []);
    assert.deepEqual(headings('¶2. (C) x\n\n--- Optical Media ---\n\n¶3. (C) y'), ['Optical Media']);
  });
  test('a title may open with a quote or a digit, not with a small letter', () => {
    assert.deepEqual(headings('¶2. (C) x\n\n"Rose Revolution" Revisited\n\n¶3. (C) y'), ['"Rose Revolution" Revisited']);
    assert.deepEqual(headings('¶2. (C) x\n\n2008 Elections\n\n¶3. (C) y'), ['2008 Elections']);
    assert.deepEqual(headings('¶2. (C) x\n\nelections ahead\n\n¶3. (C) y'), []);
  });
  test('a rule glued to a title is cut off; more than twelve words make no title', () => {
    assert.deepEqual(headings('¶2. (C) x\n\nNEXT STEPS ---------------------------------------------\n\n¶3. (C) y'), ['NEXT STEPS']);
    assert.deepEqual(headings('¶2. (C) x\n\nOne Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve\n\n¶3. (C) y'), ['One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve']);
    assert.deepEqual(headings('¶2. (C) x\n\nOne Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen\n\n¶3. (C) y'), []);
  });
});
