// Inputs shaped to make a careless regex or loop go super-linear: long runs of one character
// or token on one line, and many repetitions of one kind of line. Each builds about `size`
// characters of text; `small` is the size to compare with four times as much.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusDir } from '../support/fixtures';

const cableHead = 'SUBJECT: A CABLE\n\n¶1. (C) First paragraph.\n\n';
const transmissionHeader = 'VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHNT #0578/01 1420839\nZNY CCCCC ZZH\nR 210839Z MAY 08\nFM AMEMBASSY TASHKENT\n';
const sampleCable = () => readFileSync(path.join(corpusDir, 'cables/08TASHKENT578.txt'), 'utf8');

/** `unit` repeated to `size` characters. */
function run(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A one-line run inside a cable body, followed by `tail` and a last paragraph. */
const lineInBody = (unit: string, tail = 'x') => (size: number) => `${cableHead}${run(unit, size)}${tail}\n\n¶2. (C) Last.\n`;

const MB = 1 << 20;

export interface Shape {
  build: (size: number) => string;
  small: number;
}

/** One long line: cheap per character, so 1 MB vs 4 MB. */
const longLine = (build: (size: number) => string): Shape => ({ build, small: MB });
/** Many lines: each line costs the full per-line work, so 128 KB vs 512 KB keeps the suite fast. */
const manyLines = (build: (size: number) => string): Shape => ({ build, small: MB / 8 });

export const adversarialShapes: Record<string, Shape> = {
  'spaces then a letter': longLine(lineInBody(' ')),
  'tabs then a letter': longLine(lineInBody('\t')),
  'dash-wrapped heading with a long dash run': longLine((size) => `${cableHead}---a${run('-', size)}b\n\nx\n`),
  'dashes then spaces then dashes': longLine(lineInBody('- ', '---')),
  'letter-dash pairs as the last line (signature)': longLine((size) => `${cableHead}${run('A-', size)}!`),
  'From without Inbox (wrapper line)': longLine((size) => run('From ', size)),
  'a long line in the header': longLine((size) => `VZCZCXYZ0000\nDE RUEHNT #0578/01 1420839\n${run(' ', size)}x\nFM AMEMBASSY TASHKENT\n`),
  'digits': longLine(lineInBody('1')),
  'pilcrows': longLine(lineInBody('¶')),
  'paragraph numbers on one line': longLine(lineInBody('1. ')),
  'END words': longLine(lineInBody('END ')),
  'caption keywords on one line': longLine(lineInBody('TAGS SUBJECT: REF: E.O. 12958 CLASSIFIED BY ')),
  'page-marker look-alikes': longLine(lineInBody('TASHKENT 00000578 ')),
  'banner look-alikes': longLine(lineInBody('C O N F I D E N T I A L ')),
  'NUL and lone surrogates': longLine(lineInBody('\0\ud800')),
  // Caption-block and header lines whose old patterns were quadratic or worse (runs that two
  // quantifiers could share, searched from every position), or that overflowed the stack.
  'Classified By with a run of separators': longLine((size) => `SUBJECT: X\nClassified By: Joe${run(' ,', size)}f\n\n1. (C) y\n`),
  'Classified By, a reason word, then spaces': longLine((size) => `SUBJECT: X\nClassified By: Joe for${run(' ', size)}x\n\n1. (C) y\n`),
  'Classified By with a run of dots before an E.O.': longLine((size) => `SUBJECT: X\nClassified By: Joe${run(' .', size)}E.O. 12958\n\n1. (C) y\n`),
  'E.O. DECL, spaces and a line separator': longLine((size) => `SUBJECT: X\nE.O. 12958: DECL${run(' ', size)}\u2028x\n\n1. (C) y\n`),
  'an address with a run of slashes': longLine((size) => `${transmissionHeader}TO RUEHC/${run('/ ', size)}X\n\nSUBJECT: X\n\n1. (C) y\n`),
  'an FM line ending in a run of spaces, after a DTG (cable splitting, repeated headers)': longLine((size) => `${cableHead}R 210839Z MAY 08\nFM A${run(' ', size)}\n\n¶2. (C) Last.\n`),
  'routing indicators on one line': longLine((size) => `VZCZCXYZ0000\nRR${run(' RUEHAB', size)}\n${run('RUEHAB ', size)}\nDE RUEHNT #0578/01 1420839\n\nSUBJECT: X\n\n1. (C) y\n`),
  'many short paragraphs': manyLines((size) => run('¶1. (C) x\n', size)),
  'many blank lines (LF)': manyLines((size) => `${cableHead}${run('\n', size)}x`),
  'many lone CRs': manyLines((size) => `${cableHead}${run('\r', size)}x`),
  'many cables (header after body)': manyLines((size) => run('DE RUEHNT #0578/01 1420839\nSUBJECT: X\n1. (C) y\n', size)),
  'many headings': manyLines((size) => run('Overtures in Geneva\n\n¶3. (C) Text.\n\n', size)),
  'many addressees': manyLines((size) => `${transmissionHeader}TO ${run('RUEHC/SECSTATE WASHDC 9681\n', size)}\nSUBJECT: X\n\n1. (C) y\n`),
  'many REF items': manyLines((size) => `SUBJECT: X\nREF: ${run('A. STATE 123 B. TASHKENT 45\n', size)}\n1. (C) y\n`),
  'the sample cable repeated': manyLines((size) => run(`${sampleCable()}\n`, size)),
};
