// Completion: TAGS with their meanings on the TAGS line, precedence words after an addressee,
// portion marks right after a paragraph number (none above the banner).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { completion, completionTriggerCharacters } from '../../server/src/features/completion';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf } from '../support/editorFixtures';

function complete(text: string, needle: string, offset = 0): CompletionItem[] {
  return completion(parseCableFile(text), text, positionOf(text, needle, offset));
}

/** The line after the item's edit is applied. */
function applied(text: string, item: CompletionItem): string {
  const { range, newText } = item.textEdit as TextEdit;
  const line = text.split('\n')[range.start.line];
  return line.slice(0, range.start.character) + newText + line.slice(range.end.character);
}

describe('TAGS completion', () => {
  const text = edit('TAGS: PGOV PREL UZ', 'TAGS: PGOV PREL UZ KCR');
  const items = complete(text, 'KCR', 3);
  test('known TAGS with their meaning, as plain text', () => {
    const kcrm = items.find((i) => i.label === 'KCRM')!;
    assert.equal(kcrm.detail, 'Criminal Activity');
    assert.deepEqual(Object.keys(kcrm.documentation as object).sort(), ['kind', 'value']);
    assert.equal((kcrm.documentation as { kind: string }).kind, 'plaintext');
    assert.match(kcrm.filterText!, /^KCRM Criminal Activity$/);
  });
  test('replaces the word being typed', () => {
    assert.equal(applied(text, items.find((i) => i.label === 'KCRM')!), 'TAGS: PGOV PREL UZ KCRM');
  });
  test('leaves out TAGS already on the line', () => {
    assert.ok(!items.some((i) => i.label === 'PGOV' || i.label === 'UZ'));
    assert.ok(items.some((i) => i.label === 'PHUM'));
  });
  test('nothing on the TAGS keyword itself', () => {
    assert.deepEqual(complete(text, 'TAGS', 2), []);
  });
});

describe('precedence completion', () => {
  const text = edit('RUEHAH/AMEMBASSY ASHGABAT 3971', 'RUEHAH/AMEMBASSY ASHGABAT PRI');
  test('the precedence words, most urgent first, replacing the word', () => {
    const items = complete(text, 'ASHGABAT PRI', 12);
    assert.deepEqual(items.map((i) => i.label), ['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);
    assert.equal(applied(text, items[3]), 'RUEHAH/AMEMBASSY ASHGABAT PRIORITY');
    assert.match(items[1].detail!, /rank 2, prosign O/);
    assert.match((items[1].documentation as { value: string }).value, /night action/);
  });
  test('not in the routing indicator or at the start of the name', () => {
    assert.deepEqual(complete(text, 'RUEHAH', 2), []);
    assert.deepEqual(complete(text, 'AMEMBASSY ASHGABAT PRI', 2), []);
  });
});

describe('portion mark completion', () => {
  test('after the number: marks up to the banner level, the banner level first', () => {
    const text = edit('¶2. (C) Naderi', '¶2. Naderi');
    const items = complete(text, '¶2. ', 4);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('(C)') && labels.includes('(U)') && labels.includes('(C//NF)'));
    assert.ok(!labels.some((l) => l.startsWith('(S') && !l.startsWith('(SBU')), 'no SECRET marks in a CONFIDENTIAL cable');
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    assert.equal(first.label, '(C)');
    assert.equal(first.preselect, true);
    assert.equal(applied(text, first), '¶2. (C) Naderi traveled to Tashkent.');
  });
  test('an opening parenthesis typed already is replaced', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (');
    const item = complete(text, '¶2. (', 5).find((i) => i.label === '(C/NF)')!;
    assert.equal(applied(text, item), '¶2. (C/NF) ');
    assert.ok(completionTriggerCharacters.includes('('));
  });
  test('right after the number without a blank, a blank is added', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2.');
    assert.equal(applied(text, complete(text, '¶2.', 3).find((i) => i.label === '(C)')!), '¶2. (C) ');
  });
  test('not inside the paragraph text', () => {
    assert.deepEqual(complete(cleanCable, 'Naderi', 3), []);
  });
});
