// The outline: one symbol per cable (named by ID and subject) holding the header with its
// fields, the banner, SUBJECT, Summary/Comment, and the paragraphs under their headings.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Cable, CableFile, Paragraph, Range, Token } from '../parser/model';

const maxNameLength = 80;

export function documentSymbols(file: CableFile): DocumentSymbol[] {
  return file.cables.map(cableSymbol);
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange = range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // VS Code drops the whole outline when a selectionRange lies outside its symbol's range (a
  // header-less cable after blank lines has an empty header range on the first, blank line).
  const selection = contains(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
  return { name: name.trim() || '(empty)', kind, range, selectionRange: selection, detail, children };
}

function notAfter(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
}

function shorten(text: string): string {
  const flat = text.slice(0, maxNameLength * 2).replace(/\s+/g, ' ').trim();
  return flat.length > maxNameLength ? `${flat.slice(0, maxNameLength - 1)}…` : flat;
}

function cableSymbol(cable: Cable): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  const header = headerSymbol(cable);
  if (header) children.push(header);
  if (cable.banner) children.push(symbol(`${cable.banner.level}${cable.banner.sectionTotal ? ` (${cable.banner.sectionTotal} sections)` : ''}`, SymbolKind.Constant, cable.banner.range, cable.banner.levelToken.range, 'banner'));
  if (cable.subject) children.push(symbol(`SUBJECT: ${shorten(cable.subject.text)}`, SymbolKind.String, cable.subject.range, cable.subject.keyword.range));
  if (cable.references) children.push(symbol('REF', SymbolKind.Array, cable.references.range, cable.references.keyword.range, `${cable.references.items.length} item(s)`, cable.references.items.map((item) => symbol(shorten(`${item.letter ? `${item.letter.text}. ` : ''}${item.text}`), SymbolKind.Field, item.range, item.letter?.range ?? item.range, item.cableId))));
  // A block opened by a heading (`Comment:` on its own line) is already in the outline.
  const headingLines = new Set(cable.headings.map((h) => h.range.start.line));
  for (const block of cable.blocks) {
    if (headingLines.has(block.start.range.start.line)) continue;
    children.push(symbol(block.kind === 'summary' ? 'Summary' : 'Comment', SymbolKind.Namespace, block.range, block.start.range));
  }
  children.push(...paragraphsUnderHeadings(cable));
  children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const name = [cable.id ?? 'Cable', cable.subject ? shorten(cable.subject.text) : undefined].filter(Boolean).join(' — ');
  return symbol(name, SymbolKind.File, cable.range, cable.banner?.range ?? cable.header.range, cable.level, children);
}

function headerSymbol(cable: Cable): DocumentSymbol | undefined {
  const h = cable.header;
  if (h.shape === 'none') return undefined;
  const fields: DocumentSymbol[] = [];
  const field = (name: string, t: Token | undefined, detail?: string, range = t?.range) => {
    if (t && range) fields.push(symbol(name, SymbolKind.Field, range, t.range, detail ?? t.text));
  };
  field('Precedence', h.precedenceDigraph?.digraph, undefined, h.precedenceDigraph?.range);
  if (h.de) fields.push(symbol('DE', SymbolKind.Field, h.de.range, h.de.keyword.range, [h.de.station?.text, h.de.serial && `#${h.de.serial.text}`, h.de.julian?.text].filter(Boolean).join(' ')));
  if (h.security) fields.push(symbol('Security', SymbolKind.Field, h.security.range, h.security.prosign.range, `${h.security.prosign.text} ${h.security.group?.text ?? ''}`));
  if (h.dtg) fields.push(symbol('DTG', SymbolKind.Field, h.dtg.range, h.dtg.groupRange, `${h.dtg.precedences.map((p) => p.text).join(' ')} ${h.dtg.dayToken.text}${h.dtg.timeToken.text}Z ${h.dtg.monthToken.text} ${h.dtg.yearToken.text}`.trim()));
  field('FM', h.from);
  for (const [name, list] of [['TO', h.to], ['INFO', h.info], ['XMT', h.xmt]] as const) {
    if (!list.length) continue;
    const range = { start: list[0].range.start, end: list[list.length - 1].range.end };
    fields.push(symbol(name, SymbolKind.Field, range, list[0].keyword?.range ?? list[0].range, `${list.length} addressee(s)`, list.map((a) => symbol(a.name.text, SymbolKind.Field, a.range, a.name.range, [a.routingIndicator?.text, a.precedence?.text].filter(Boolean).join(' ') || undefined))));
  }
  return symbol('Header', SymbolKind.Module, h.range, h.transmissionId?.range ?? h.range, h.shape, fields);
}

function paragraphSymbol(paragraph: Paragraph): DocumentSymbol {
  const mark = paragraph.portionMark ? `${paragraph.portionMark.text} ` : '';
  return symbol(shorten(`¶${paragraph.number} ${mark}${paragraph.firstLineText}`), SymbolKind.String, paragraph.range, paragraph.numberToken.range, paragraph.portionMark?.text);
}

/** Paragraphs nest under the heading above them; a heading's range runs to its last paragraph. */
function paragraphsUnderHeadings(cable: Cable): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const headingSymbols = cable.headings.map((h) => symbol(shorten(h.text), SymbolKind.Namespace, h.fullRange, h.range, undefined, []));
  let nextHeading = 0;
  const placeHeadingsUpTo = (line: number) => {
    while (nextHeading < cable.headings.length && cable.headings[nextHeading].range.start.line <= line) top.push(headingSymbols[nextHeading++]);
  };
  for (const paragraph of cable.paragraphs) {
    placeHeadingsUpTo(paragraph.range.start.line);
    const s = paragraphSymbol(paragraph);
    if (paragraph.heading === undefined) {
      top.push(s);
      continue;
    }
    const parent = headingSymbols[paragraph.heading];
    parent.children!.push(s);
    parent.range = { start: parent.range.start, end: s.range.end };
  }
  placeHeadingsUpTo(Number.MAX_SAFE_INTEGER);
  return top;
}
