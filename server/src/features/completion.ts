// Completion: TAGS on the TAGS line, precedence words at the end of address lines, portion
// marks after a paragraph number. Documentation is plain text (nothing is rendered).
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Cable, CableFile, Position, Range } from '../parser/model';
import { knownTags, levelRank, tables } from '../parser/tables';
import { levelLetter, precedenceFacts, precedenceWords } from './decode';
import { cableAtLine, documentLines } from './structure';
import { lineSpan } from './ranges';

/** Characters that open a completion on their own (a portion mark starts with `(`). */
export const completionTriggerCharacters = ['('];

const tagInfo = tables.tagInfo as Record<string, { kind: string; source: string }>;
const portionMarkings = (tables.portionMarkings as { marking: string; level: string; rank: number; note?: string; controls?: string[] }[]).filter((m) => !m.marking.includes('<'));

export function completion(file: CableFile, text: string, position: Position): CompletionItem[] {
  const cable = cableAtLine(file.cables, position.line) ?? cableAtLine(file.cables, position.line - 1);
  if (!cable) return [];
  const lineText = documentLines(text)[position.line] ?? '';
  return portionMarkItems(cable, lineText, position) ?? tagItems(cable, lineText, position) ?? precedenceItems(cable, lineText, position) ?? [];
}

/** The word being typed: letters (and `/` for marks) before and after the cursor. */
function wordRange(lineText: string, position: Position, wordChar = /[A-Za-z]/): Range {
  let start = position.character;
  while (start > 0 && wordChar.test(lineText[start - 1])) start--;
  let end = position.character;
  while (end < lineText.length && wordChar.test(lineText[end])) end++;
  return lineSpan(position.line, start, position.line, end);
}

function tagItems(cable: Cable, lineText: string, position: Position): CompletionItem[] | undefined {
  const tags = cable.tags;
  const onTagsLine = tags && position.line >= tags.range.start.line && position.line <= tags.range.end.line;
  const afterPrefix = !tags || position.line !== tags.prefix.range.start.line || position.character > tags.prefix.range.end.character;
  if (!onTagsLine || !afterPrefix) return undefined;
  const range = wordRange(lineText, position);
  const present = new Set(tags.tags.filter((t) => t.range.start.line !== position.line || t.range.start.character !== range.start.character).map((t) => t.text.toUpperCase()));
  return [...knownTags].filter(([code]) => !present.has(code)).map(([code, meaning]) => {
    const info = tagInfo[code];
    return {
      label: code,
      kind: CompletionItemKind.Constant,
      detail: meaning,
      documentation: info ? { kind: MarkupKind.PlainText, value: `${meaning}\n${info.kind} TAG; source: ${info.source}` } : undefined,
      filterText: `${code} ${meaning}`,
      textEdit: { range, newText: code },
    };
  });
}

function precedenceItems(cable: Cable, lineText: string, position: Position): CompletionItem[] | undefined {
  const h = cable.header;
  const address = [...h.to, ...h.info, ...h.xmt].find((a) => a.range.start.line === position.line);
  if (!address) return undefined;
  const range = wordRange(lineText, position);
  // Precedence words follow the addressee's name, never stand in for it.
  if (range.start.character <= address.name.range.start.character) return undefined;
  return precedenceWords.map((word, i) => {
    const facts = precedenceFacts(word);
    return {
      label: word,
      kind: CompletionItemKind.EnumMember,
      detail: `rank ${facts.rank}, prosign ${facts.prosign}`,
      documentation: facts.note ? { kind: MarkupKind.PlainText, value: facts.note } : undefined,
      sortText: String(i),
      textEdit: { range, newText: word },
    };
  });
}

function portionMarkItems(cable: Cable, lineText: string, position: Position): CompletionItem[] | undefined {
  const paragraph = cable.paragraphs.find((p) => p.numberToken.range.start.line === position.line);
  if (!paragraph) return undefined;
  const afterNumber = paragraph.numberToken.range.end.character;
  const typed = lineText.slice(afterNumber, position.character);
  // Only right after the number: blanks, then at most the start of a mark such as `(S/`.
  const partial = /^([ \t]*)(\([A-Za-z/ ]*)?$/.exec(typed);
  if (position.character < afterNumber || !partial) return undefined;
  const start = afterNumber + partial[1].length;
  const range = lineSpan(position.line, start, position.line, position.character);
  const needsSpace = !/^[ \t]/.test(lineText.slice(position.character));
  // `¶1.|` gets `¶1. (C)`: a blank between number and mark.
  const separator = partial[1] ? '' : ' ';
  const bannerRank = cable.level ? levelRank[cable.level] : undefined;
  const bannerMark = cable.level ? `(${levelLetter(cable.level)})` : undefined;
  return portionMarkings
    .filter((m) => bannerRank === undefined || m.rank <= bannerRank)
    .map((m, i) => ({
      label: m.marking,
      kind: CompletionItemKind.Value,
      detail: m.controls?.length ? `${m.level}, ${m.controls.join(', ')}` : m.level,
      documentation: m.note ? { kind: MarkupKind.PlainText, value: m.note } : undefined,
      preselect: m.marking === bannerMark,
      sortText: `${m.marking === bannerMark ? 0 : 1}${String(i).padStart(2, '0')}`,
      textEdit: { range, newText: `${separator}${m.marking}${needsSpace ? ' ' : ''}` },
    }));
}
