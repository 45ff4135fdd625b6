// The readings shared by hover, inlay hints and completion: offsets, controls, reasons.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeOffset, exemptions, levelLetter, portionControls, precedenceWords, reasonCategories } from '../../server/src/features/decode';
import type { PortionMark } from '../../server/src/parser/model';

const mark = (text: string): PortionMark => ({ text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }, wellFormed: true });

describe('decode', () => {
  test('offsets between DTG and DE time', () => {
    assert.equal(describeOffset(0), 'at the same minute as');
    assert.equal(describeOffset(-1), '1 minute before');
    assert.equal(describeOffset(75), '1 hour 15 minutes after');
    assert.equal(describeOffset(2 * 1440 + 60 + 5), '2 days 1 hour after');
  });
  test('control markings of portion marks', () => {
    assert.deepEqual(portionControls(mark('(C)')), []);
    assert.deepEqual(portionControls(mark('(S//FGI//NF)')).map((c) => c.split(':')[0]), ['FGI', 'NF']);
    assert.deepEqual(portionControls(mark('(C/REL NATO)')), ['REL NATO: releasable to the named country/organisation (NATO)']);
    assert.deepEqual(portionControls(mark('(C - ENTIRE TEXT)')), ['ENTIRE TEXT: the whole text is at this level']);
    assert.deepEqual(portionControls(mark('(C NF)')).map((c) => c.split(':')[0]), ['NF']);
    assert.match(portionControls(mark('(S/ZZ)'))[0], /unknown control marking/);
  });
  test('reason lists by section and order', () => {
    assert.match(reasonCategories('1.4', '12958')!.source, /as amended/);
    assert.equal(reasonCategories('1.4', '12958')!.letters.h, 'weapons of mass destruction');
    assert.match(reasonCategories('1 .5', undefined)!.source, /1995/);
    assert.equal(reasonCategories('1.5', undefined)!.letters.h, undefined);
    assert.match(reasonCategories('1.4', '13526')!.source, /13526/);
    assert.equal(reasonCategories('1.2', undefined), undefined);
    assert.equal(Object.keys(exemptions).length, 8);
  });
  test('levels and precedence words', () => {
    assert.deepEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'].map((l) => levelLetter(l as never)), ['U', 'C', 'S', 'TS']);
    assert.deepEqual(precedenceWords, ['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);
  });
});
