// Content detection of cables in plain-text documents (client/src/detect.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { detectionLineCount, isDetectionCandidate, looksLikeCable } from '../../client/src/detect';

const repoRoot = path.resolve(__dirname, '../../..');
const corpusFolder = path.resolve(repoRoot, '../shared/corpus/cables');

function leadingLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).slice(0, detectionLineCount);
}

describe('looksLikeCable', () => {
  test('recognises the sample 08TASHKENT578, which starts with blank lines', () => {
    const text = readFileSync(path.join(corpusFolder, '08TASHKENT578.txt'), 'utf8');
    assert.equal(text.split('\n')[0].trim(), '', 'the sample is expected to start with a blank line');
    assert.equal(looksLikeCable(leadingLines(text)), true);
  });

  const openers: Record<string, string> = {
    'transmission identifier': 'VZCZCXRO1234',
    'ACP-126 precedence and DTG': 'O 151856Z JAN 08',
    'action and info precedences with a tail': 'O R 151856Z JAN 08 ZDK',
    'bare DTG of a partial extract, mixed-case month': '291359Z Nov 00',
    'partial-extract notice': 'This record is a partial extract of the original cable. The full text of the original cable is not available.',
    'letter-spaced banner': 'C O N F I D E N T I A L SECTION 01 OF 02 TASHKENT 000578',
    'letter-spaced SECRET banner': 'S E C R E T STATE 012345',
    'media-partner lower-case banner': 'C o n f i d e n t i a l section 01 of 02 khartoum 000881',
    'banner glued to a Telegram prefix': 'TelegramC O N F I D E N T I A L   TRIPOLI   00000126',
    'UNCLAS banner': 'UNCLAS SECTION 01 OF 02 SAN JOSE 000123',
    'UNCLASSIFIED banner': 'UNCLASSIFIED   STATE   00012345',
    'LIMITED OFFICIAL USE banner': 'LIMITED OFFICIAL USE BUENOS AIRES 001234',
    'printout distribution block': 'INFO  LOG-00   EEB-00   AID-00   AMAD-00',
    'printout page line': 'PAGE 01        CAPE T  00097  01 OF 03  182017Z',
  };
  for (const [what, line] of Object.entries(openers)) {
    test(`recognises a ${what}`, () => {
      assert.equal(looksLikeCable(['', line, 'FM AMEMBASSY SOMEWHERE']), true);
    });
  }

  test('looks past a media-partner date line to the banner', () => {
    assert.equal(looksLikeCable(['Friday, 23 February 2001, 15:53', '', 'S E C R E T STATE 030021']), true);
  });

  const prose: Record<string, string[]> = {
    'an empty document': [],
    'blank lines only': ['', '   ', '\t'],
    'a shopping list': ['eggs', 'milk', 'bread'],
    'capitalised prose with a number': ['Secret Santa 2024', 'Bring a gift under 20 euros.'],
    'a classification word alone': ['CONFIDENTIAL', 'Do not share these notes.'],
    'the identifier inside a sentence': ['The VZCZC prefix starts every transmission.'],
    'a date that is not a DTG': ['Meeting on 210839 MAY 08', 'Agenda'],
  };
  for (const [what, lines] of Object.entries(prose)) {
    test(`does not take ${what} for a cable`, () => {
      assert.equal(looksLikeCable(lines), false);
    });
  }

  test(`reads only the first ${detectionLineCount} lines`, () => {
    const lines = [...Array<string>(detectionLineCount).fill(''), 'VZCZCXYZ0000'];
    assert.equal(looksLikeCable(lines), false);
    assert.equal(looksLikeCable(lines.slice(1)), true);
  });

  test('gives up after three non-blank lines that are not a cable opening', () => {
    assert.equal(looksLikeCable(['Notes', 'more notes', 'even more', 'VZCZCXYZ0000']), false);
    assert.equal(looksLikeCable(['Notes', 'more notes', 'VZCZCXYZ0000']), true);
  });

  test('recognises nearly all corpus cables (mail-client wrappers may be missed)', () => {
    const names = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt'));
    assert.ok(names.length > 1000, `expected the corpus at ${corpusFolder}`);
    const missed = names.filter((name) => !looksLikeCable(leadingLines(readFileSync(path.join(corpusFolder, name), 'utf8'))));
    assert.ok(missed.length / names.length < 0.02, `missed ${missed.length} of ${names.length}: ${missed.join(' ')}`);
  });

  test('takes no README or licence of the installed npm packages for a cable', () => {
    const modules = path.join(repoRoot, 'node_modules');
    const documents = readdirSync(modules)
      .filter((name) => !name.startsWith('.') && !name.startsWith('@'))
      .flatMap((name) => ['README.md', 'LICENSE', 'LICENSE.md'].map((file) => path.join(modules, name, file)))
      .flatMap((file) => {
        try {
          return [{ file, text: readFileSync(file, 'utf8') }];
        } catch {
          return [];
        }
      });
    assert.ok(documents.length > 50, 'expected plenty of README and LICENSE files in node_modules');
    const taken = documents.filter(({ text }) => looksLikeCable(leadingLines(text))).map(({ file }) => file);
    assert.deepEqual(taken, []);
  });
});

describe('isDetectionCandidate', () => {
  test('plain-text .txt files and untitled plain-text buffers are candidates', () => {
    assert.equal(isDetectionCandidate({ languageId: 'plaintext', scheme: 'file', path: '/a/08TASHKENT578.txt' }), true);
    assert.equal(isDetectionCandidate({ languageId: 'plaintext', scheme: 'file', path: '/a/CABLE.TXT' }), true);
    assert.equal(isDetectionCandidate({ languageId: 'plaintext', scheme: 'untitled', path: 'Untitled-1' }), true);
  });

  test('other languages and other plain-text files are left alone', () => {
    assert.equal(isDetectionCandidate({ languageId: 'markdown', scheme: 'file', path: '/a/notes.txt' }), false);
    assert.equal(isDetectionCandidate({ languageId: 'cable', scheme: 'file', path: '/a/x.txt' }), false);
    assert.equal(isDetectionCandidate({ languageId: 'plaintext', scheme: 'file', path: '/a/LICENSE' }), false);
  });
});
