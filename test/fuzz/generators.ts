// Fuzz inputs: random bytes and strings, runs of the format's own tokens, and corpus cables
// (whole or excerpts) with lines swapped, truncated, deleted, duplicated, control characters
// and NUL, CRLF and lone CR, a BOM, and the odd very long line.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusDir } from '../support/fixtures';
import { type Random } from './prng';

export interface FuzzCase {
  /** Which generator made the text, for failure reports. */
  kind: string;
  text: string;
}

/** Pieces of the format that steer the parser into its branches. */
export const formatTokens = [
  'VZCZCXYZ0000', 'RR RUEHWEB', 'PP RUEHC', 'DE RUEHNT #0578/01 1420839', 'DE ', 'ZNY CCCCC ZZH', 'ZNR UUUUU', 'ZNY SSSSS',
  'R 210839Z MAY 08', 'O 041614Z FEB 10', '291359Z Nov 00', 'FM AMEMBASSY TASHKENT', 'FM ', 'TO RUEHC/SECSTATE WASHDC 9681',
  'INFO RUEHZG/NATO EU COLLECTIVE', 'RUEHAH/AMEMBASSY ASHGABAT 3971', 'XMT ', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'NIACT',
  'C O N F I D E N T I A L TASHKENT 000578', 'SECRET SECTION 01 OF 03 STATE 015113', 'UNCLAS SECTION 2 OF 2 PARIS 123',
  'LIMITED OFFICIAL USE', 'SIPDIS', 'NOFORN', 'E.O. 12958: DECL: 05/21/2018', 'E.O. 12356: OADR', 'EO 12958', 'DECL:',
  'TAGS: PGOV PREL UZ', 'TAGS', '[PGOV](#)', 'SUBJECT: ', 'SUBJ:', 'REF: A. TASHKENT 123 B. STATE 4567', 'REF:', 'REFTEL',
  'Classified By: Political Officer for reasons 1.4 (B,D)', 'CLASSIFIED BY', '¶1. (C) Summary:', '¶2.', '1. (U)', '13.',
  '[¶](#par3)3.', '(S/NF)', '(SBU)', '(C)', 'C)', 'END SUMMARY', 'End summary.', 'BEGIN SUMMARY', 'COMMENT:', 'END COMMENT',
  'Comment', '-----', '=====', '--- Heading ---', 'TASHKENT 00000578 002.2 OF 003', 'PAGE 02 HARARE 06677 01 OF 03 291400Z',
  'NORLAND', 'NNNN', 'BT', '#0578', 'Cable dated: 2008-05-21T08:39:00', 'This record is a partial extract of the original cable',
  'ACTION', 'Inbox', 'From', 'null', '>', '"', ':', '.', ',', '(', ')', '/', '-', '¶', '#', '*',
];

const controlCharacters = [
  '\0', '\x01', '\x07', '\b', '\t', '\v', '\f', '\x1b', '\x1b[31m', '\x7f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\ufeff', '\ud800', '\udfff', '\u202e', '\u200b', '\ufffd',
];

const lineEnds = ['\n', '\r\n', '\r'];

let corpusCache: string[][] | undefined;

/** The corpus cables, each as its lines (read once). */
export function corpusLines(): string[][] {
  corpusCache ??= readdirSync(path.join(corpusDir, 'cables'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(corpusDir, 'cables', name), 'utf8').split(/\r\n|\r|\n/));
  return corpusCache;
}

/**
 * Single lines for checking a line-level shortcut against the pattern it stands for: corpus
 * lines with white space put in front, cut, glued to another, or with a character replaced.
 */
export function mutatedLines(random: Random, count: number): string[] {
  const lines = corpusLines().flat();
  const spaces = [' ', '\t', '\v', '\u00a0', '\u2003', '\ufeff', '\u2028', ''];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = random.pick(lines);
    if (random.chance(0.5)) line = random.pick(spaces) + random.pick(spaces) + line;
    if (random.chance(0.3)) line = line.slice(Math.floor(random.next() * line.length));
    if (random.chance(0.3)) line = `${line}${random.pick(spaces)} ${random.pick(lines)}`;
    if (random.chance(0.3)) {
      const at = Math.floor(random.next() * line.length);
      line = line.slice(0, at) + String.fromCharCode(random.int(0, 0x2fff)) + line.slice(at + 1);
    }
    out.push(line);
  }
  return out;
}

/**
 * Lines glued from `pieces` (one to `maxPieces` of them) after one of `leads`, for checking a
 * hand-written reading against its pattern on the characters it looks at. With `flipCase`, each
 * letter changes case with that chance.
 */
export function pieceLines(random: Random, count: number, pieces: readonly string[], options: { leads: readonly string[]; maxPieces: number; flipCase?: number }): string[] {
  const { leads, maxPieces, flipCase } = options;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = random.pick(leads);
    for (let k = random.int(1, maxPieces); k > 0; k--) {
      const piece = random.pick(pieces);
      line += flipCase ? piece.replace(/[a-z]/gi, (c) => (random.chance(flipCase) ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)) : piece;
    }
    out.push(line);
  }
  return out;
}

function randomBytes(random: Random): string {
  const bytes = Buffer.alloc(random.skewed(800) + 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.chance(0.7) ? random.int(32, 126) : random.int(0, 255);
  return bytes.toString(random.chance(0.5) ? 'utf8' : 'latin1');
}

/** Any UTF-16 code units, lone surrogates included. */
function randomCodeUnits(random: Random): string {
  let text = '';
  const length = random.skewed(600) + 1;
  for (let i = 0; i < length; i++) {
    text += random.chance(0.8) ? String.fromCharCode(random.int(32, 126)) : random.chance(0.5) ? random.pick(controlCharacters) : String.fromCharCode(random.int(0, 0xffff));
  }
  return text;
}

function randomTokens(random: Random): string {
  const parts: string[] = [];
  const count = random.skewed(80) + 1;
  for (let i = 0; i < count; i++) {
    parts.push(random.chance(0.85) ? random.pick(formatTokens) : random.pick(controlCharacters));
    parts.push(random.chance(0.4) ? random.pick(lineEnds) : random.pick([' ', '  ', '\t', '', ' ']));
  }
  return parts.join('');
}

/** A text that is one token repeated to about `length` characters. */
export function repeatedToken(random: Random, length: number): string {
  const token = random.chance(0.7) ? random.pick(formatTokens) : random.pick([' ', '\t', 'A-', '1', '¶', '.', '- ', 'From ']);
  return token.repeat(Math.ceil(length / token.length)).slice(0, length);
}

type Mutation = (lines: string[], random: Random) => void;

const lineIndex = (lines: string[], random: Random) => random.int(0, Math.max(0, lines.length - 1));

const mutations: Mutation[] = [
  function swapLines(lines, random) {
    if (lines.length < 2) return;
    const a = lineIndex(lines, random);
    const b = lineIndex(lines, random);
    [lines[a], lines[b]] = [lines[b], lines[a]];
  },
  function deleteLines(lines, random) {
    lines.splice(lineIndex(lines, random), random.int(1, 5));
  },
  function duplicateLines(lines, random) {
    const at = lineIndex(lines, random);
    lines.splice(at, 0, ...lines.slice(at, at + random.int(1, 8)));
  },
  function truncateLine(lines, random) {
    const at = lineIndex(lines, random);
    lines[at] = (lines[at] ?? '').slice(0, random.int(0, (lines[at] ?? '').length));
  },
  function truncateDocument(lines, random) {
    lines.length = random.int(0, lines.length);
    if (lines.length) lines[lines.length - 1] = lines[lines.length - 1].slice(0, random.int(0, lines[lines.length - 1].length));
  },
  function insertControlCharacters(lines, random) {
    const at = lineIndex(lines, random);
    const line = lines[at] ?? '';
    const position = random.int(0, line.length);
    lines[at] = line.slice(0, position) + random.pick(controlCharacters).repeat(random.int(1, 3)) + line.slice(position);
  },
  function insertToken(lines, random) {
    const at = lineIndex(lines, random);
    const line = lines[at] ?? '';
    const position = random.chance(0.5) ? 0 : random.int(0, line.length);
    lines[at] = line.slice(0, position) + random.pick(formatTokens) + (random.chance(0.5) ? ' ' : '') + line.slice(position);
  },
  function insertTokenLine(lines, random) {
    lines.splice(lineIndex(lines, random), 0, random.pick(formatTokens));
  },
  function insertLineFromAnotherCable(lines, random) {
    const other = random.pick(corpusLines());
    lines.splice(lineIndex(lines, random), 0, other[lineIndex(other, random)]);
  },
  function replaceCharacter(lines, random) {
    const at = lineIndex(lines, random);
    const line = lines[at] ?? '';
    if (!line) return;
    const position = random.int(0, line.length - 1);
    lines[at] = line.slice(0, position) + String.fromCharCode(random.int(0, 0x2fff)) + line.slice(position + 1);
  },
  function changeCase(lines, random) {
    const at = lineIndex(lines, random);
    lines[at] = random.chance(0.5) ? (lines[at] ?? '').toLowerCase() : (lines[at] ?? '').toUpperCase();
  },
  function insertLongishLine(lines, random) {
    lines.splice(lineIndex(lines, random), 0, repeatedToken(random, random.int(200, 20_000)));
  },
  function blankOut(lines, random) {
    lines[lineIndex(lines, random)] = random.pick(['', ' ', '\t', '   ']);
  },
];

/** Joins lines with one line end, or a random one per line. */
function joinLines(lines: string[], random: Random): string {
  if (random.chance(0.7)) return lines.join(random.pick(lineEnds));
  return lines.map((line, i) => (i === 0 ? line : random.pick(lineEnds) + line)).join('');
}

function mutate(lines: string[], random: Random, count: number): string {
  for (let i = 0; i < count; i++) random.pick(mutations)(lines, random);
  const text = joinLines(lines, random);
  return random.chance(0.05) ? `\ufeff${text}` : text;
}

function cableExcerpt(random: Random): string[] {
  const cable = random.pick(corpusLines());
  const start = random.chance(0.3) ? 0 : random.int(0, cable.length - 1);
  return cable.slice(start, start + random.int(3, 60));
}

/**
 * One fuzz case. Most are small, so 100,000 of them run in seconds; `withLongLine` puts a
 * line of about 1 MB into a cable excerpt.
 */
export function fuzzCase(random: Random, withLongLine = false): FuzzCase {
  if (withLongLine) {
    const lines = cableExcerpt(random);
    lines.splice(random.int(0, lines.length), 0, repeatedToken(random, 1 << 20));
    return { kind: 'long line', text: joinLines(lines, random) };
  }
  const draw = random.next();
  if (draw < 0.15) return { kind: 'bytes', text: randomBytes(random) };
  if (draw < 0.3) return { kind: 'code units', text: randomCodeUnits(random) };
  if (draw < 0.55) return { kind: 'tokens', text: randomTokens(random) };
  if (draw < 0.985) return { kind: 'mutated excerpt', text: mutate(cableExcerpt(random), random, random.int(0, 4)) };
  return { kind: 'mutated cable', text: mutate([...random.pick(corpusLines())], random, random.int(1, 6)) };
}
