// Navigation: REF mentions → REF items, items → their mentions, items naming a cable → that
// cable (this file or the workspace), and document links to workspace cables.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { definition, references } from '../../server/src/features/definition';
import { documentLinks } from '../../server/src/features/documentLinks';
import { mentionsInLine } from '../../server/src/features/refMentions';
import type { Range } from '../../server/src/parser/model';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf, workspaceWith } from '../support/editorFixtures';

const uri = 'file:///w/08TASHKENT578.txt';
const text = edit(
  'REF: TASHKENT 123',
  'REF: A. 08 TASHKENT 123\n     B. 08STATE12345 (NOTAL)\n     C. Email of 5/1',
  edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled to Tashkent (REF A) and, per refs A and B, met\nIOM (ref c). Reftel also says so.'),
);
const file = parseCableFile(text);
const lines = text.split('\n');
const textOf = (range: Range) => lines[range.start.line].slice(range.start.character, range.end.character);
const workspace = workspaceWith({ '08TASHKENT123': 'file:///w/08TASHKENT123.txt', '08STATE12345': 'file:///w/08STATE12345.txt' });

describe('REF mentions in a line', () => {
  const letters = (line: string) => mentionsInLine(line, 0).map((m) => m.letters.map((l) => l.text).join(''));
  test('letters after REF, REFS and REFTEL, in any case', () => {
    assert.deepEqual(letters('see REF A, (ref b), REFTEL C and Refs A and B.'), ['A', 'B', 'C', 'AB']);
  });
  test('a span of letters and lists with commas', () => {
    assert.deepEqual(letters('REFS A-C; refs A, B and D'), ['ABC', 'ABD']);
  });
  test('mentions without letters', () => {
    assert.deepEqual(letters('as reftel notes (REFTELS) and the ref'), ['', '', '']);
  });
  test('a lower-case letter only when nothing but punctuation follows', () => {
    assert.deepEqual(letters('per ref a meeting; (ref a)'), ['', 'A']);
  });
  test('words that start with ref are not mentions', () => {
    assert.deepEqual(letters('reforms, referendum, refer A'), []);
  });
});

describe('go to definition', () => {
  test('REF A in the text goes to item A', () => {
    const [link] = definition(file, text, uri, positionOf(text, '(REF A)', 5));
    assert.equal(link.targetUri, uri);
    assert.equal(textOf(link.targetSelectionRange), 'A');
    assert.match(textOf(link.targetRange), /^A\. 08 TASHKENT 123/);
    assert.equal(textOf(link.originSelectionRange!), 'A');
  });
  test('each letter of "refs A and B" goes to its own item; the keyword to both', () => {
    assert.deepEqual(definition(file, text, uri, positionOf(text, 'A and B', 6)).map((l) => textOf(l.targetSelectionRange)), ['B']);
    assert.deepEqual(definition(file, text, uri, positionOf(text, 'refs A', 1)).map((l) => textOf(l.targetSelectionRange)), ['A', 'B']);
  });
  test('a lower-case letter in parentheses', () => {
    assert.deepEqual(definition(file, text, uri, positionOf(text, '(ref c)', 5)).map((l) => textOf(l.targetSelectionRange)), ['C']);
  });
  test('reftel goes to every item', () => {
    assert.equal(definition(file, text, uri, positionOf(text, 'Reftel', 2)).length, 3);
  });
  test('an item naming a workspace cable goes to that file', () => {
    const [link] = definition(file, text, uri, positionOf(text, 'TASHKENT 123', 2), workspace);
    assert.equal(link.targetUri, 'file:///w/08TASHKENT123.txt');
    assert.equal(textOf(link.originSelectionRange!), '08 TASHKENT 123');
    const [state] = definition(file, text, uri, positionOf(text, '08STATE12345', 3), workspace);
    assert.equal(state.targetUri, 'file:///w/08STATE12345.txt');
    assert.equal(textOf(state.originSelectionRange!), '08STATE12345');
  });
  test('an item naming a cable neither here nor in the workspace goes nowhere', () => {
    assert.deepEqual(definition(file, text, uri, positionOf(text, 'TASHKENT 123', 2)), []);
    assert.deepEqual(definition(file, text, uri, positionOf(text, 'Email of', 2), workspace), []);
  });
  test('an item naming a cable of the same file goes to that cable', () => {
    const other = cleanCable.replace('TASHKENT 000578', 'TASHKENT 000123').replace('#0578', '#0123');
    const two = `${text}\n\n${other}`;
    const [link] = definition(parseCableFile(two), two, uri, positionOf(two, 'TASHKENT 123', 2));
    assert.equal(link.targetUri, uri);
    assert.equal(two.split('\n')[link.targetSelectionRange.start.line], 'C O N F I D E N T I A L TASHKENT 000123');
  });
  test('plain text goes nowhere', () => {
    assert.deepEqual(definition(file, text, uri, positionOf(text, 'Naderi', 2), workspace), []);
  });
});

describe('find references', () => {
  test('of item A: both mentions of A and the letterless reftel, with the declaration', () => {
    const found = references(file, text, uri, positionOf(text, 'A. 08 TASHKENT'), true);
    assert.deepEqual(found.map((l) => [l.range.start.line, textOf(l.range)]), [
      [positionOf(text, 'A. 08').line, 'A'],
      [positionOf(text, '(REF A)').line, 'A'],
      [positionOf(text, 'refs A').line, 'A'],
      [positionOf(text, 'Reftel').line, 'Reftel'],
    ]);
  });
  test('from a mention, without the declaration', () => {
    const found = references(file, text, uri, positionOf(text, '(ref c)', 5), false);
    assert.deepEqual(found.map((l) => textOf(l.range)), ['c', 'Reftel']);
  });
  test('nothing from plain text', () => {
    assert.deepEqual(references(file, text, uri, positionOf(text, 'Naderi'), true), []);
  });
});

describe('document links', () => {
  test('items naming workspace cables link to their files', () => {
    const links = documentLinks(file, workspace);
    assert.deepEqual(links.map((l) => [textOf(l.range), l.target, l.tooltip]), [
      ['08 TASHKENT 123', 'file:///w/08TASHKENT123.txt', 'Open 08TASHKENT123'],
      ['08STATE12345', 'file:///w/08STATE12345.txt', 'Open 08STATE12345'],
    ]);
  });
  test('no links when the workspace has none of them', () => {
    assert.deepEqual(documentLinks(file, workspaceWith({})), []);
  });
});
