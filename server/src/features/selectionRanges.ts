// Smart select: token → line → paragraph (or header list, caption element) → section (or the
// header) → cable. Each step strictly contains the one before; steps that would not are left out.
import type { SelectionRange } from 'vscode-languageserver-types';
import type { Cable, CableFile, Position, Range, Token } from '../parser/model';
import { compareRangeSize, containsPosition, containsRange, lineSpan, sameRange } from './ranges';
import { cableAtLine, documentLines, headerRange, sectionRanges } from './structure';

export function selectionRanges(file: CableFile, text: string, positions: readonly Position[]): SelectionRange[] {
  const lines = documentLines(text);
  return positions.map((position) => chain(rangesAround(file, lines, position), position));
}

/** The candidate ranges at a position, from the word up to the cable. */
function rangesAround(file: CableFile, lines: readonly string[], position: Position): Range[] {
  const lineText = lines[position.line] ?? '';
  const ranges: Range[] = [];
  const word = wordAt(lineText, position);
  if (word) ranges.push(word);
  const cable = cableAtLine(file.cables, position.line);
  if (cable) ranges.push(...tokensAt(cable, position));
  const first = lineText.search(/\S/);
  if (first >= 0) ranges.push(lineSpan(position.line, first, position.line, lineText.trimEnd().length));
  if (cable) ranges.push(...elementsAt(cable, position), cable.range);
  return ranges.filter((r) => containsPosition(r, position));
}

/** The run of non-blank characters at the position (a slash separates, as in `RUEHC/SECSTATE`), without trailing punctuation. */
function wordAt(lineText: string, { line, character }: Position): Range | undefined {
  const isWordChar = (c: string | undefined) => c !== undefined && /[^\s/]/.test(c);
  let start = character;
  while (start > 0 && isWordChar(lineText[start - 1])) start--;
  let end = character;
  while (isWordChar(lineText[end])) end++;
  const word = lineText.slice(start, end);
  // `Tashkent.` and `(ref A).` select the word; a closing parenthesis stays when it has its opening one.
  const trailing = word.includes('(') ? /[.,;:]+$/ : /[.,;:)]+$/;
  const trimmed = word.replace(trailing, '');
  if (trimmed.length > 0 && start + trimmed.length >= character) end = start + trimmed.length;
  return end > start ? lineSpan(line, start, line, end) : undefined;
}

/** Model tokens under the position: the pieces of the header lines, marks, TAGS, numbers. */
function tokensAt(cable: Cable, position: Position): Range[] {
  const h = cable.header;
  const tokens: (Token | undefined)[] = [
    h.precedenceDigraph?.digraph,
    ...(h.precedenceDigraph?.routingIndicators ?? []),
    h.de?.station,
    h.de?.serial,
    h.de?.julian,
    h.security?.group,
    ...(h.dtg?.precedences ?? []),
    ...[...h.to, ...h.info, ...h.xmt].flatMap((a) => [a.routingIndicator, a.name, a.precedence, a.mcn]),
    ...(cable.tags?.tags ?? []),
    ...cable.paragraphs.map((p) => p.numberToken),
    ...(cable.classifiedBy?.letters ?? []),
  ];
  const ranges = tokens.filter((t): t is Token => t !== undefined).map((t) => t.range);
  if (h.dtg) ranges.push(h.dtg.groupRange, h.dtg.range);
  for (const p of cable.paragraphs) if (p.portionMark) ranges.push(p.portionMark.range);
  for (const item of cable.references?.items ?? []) {
    if (item.cableIdRange) ranges.push(item.cableIdRange);
    ranges.push(item.range);
  }
  return ranges.filter((r) => containsPosition(r, position));
}

/** The larger parts around the position: addressee, lists, header, caption elements, paragraph, section. */
function elementsAt(cable: Cable, position: Position): Range[] {
  const h = cable.header;
  const ranges: Range[] = [];
  for (const list of [h.to, h.info, h.xmt]) {
    if (!list.length) continue;
    ranges.push(...list.map((a) => a.range), { start: list[0].range.start, end: list[list.length - 1].range.end });
  }
  if (h.shape !== 'none') ranges.push(headerRange(cable));
  for (const part of [cable.banner, cable.eo, cable.tags, cable.subject, cable.references, cable.classifiedBy]) if (part) ranges.push(part.range);
  for (const block of cable.blocks) ranges.push(block.range);
  for (const p of cable.paragraphs) ranges.push(p.range);
  ranges.push(...sectionRanges(cable));
  return ranges.filter((r) => containsPosition(r, position));
}

/** Nests the ranges from small to large, each one containing the last and bigger than it. */
function chain(ranges: Range[], position: Position): SelectionRange {
  const steps: Range[] = [];
  for (const range of [...ranges].sort(compareRangeSize)) {
    const last = steps[steps.length - 1];
    if (!last || (containsRange(range, last) && !sameRange(range, last))) steps.push(range);
  }
  if (steps.length === 0) return { range: { start: position, end: position } };
  // LSP links each range to its parent, the next larger one.
  return steps.reduceRight<SelectionRange | undefined>((parent, range) => ({ range, parent }), undefined)!;
}
