// Random editor edits (insertions, deletions, replacements, multi-line text) and an independent
// way of applying them, for the incremental-sync tests. Like VS Code, which normalises the line
// ends of every edit to the document's, a document keeps one line end (LF, CRLF or CR): an edit
// that joins a lone CR and an LF into one CRLF makes vscode-languageserver-textdocument 1.0.12
// count one line too many, and VS Code never sends one.
import { formatTokens } from './generators';
import { type Random } from './prng';

export interface Position {
  line: number;
  character: number;
}

/** An LSP content change: with a range it is incremental, without one it replaces the text. */
export type ContentChange = { range: { start: Position; end: Position }; text: string } | { text: string };

const lineBreak = /\r\n|\r|\n/g;

/** Offsets where lines start; lines end at LF, CRLF or a lone CR. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  lineBreak.lastIndex = 0;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The length of line `line` without its line end. */
function lineLength(text: string, starts: number[], line: number): number {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  let length = end - starts[line];
  if (line + 1 < starts.length) length -= text.startsWith('\r\n', end - 2) ? 2 : 1;
  return length;
}

function offsetAt(starts: number[], position: Position): number {
  return starts[position.line] + position.character;
}

export function applyChange(text: string, change: ContentChange): string {
  if (!('range' in change)) return change.text;
  const starts = lineStarts(text);
  return text.slice(0, offsetAt(starts, change.range.start)) + change.text + text.slice(offsetAt(starts, change.range.end));
}

/** A valid position on `line` (a random line by default), from character `from` on. */
function randomPosition(text: string, starts: number[], random: Random, line = random.int(0, starts.length - 1), from = 0): Position {
  return { line, character: random.int(from, lineLength(text, starts, line)) };
}

export type LineEnd = '\n' | '\r\n' | '\r';

export interface EditOptions {
  /** The document's line end; inserted text uses it. */
  eol: LineEnd;
  /** Longer texts get more deletions, shorter ones more insertions. */
  targetLength: number;
  /** How often a change replaces the whole text (allowed by LSP even with incremental sync). */
  wholeTextRate: number;
}

/** What a user types or pastes: a character, a word, a line end, or several lines. */
function insertedText(random: Random, eol: LineEnd): string {
  const draw = random.next();
  if (draw < 0.3) return random.pick(['x', ' ', 'A', '1', '.', '¶', '(', ')', ':', '-', 'é', '\t']);
  if (draw < 0.45) return eol;
  const parts: string[] = [];
  const count = random.int(1, 12);
  for (let i = 0; i < count; i++) parts.push(random.pick(formatTokens), random.chance(0.3) ? eol : ' ');
  return parts.join('');
}

/** One random change to `text`. */
export function randomChange(text: string, random: Random, { eol, targetLength, wholeTextRate }: EditOptions): ContentChange {
  // A whole-text replacement: the same text again, or its first part (keeping the size bounded).
  if (random.chance(wholeTextRate)) return { text: random.chance(0.5) ? text : text.slice(0, random.int(text.length >> 1, text.length)) };
  const starts = lineStarts(text);
  const start = randomPosition(text, starts, random);
  const deleteRate = text.length > targetLength ? 0.6 : 0.25;
  const draw = random.next();
  let end = start;
  if (draw < deleteRate * 2) {
    // Deletion or replacement: mostly within the line, sometimes across a few lines.
    const endLine = Math.min(starts.length - 1, start.line + (random.chance(0.7) ? 0 : random.int(1, 6)));
    end = randomPosition(text, starts, random, endLine, endLine === start.line ? start.character : 0);
  }
  const isDeletion = draw < deleteRate;
  return { range: { start, end }, text: isDeletion ? '' : insertedText(random, eol) };
}
