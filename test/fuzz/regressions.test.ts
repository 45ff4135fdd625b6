// Inputs that fuzzing found to break an invariant, kept as regression tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { parseCableFile } from '../../server/src/parser/parse';
import { checkText } from './invariants';

describe('fuzzing regressions', () => {
  test('a header-less cable after a blank line: the cable symbol selects inside its range', () => {
    const text = ' \nDEPARTMENT FOR AF/FO \n \nE.O. 12958: DECL: 01/21/2020 \nTAGS: PREL ETTC PGOV SO ZI';
    const [cable] = documentSymbols(parseCableFile(text));
    assert.equal(cable.range.start.line, 1);
    assert.ok(cable.selectionRange.start.line >= 1, JSON.stringify(cable.selectionRange));
    checkText(text);
  });

  test('the same with lone CRs and a subject', () => {
    checkText('\rSTATE FOR S/CT \r\rE.O. 12958: DECL: 05/08/2014 \rTAGS: PREL PGOV\rSUBJECT: FRENCH JUDGE\r\r¶1. (S) Summary: text.');
  });

  test('a SUBJECT whose parenthesis closes on the next line: no portion mark across the line end', () => {
    const text = 'SUBJECT: (  ZNR UUUUU\n)\nCOMMENT: IMMEDIATE\n\n¶1. (C) Summary: text.\n';
    const subject = parseCableFile(text).cables[0].subject;
    assert.equal(subject?.portionMark, undefined);
    checkText(text);
  });

  test('a SUBJECT with a portion mark on its first line keeps it', () => {
    const subject = parseCableFile('SUBJECT: (C) A WRAPPED\nSUBJECT LINE\n\n¶1. (C) Text.\n').cables[0].subject;
    assert.equal(subject?.portionMark?.text, '(C)');
    assert.deepEqual(subject?.portionMark?.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 12 } });
  });
});
