// The outline: cable → header fields, banner, subject, blocks, paragraphs under headings.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { documentSymbols, shorten } from '../../server/src/features/documentSymbols';
import { edit } from '../support/fixtures';
import { Random } from '../fuzz/prng';

const names = (symbols: DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => s.name);

describe('document symbols', () => {
  const text = edit('¶2. (C) Naderi traveled to Tashkent.', 'Overtures in Geneva\n\n¶2. (C) Naderi traveled to Tashkent.\n\n¶3. (C) More text.');
  const [cable] = documentSymbols(parseCableFile(text));
  test('one symbol per cable, named by ID and subject', () => {
    assert.equal(cable.name, '08TASHKENT578 — IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
    assert.equal(cable.kind, SymbolKind.File);
  });
  test('header with its fields', () => {
    const header = cable.children!.find((c) => c.name === 'Header')!;
    assert.deepEqual(names(header.children), ['Precedence', 'DE', 'Security', 'DTG', 'FM', 'TO', 'INFO']);
    assert.equal(header.children!.find((c) => c.name === 'INFO')!.children!.length, 2);
  });
  test('banner, subject, summary, paragraphs nested under headings', () => {
    assert.deepEqual(names(cable.children), ['Header', 'CONFIDENTIAL', 'SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN', 'REF', '¶1 (C) Summary: IOM met poloff. End summary.', 'Summary', 'Overtures in Geneva']);
    const heading = cable.children!.find((c) => c.name === 'Overtures in Geneva')!;
    assert.deepEqual(names(heading.children), ['¶2 (C) Naderi traveled to Tashkent.', '¶3 (C) More text.']);
    const p3 = heading.children![1];
    assert.equal(p3.detail, '(C)');
    assert.equal(p3.selectionRange.end.character - p3.selectionRange.start.character, 3);
    assert.ok(heading.range.end.line >= p3.range.end.line);
  });
  test('selection ranges lie inside ranges', () => {
    const check = (s: DocumentSymbol) => {
      const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']) =>
        (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
        (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
      assert.ok(inside(s.selectionRange, s.range), s.name);
      s.children?.forEach(check);
    };
    check(cable);
  });
});

describe('outline names', () => {
  // The names as first defined: the whole text joined, collapsed and cut.
  const reference = (text: string) => {
    const flat = text.slice(0, 160).replace(/\s+/g, ' ').trim();
    return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  };
  test('shorten(text, prefix) is the collapsed, cut prefix + text', () => {
    const pieces = ['WORD', 'a', '¶', '.', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', '\ud83d', '\ude00', 'x'.repeat(70)];
    const prefixes = ['', '¶3 ', '¶12 (C) ', 'A. ', ' ¶3 ', '¶3  ', '¶3\t', '(S NF) ', '¶3', 'y '.repeat(45)];
    const random = new Random(7);
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const parts = random.int(0, 59);
      for (let j = 0; j < parts; j++) text += random.pick(pieces);
      const prefix = random.pick(prefixes);
      assert.equal(shorten(text, prefix), reference(prefix + text), JSON.stringify([prefix, text]));
    }
  });
  test('paragraph names collapse whitespace and are cut with an ellipsis', () => {
    const long = `Naderi  traveled\tto Tashkent ${'and back '.repeat(20)}`;
    const [withLong] = documentSymbols(parseCableFile(edit('Naderi traveled to Tashkent.', long)));
    const p2 = withLong.children!.find((c) => c.name.startsWith('¶2'))!;
    assert.equal(p2.name, `¶2 (C) Naderi traveled to Tashkent ${'and back '.repeat(20)}`.slice(0, 79) + '…');
    assert.equal(p2.name.length, 80);
  });
});
