// Incremental edits that join a CR and an LF into one CRLF: vscode-languageserver-textdocument
// miscounts the lines, and the server's document store (server/src/lineEndSafeDocuments.ts)
// counts them as a fresh document of the same text would.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { joinsCrLf, updateDocument } from '../../server/src/lineEndSafeDocuments';
import { applyChange, type LineEnd, lineStarts, randomChange } from '../fuzz/edits';
import { Random } from '../fuzz/prng';
import { sampleText } from './sample';

const at = (line: number, character: number) => ({ line, character });
const create = (text: string, version = 1) => TextDocument.create('file:///a.txt', 'cable', version, text);

/** Text before, one edit, text after: the edit makes one CRLF of a CR and an LF. */
const joins: [string, string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }, string][] = [
  ['"\\n" typed right after a "\\r"', 'a\rb', { range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }, 'a\r\nb'],
  ['"\\r" typed right before a "\\n"', 'a\nb', { range: { start: at(0, 1), end: at(0, 1) }, text: '\r' }, 'a\r\nb'],
  ['a deletion between a "\\r" and a "\\n"', 'a\rX\nb', { range: { start: at(1, 0), end: at(1, 1) }, text: '' }, 'a\r\nb'],
  ['a deletion over lines', 'a\rxx\ryy\nb', { range: { start: at(1, 0), end: at(2, 2) }, text: '' }, 'a\r\nb'],
  ['a reversed range', 'a\rX\nb', { range: { start: at(1, 1), end: at(1, 0) }, text: '' }, 'a\r\nb'],
  ['a paste of lines between a "\\r" and a "\\n"', 'one\rtwo\nthree', { range: { start: at(1, 0), end: at(1, 3) }, text: '\nnew\r' }, 'one\r\nnew\r\nthree'],
];

/** Line and character of every offset, as a fresh document of the same text has them. */
function assertCountsAsFresh(document: TextDocument, label: string): void {
  const fresh = create(document.getText());
  assert.equal(document.lineCount, fresh.lineCount, `${label}: line count`);
  for (let offset = 0; offset <= fresh.getText().length; offset++) {
    assert.deepEqual(document.positionAt(offset), fresh.positionAt(offset), `${label}: position of offset ${offset}`);
  }
  for (let line = 0; line < fresh.lineCount; line++) {
    assert.equal(document.offsetAt(at(line, 0)), fresh.offsetAt(at(line, 0)), `${label}: start of line ${line}`);
  }
}

describe('edits that join a CR and an LF', () => {
  test('vscode-languageserver-textdocument miscounts them (if this fails, the library is fixed and the workaround can go)', () => {
    for (const [name, before, change, after] of joins) {
      const document = TextDocument.update(create(before), [change], 2);
      assert.equal(document.getText(), after, name);
      assert.notEqual(document.lineCount, create(after).lineCount, `${name}: the library counted right`);
    }
    // The next edit then lands a line off: "X" at the start of line 2 ("c") goes elsewhere.
    const drifted = TextDocument.update(create('a\rb\rc'), [{ range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }, { range: { start: at(2, 0), end: at(2, 0) }, text: 'X' }], 2);
    assert.notEqual(drifted.getText(), 'a\r\nb\rXc');
  });

  test('joinsCrLf spots them, and nothing else', () => {
    for (const [name, before, change] of joins) assert.ok(joinsCrLf(create(before), change), name);
    const others: [string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }][] = [
      ['a\rb', { range: { start: at(1, 0), end: at(1, 0) }, text: 'x\n' }],
      ['a\nb', { range: { start: at(1, 0), end: at(1, 0) }, text: '\r' }],
      ['a\r\nb', { range: { start: at(0, 1), end: at(1, 0) }, text: '' }],
      ['a\r\nb', { range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }],
      ['ab', { range: { start: at(0, 1), end: at(0, 1) }, text: '\r\n' }],
    ];
    for (const [before, change] of others) assert.ok(!joinsCrLf(create(before), change), JSON.stringify({ before, change }));
    assert.ok(!joinsCrLf(create('a\rb'), { text: '\n' }), 'a whole-text change');
  });

  test('updateDocument counts their lines as a fresh document does, and keeps the version', () => {
    for (const [name, before, change, after] of joins) {
      const document = updateDocument(create(before), [change], 2);
      assert.equal(document.getText(), after, name);
      assert.equal(document.version, 2);
      assertCountsAsFresh(document, name);
    }
    const document = updateDocument(create('a\rb\rc'), [{ range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }, { range: { start: at(2, 0), end: at(2, 0) }, text: 'X' }], 2);
    assert.equal(document.getText(), 'a\r\nb\rXc', 'the edit after the join lands where it was meant');
  });

  test('2,000 random edits with mixed line ends: updateDocument agrees with a fresh document after each', () => {
    const random = new Random(1234);
    let text = sampleText.replace(/\r?\n/g, '\r');
    let document = create(text);
    let joined = 0;
    for (let i = 0; i < 2000; i++) {
      const eol = random.pick<LineEnd>(['\n', '\r', '\r\n']);
      const change = randomChange(text, random, { eol, targetLength: sampleText.length, wholeTextRate: 0.001 });
      if (joinsCrLf(document, change)) joined++;
      text = applyChange(text, change);
      document = updateDocument(document, [change], i + 2);
      assert.equal(document.getText(), text, `text after edit ${i}`);
      assert.equal(document.lineCount, lineStarts(text).length, `line count after edit ${i}`);
      for (const [line, start] of lineStarts(text).entries()) assert.equal(document.offsetAt(at(line, 0)), start, `start of line ${line} after edit ${i}`);
    }
    assert.ok(joined >= 5, `only ${joined} edits joined a CR and an LF`);
  });
});
