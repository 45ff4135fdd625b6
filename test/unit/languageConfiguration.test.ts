// language-configuration.json: words used by double-click selection and word-based features.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const configuration = JSON.parse(readFileSync(path.resolve(__dirname, '../../../language-configuration.json'), 'utf8')) as {
  wordPattern: string;
  brackets: string[][];
  autoClosingPairs: { open: string; close: string }[];
};

function words(line: string): string[] {
  return line.match(new RegExp(configuration.wordPattern, 'g')) ?? [];
}

describe('language configuration', () => {
  test('routing indicators, cable IDs and DTGs are single words', () => {
    assert.ok(words('DE RUEHNT #0578/01 1420839').includes('RUEHNT'));
    assert.ok(words('REF: 08TASHKENT578').includes('08TASHKENT578'));
    assert.deepEqual(words('R 210839Z MAY 08'), ['R', '210839Z', 'MAY', '08']);
  });

  test('paragraph marks and punctuation are not part of words', () => {
    assert.deepEqual(words('¶3. (C) IOM’s office'), ['3', 'C', 'IOM’s', 'office']);
  });

  test('parentheses pair up and close automatically', () => {
    assert.deepEqual(configuration.brackets, [['(', ')']]);
    assert.deepEqual(configuration.autoClosingPairs, [{ open: '(', close: ')' }]);
  });
});
