// The outline and the diagnostics take shortcuts for the common case (a merge instead of a
// sort, names sliced without collapsing, page markers compared once, sections read as
// written); these cases go down both the short and the long way.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { cleanCable, codes, edit, problems, rangeText } from '../support/fixtures';

const outline = (text: string) => documentSymbols(parseCableFile(text))[0];
const child = (parent: DocumentSymbol, name: string) => parent.children!.find((c) => c.name.startsWith(name))!;

describe('outline shortcuts', () => {
  test('the DTG detail with one, two or no precedence letters', () => {
    const dtgDetail = (line: string) => child(child(outline(edit('R 210839Z MAY 08', line)), 'Header'), 'DTG').detail;
    assert.equal(dtgDetail('R 210839Z MAY 08'), 'R 210839Z MAY 08');
    assert.equal(dtgDetail('O R 210839Z MAY 08'), 'O R 210839Z MAY 08');
    assert.equal(dtgDetail('210839Z MAY 08'), '210839Z MAY 08');
  });

  test('a Summary block inside paragraph 1 comes after it; one on its own line before the paragraphs', () => {
    assert.deepEqual(outline(cleanCable).children!.map((c) => c.name).slice(-3), ['¶1 (C) Summary: IOM met poloff. End summary.', 'Summary', '¶2 (C) Naderi traveled to Tashkent.']);
    const own = outline(edit('¶1. (C) Summary: IOM met poloff. End summary.', 'SUMMARY: IOM met poloff. End summary.\n\n¶1. (C) More.'));
    const names = own.children!.map((c) => c.name);
    assert.ok(names.indexOf('Summary') < names.indexOf('¶1 (C) More.'), names.join(' | '));
  });

  test('paragraph names: a mark with a space is kept, whitespace in the mark or the text collapses', () => {
    const name = (from: string, to: string) => child(outline(edit(from, to)), '¶2').name;
    assert.equal(name('(C) Naderi', '(C/REL NATO) Naderi'), '¶2 (C/REL NATO) Naderi traveled to Tashkent.');
    assert.equal(name('(C) Naderi', '(C/REL  NATO) Naderi'), '¶2 (C/REL NATO) Naderi traveled to Tashkent.');
    assert.equal(name('Naderi traveled', 'Naderi \ttraveled'), '¶2 (C) Naderi traveled to Tashkent.');
    const long = `Naderi traveled ${'far '.repeat(30)}`;
    assert.equal(name('Naderi traveled', long), `¶2 (C) ${long}`.slice(0, 79) + '…');
  });
});

describe('diagnostic shortcuts', () => {
  const pageMarker = (serial: string) => `TASHKENT ${serial} 002 OF 003`;
  const withMarkers = (...markers: string[]) => edit('¶2. (C) Naderi', `${markers.map((m) => `${m}\n\n`).join('')}¶2. (C) Naderi`);

  test('every page marker that disagrees is reported, after one that agrees or another that does not', () => {
    const text = withMarkers(pageMarker('00000578'), pageMarker('00000579'), pageMarker('00000579'), pageMarker('00000578'));
    const found = problems(text).filter((p) => p.code === 'page-marker-mismatch');
    assert.equal(found.length, 2);
    for (const finding of found) assert.equal(rangeText(text, finding), pageMarker('00000579'));
  });

  test('reason sections are read as written (1.4, 1.5) or normalised (1. 4, 1,5)', () => {
    assert.ok(!codes(cleanCable).includes('reason-invalid'));
    assert.ok(!codes(edit('reasons 1.4 (B,D)', 'reasons 1. 4 (B,D)')).includes('reason-invalid'));
    assert.ok(codes(edit('reasons 1.4 (B,D)', 'reasons 1,5 (B,H)')).includes('reason-invalid'));
    assert.ok(!codes(edit('reasons 1.4 (B,D)', 'reasons 1,5 (B,G)')).includes('reason-invalid'));
  });

  test('a portion mark at or below the banner level is not above it; one above is', () => {
    assert.ok(!codes(cleanCable).includes('portion-above-banner'));
    assert.ok(!codes(edit('¶2. (C) Naderi', '¶2. (U) Naderi')).includes('portion-above-banner'));
    assert.ok(codes(edit('¶2. (C) Naderi', '¶2. (S) Naderi')).includes('portion-above-banner'));
  });

  test('NODIS without SIPDIS, and EXDIS with it', () => {
    assert.ok(!codes(edit('SIPDIS\n', 'NODIS\n')).includes('sipdis-with-nodis'));
    const found = problems(edit('SIPDIS\n', 'EXDIS\nSIPDIS\n')).filter((p) => p.code === 'sipdis-with-nodis');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /EXDIS/);
  });
});
