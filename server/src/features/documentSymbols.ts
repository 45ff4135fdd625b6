// The outline: one symbol per cable (named by ID and subject) holding the header with its
// fields, the banner, SUBJECT, Summary/Comment, and the paragraphs under their headings.
// The outline is rebuilt on every edit: the model is read once, names are sliced rather than
// rebuilt where possible (see `shorten`), and children are sorted only when out of order.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Address, Cable, CableFile, Dtg, Paragraph, Range, Reference } from '../parser/model';
import { isSpaceCode } from '../parser/text';
import { compareStarts, containsRange } from './ranges';

const maxNameLength = 80;
/** A name is made from this much of its text: enough to fill it after collapsing spaces. */
const nameSource = maxNameLength * 2;

export function documentSymbols(file: CableFile): DocumentSymbol[] {
  return file.cables.map(cableSymbol);
}

/** `name` must already be trimmed and non-empty (see `trimmedName`). */
function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // VS Code drops the whole outline when a selectionRange lies outside its symbol's range (a
  // header-less cable after blank lines has an empty header range on the first, blank line).
  const selection = selectionRange === range || containsRange(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
  return { name, kind, range, selectionRange: selection, detail, children };
}

/** `text.trim()`, or `(empty)` for blank text; returns `text` itself when there is nothing to trim. */
function trimmedName(text: string): string {
  return isTrimmed(text) ? text : text.trim() || '(empty)';
}

/** Whether `text` is not empty and neither starts nor ends with white space. */
function isTrimmed(text: string): boolean {
  return text.length > 0 && !isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1));
}

/**
 * The outline name of `prefix + text`: its first `nameSource` characters with whitespace runs
 * collapsed to one space and trimmed, cut to `maxNameLength` with an ellipsis. Most names need
 * no collapsing; for them the result is sliced from `text` without joining it to `prefix`
 * first, which would copy the whole text to read a few dozen characters of it. (Exported for
 * its tests.)
 */
export function shorten(text: string, prefix = ''): string {
  // Collapsing leaves a prefix of words each followed by one space as it is (`¶3 (C) `).
  if (prefix.length >= maxNameLength || !isWordsFollowedBySpaces(prefix)) return collapsedName(text, prefix);
  return shortenAfterWords(text, prefix);
}

/** `shorten(text, prefix)` for a `prefix` of words each followed by one space, shorter than a name. */
function shortenAfterWords(text: string, prefix: string): string {
  const room = maxNameLength - prefix.length;
  if (startsSingleSpaced(text, room)) return text.length > room ? prefix + text.slice(0, room - 1) + '…' : prefix + text;
  return collapsedName(text, prefix);
}

/**
 * Whitespace runs that collapsing changes: all but a single space. (Replacing only these
 * gives the same text as replacing every run, with far fewer matches.)
 */
const collapsibleRuns = /[^\S ]\s*| \s+/g;

/** `shorten(prefix + text)` the long way: collapse, trim and cut a copy. */
function collapsedName(text: string, prefix: string): string {
  // Joined after cutting `text`, so that a long text is not copied whole.
  const flat = (prefix + text.slice(0, nameSource)).slice(0, nameSource).replace(collapsibleRuns, ' ').trim();
  return flat.length > maxNameLength ? `${flat.slice(0, maxNameLength - 1)}…` : flat;
}

/** Whether `text` is empty or words each followed by a single space (`¶3 (C) `). */
function isWordsFollowedBySpaces(text: string): boolean {
  return !text.length || (text.charCodeAt(text.length - 1) === 0x20 && hasOnlySpacesAfterWords(text));
}

/** Whether the only white space in `text` is single spaces, each after a word. */
function hasOnlySpacesAfterWords(text: string): boolean {
  let afterSpace = true; // a space at the very start would be trimmed away
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    if (space && (afterSpace || code !== 0x20)) return false;
    afterSpace = space;
  }
  return true;
}

/** Whitespace that collapsing changes, unless it is at the start or end of the text. */
const collapsible = /[^\S ]| {2}/;

/**
 * Whether collapsing whitespace leaves the start of `text` as it is, up to and past `room`
 * characters (so the name is cut), or all of a shorter `text`.
 */
function startsSingleSpaced(text: string, room: number): boolean {
  if (!text.length || isSpaceCode(text.charCodeAt(0))) return false;
  // For a longer text the first `room + 2` characters decide: when none of their whitespace
  // collapses, the collapsed text starts with the first `room + 1` of them, more than fits.
  if (text.length > room + 1) return !collapsible.test(text.slice(0, room + 2));
  return !isSpaceCode(text.charCodeAt(text.length - 1)) && !collapsible.test(text);
}

/** The present parts joined by spaces (`undefined` and empty parts left out). */
function spaceJoined(a?: string, b?: string, c?: string): string {
  let joined = a || '';
  if (b) joined = joined ? `${joined} ${b}` : b;
  if (c) joined = joined ? `${joined} ${c}` : c;
  return joined;
}

function cableSymbol(cable: Cable): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  const header = headerSymbol(cable);
  if (header) children.push(header);
  const { banner, subject, references } = cable;
  if (banner) children.push(symbol(banner.sectionTotal ? `${banner.level} (${banner.sectionTotal} sections)` : banner.level, SymbolKind.Constant, banner.range, banner.levelToken.range, 'banner'));
  const subjectName = subject ? shorten(subject.text) : '';
  if (subject) children.push(symbol(subjectName ? `SUBJECT: ${subjectName}` : 'SUBJECT:', SymbolKind.String, subject.range, subject.keyword.range));
  if (references) children.push(symbol('REF', SymbolKind.Array, references.range, references.keyword.range, `${references.items.length} item(s)`, references.items.map(referenceSymbol)));
  // Each heading's fields are read once; blocks and paragraphs then look up its start line.
  const headingSymbols: DocumentSymbol[] = [];
  const headingLines: number[] = [];
  for (const { text, range, fullRange } of cable.headings) {
    headingSymbols.push(symbol(shorten(text) || '(empty)', SymbolKind.Namespace, fullRange, range, undefined, []));
    headingLines.push(range.start.line);
  }
  for (const block of cable.blocks) {
    // A block opened by a heading (`Comment:` on its own line) is already in the outline.
    if (headingLines.includes(block.start.range.start.line)) continue;
    children.push(symbol(block.kind === 'summary' ? 'Summary' : 'Comment', SymbolKind.Namespace, block.range, block.start.range));
  }
  const body: DocumentSymbol[] = [];
  addParagraphsUnderHeadings(cable.paragraphs, headingSymbols, headingLines, body);
  const ordered = mergedInDocumentOrder(children, body);
  return symbol(cableName(cable.id ?? 'Cable', subjectName), SymbolKind.File, cable.range, banner?.range ?? cable.header.range, cable.level, ordered);
}

/** `ID — subject`, trimmed; `subjectName` is trimmed already (see `shorten`). */
function cableName(id: string, subjectName: string): string {
  if (!id || !subjectName) return trimmedName(id || subjectName);
  // Only the ID can start with white space: testing it spares copying the joined name to test that.
  const name = `${id} — ${subjectName}`;
  return isSpaceCode(id.charCodeAt(0)) ? trimmedName(name) : name;
}

function inDocumentOrder(symbols: DocumentSymbol[]): boolean {
  for (let i = 1; i < symbols.length; i++) if (compareStarts(symbols[i - 1], symbols[i]) > 0) return false;
  return true;
}

/**
 * `first` then `second`, stably sorted by start. Each is mostly in order already, so they are
 * merged (ties keep `first`'s symbol first, as the stable sort does); only when one is not
 * in order are they sorted. A Summary/Comment block in `first` often starts inside paragraph
 * 1 in `second`: merging saves a sort for those cables. Reuses `first`.
 */
function mergedInDocumentOrder(first: DocumentSymbol[], second: DocumentSymbol[]): DocumentSymbol[] {
  if (!second.length) return inDocumentOrder(first) ? first : first.sort(compareStarts);
  if (!inDocumentOrder(first) || !inDocumentOrder(second)) {
    for (const later of second) first.push(later);
    return first.sort(compareStarts);
  }
  if (!first.length || compareStarts(first[first.length - 1], second[0]) <= 0) {
    for (const later of second) first.push(later);
    return first;
  }
  const merged: DocumentSymbol[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(compareStarts(second[j], first[i]) < 0 ? second[j++] : first[i++]);
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}

function referenceSymbol(item: Reference): DocumentSymbol {
  const name = shorten(item.text, item.letter ? `${item.letter.text}. ` : '');
  return symbol(name || '(empty)', SymbolKind.Field, item.range, item.letter?.range ?? item.range, item.cableId);
}

function headerSymbol(cable: Cable): DocumentSymbol | undefined {
  const h = cable.header;
  if (h.shape === 'none') return undefined;
  const fields: DocumentSymbol[] = [];
  const { precedenceDigraph, de, security, dtg, from } = h;
  if (precedenceDigraph) fields.push(symbol('Precedence', SymbolKind.Field, precedenceDigraph.range, precedenceDigraph.digraph.range, precedenceDigraph.digraph.text));
  if (de) fields.push(symbol('DE', SymbolKind.Field, de.range, de.keyword.range, spaceJoined(de.station?.text, de.serial && `#${de.serial.text}`, de.julian?.text)));
  if (security) fields.push(symbol('Security', SymbolKind.Field, security.range, security.prosign.range, `${security.prosign.text} ${security.group?.text ?? ''}`));
  if (dtg) fields.push(symbol('DTG', SymbolKind.Field, dtg.range, dtg.groupRange, dtgDetail(dtg)));
  if (from) fields.push(symbol('FM', SymbolKind.Field, from.range, from.range, from.text));
  addAddressList(fields, 'TO', h.to);
  addAddressList(fields, 'INFO', h.info);
  addAddressList(fields, 'XMT', h.xmt);
  return symbol('Header', SymbolKind.Module, h.range, h.transmissionId?.range ?? h.range, h.shape, fields);
}

/** `R 210839Z MAY 08`: the precedence letters and the group as written. */
function dtgDetail({ precedences, dayToken, timeToken, monthToken, yearToken }: Dtg): string {
  return `${precedences.map((p) => p.text).join(' ')} ${dayToken.text}${timeToken.text}Z ${monthToken.text} ${yearToken.text}`.trim();
}

function addAddressList(fields: DocumentSymbol[], name: string, list: Address[]): void {
  if (!list.length) return;
  const range = { start: list[0].range.start, end: list[list.length - 1].range.end };
  fields.push(symbol(name, SymbolKind.Field, range, list[0].keyword?.range ?? list[0].range, `${list.length} addressee(s)`, list.map(addressSymbol)));
}

function addressSymbol(address: Address): DocumentSymbol {
  const detail = spaceJoined(address.routingIndicator?.text, address.precedence?.text) || undefined;
  return symbol(trimmedName(address.name.text), SymbolKind.Field, address.range, address.name.range, detail);
}

function paragraphSymbol(paragraph: Paragraph): DocumentSymbol {
  const mark = paragraph.portionMark?.text;
  const prefix = mark === undefined ? `¶${paragraph.number} ` : `¶${paragraph.number} ${mark} `;
  return symbol(shorten(paragraph.firstLineText, prefix), SymbolKind.String, paragraph.range, paragraph.numberToken.range, mark);
}

/**
 * Adds the paragraphs to `top`, each under the heading above it, and the headings in their
 * place; a heading's range runs to its last paragraph.
 */
function addParagraphsUnderHeadings(paragraphs: Paragraph[], headingSymbols: DocumentSymbol[], headingLines: number[], top: DocumentSymbol[]): void {
  let nextHeading = 0;
  for (const paragraph of paragraphs) {
    const line = paragraph.range.start.line;
    while (nextHeading < headingLines.length && headingLines[nextHeading] <= line) top.push(headingSymbols[nextHeading++]);
    const s = paragraphSymbol(paragraph);
    if (paragraph.heading === undefined) top.push(s);
    else headingSymbols[paragraph.heading].children!.push(s);
  }
  while (nextHeading < headingSymbols.length) top.push(headingSymbols[nextHeading++]);
  for (const heading of headingSymbols) {
    const children = heading.children!;
    if (children.length) heading.range = { start: heading.range.start, end: children[children.length - 1].range.end };
  }
}
