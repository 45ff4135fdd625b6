// What the workspace index reads from one file (server/src/workspace/cableHead.ts): fields
// from the header and caption block only, the content check for .txt files, glued cables.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { captionBlockEnd, isCableFileName, readCableFields, readCableFieldsFromBytes } from '../../server/src/workspace/cableHead';
import { cleanCable, corpusDir, edit } from '../support/fixtures';

const sample = readFileSync(path.join(corpusDir, 'cables/08TASHKENT578.txt'), 'utf8');

describe('readCableFields', () => {
  test('reads ID, subject, DTG, tags, originator and banner line of the sample 08TASHKENT578', () => {
    const [fields, ...rest] = readCableFields('08TASHKENT578.txt', sample);
    assert.equal(rest.length, 0);
    assert.equal(fields.id, '08TASHKENT578');
    assert.equal(fields.subject, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
    assert.equal(fields.dtg, '2008-05-21T08:39Z');
    assert.deepEqual(fields.tags, ['PGOV', 'PREL', 'PHUM', 'KCRM', 'KWMN', 'SOCI', 'UZ']);
    assert.equal(fields.origin, 'AMEMBASSY TASHKENT');
    const bannerLine = sample.split('\n')[fields.line];
    assert.match(bannerLine.slice(fields.startCharacter, fields.endCharacter), /^C O N F I D E N T I A L.*TASHKENT 000578$/);
  });

  test('the caption block ends after the first line of paragraph 1', () => {
    const end = captionBlockEnd(cleanCable);
    assert.ok(cleanCable.slice(0, end).endsWith('¶1. (C) Summary: IOM met poloff. End summary.\n'));
    assert.equal(captionBlockEnd('no subject here\n1. a paragraph\n'), 'no subject here\n1. a paragraph\n'.length);
  });

  test('a subject wrapped onto a second line is read whole from the head', () => {
    assert.equal(readCableFields('x.cable', cleanCable)[0].subject, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
  });

  test('a text cut short after the caption block gives the same fields (the index reads only the start of large files)', () => {
    const cut = sample.slice(0, sample.indexOf('Overtures in Geneva'));
    assert.deepEqual(readCableFields('a.txt', cut), readCableFields('a.txt', sample));
  });

  test('a banner without serial: the ID comes from a page marker below the caption block', () => {
    const noSerial = edit('C O N F I D E N T I A L TASHKENT 000578', 'C O N F I D E N T I A L', `${cleanCable}\n\nTASHKENT 00000578 002 OF 002\n`);
    assert.equal(readCableFields('x.cable', noSerial)[0].id, '08TASHKENT578');
  });

  test('two cables glued in one file are both read', () => {
    const second = edit('#0578/01 1420839', '#0600/01 1430839', edit('TASHKENT 000578', 'TASHKENT 000600', edit('SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN', 'SUBJECT: COTTON HARVEST')));
    const fields = readCableFields('glued.txt', `${cleanCable}\n\n${second}\n`);
    assert.deepEqual(fields.map((cable) => cable.id), ['08TASHKENT578', '08TASHKENT600']);
    assert.equal(fields[1].subject, 'COTTON HARVEST');
  });

  test('a .txt file of prose is not a cable; the same words in a .cable file give no cable either', () => {
    const prose = 'Meeting notes\n\nSUBJECT: lunch\n\n1. Sandwiches.\n';
    assert.deepEqual(readCableFields('notes.txt', prose), []);
    assert.deepEqual(readCableFields('notes.TXT', prose), []);
    assert.deepEqual(readCableFields('empty.cable', ''), []);
  });

  test('a .txt cable behind an e-mail wrapper is found by a header line further down', () => {
    const wrapped = `From: someone\nSent: Friday\nTo: someone else\nSubject: a cable\n\nSECRET\n\n${cleanCable}`;
    assert.equal(readCableFields('wrapped.txt', wrapped)[0]?.id, '08TASHKENT578');
  });

  test('from bytes: a header longer than the first window, and a ¶ cut by the window, read like the text', () => {
    const addressees = Array.from({ length: 150 }, (_, i) => `RUEHXX/AMEMBASSY PLACE${i} ${1000 + i}`).join('\n');
    const longHeader = edit('INFO RUEHZG/NATO EU COLLECTIVE', `INFO RUEHZG/NATO EU COLLECTIVE\n${addressees}`);
    assert.ok(Buffer.byteLength(longHeader) > 4096);
    const [fields] = readCableFieldsFromBytes('long.txt', Buffer.from(longHeader));
    assert.equal(fields.id, '08TASHKENT578');
    assert.equal(fields.subject, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
    // Pad so that the two bytes of a ¶ straddle the 4096-byte window.
    const padding = '¶'.repeat(1);
    for (let shift = 0; shift < 3; shift++) {
      const text = `${cleanCable}\n${'x'.repeat(4096 - Buffer.byteLength(cleanCable) - 2 + shift)}\n${padding}9. (C) More.\n`;
      assert.deepEqual(readCableFieldsFromBytes('cut.txt', Buffer.from(text)), readCableFields('cut.txt', text));
    }
  });

  test('cable file names: .txt, .cable and .tel in any case', () => {
    assert.deepEqual(['a.txt', 'b.CABLE', 'c.Tel', 'd.md', 'e.txt.bak', 'txt'].map(isCableFileName), [true, true, true, false, false, false]);
  });
});
