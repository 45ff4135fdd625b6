// What must hold for any text: the parser, diagnostics and outline do not throw (and the parser
// does not swallow an internal error), and every range lies inside the document, as an editor
// checks them (VS Code rejects a symbol whose selectionRange is outside its range, or nameless).
import type { Diagnostic, DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import type { CableFile } from '../../server/src/parser/model';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { rules } from '../../server/src/features/rules';
import { defaultSettings, normaliseSettings } from '../../server/src/settings';

const uri = 'file:///fuzz/case.txt';
/** Every rule on, at most 5 problems: the settings path that caps and re-ranks. */
const cappedSettings = normaliseSettings({ diagnostics: { maxNumberOfProblems: 5, rules: { 'pilcrow-garbled': 'error' } } });

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** Line lengths as LSP sees the text: lines end at LF, CRLF or a lone CR. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function checkPosition(position: Position, lengths: number[], what: string): void {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character)) fail(`${what}: non-integer position ${JSON.stringify(position)}`);
  if (line < 0 || line >= lengths.length) fail(`${what}: line ${line} outside 0..${lengths.length - 1}`);
  if (character < 0 || character > lengths[line]) fail(`${what}: character ${character} outside 0..${lengths[line]} on line ${line}`);
}

export function checkRange(range: Range, lengths: number[], what: string): void {
  checkPosition(range.start, lengths, `${what} start`);
  checkPosition(range.end, lengths, `${what} end`);
  if (comparePositions(range.start, range.end) > 0) fail(`${what}: start after end ${JSON.stringify(range)}`);
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function checkSymbols(symbols: DocumentSymbol[], lengths: number[], path: string): void {
  symbols.forEach((symbol, index) => {
    const where = `${path}[${index}] ${JSON.stringify(symbol.name)}`;
    if (typeof symbol.name !== 'string' || symbol.name.trim() === '') fail(`${where}: empty name`);
    checkRange(symbol.range, lengths, `${where} range`);
    checkRange(symbol.selectionRange, lengths, `${where} selectionRange`);
    if (!contains(symbol.range, symbol.selectionRange)) fail(`${where}: selectionRange ${JSON.stringify(symbol.selectionRange)} not inside range ${JSON.stringify(symbol.range)}`);
    checkSymbols(symbol.children ?? [], lengths, `${where}.children`);
  });
}

function checkDiagnostics(diagnostics: Diagnostic[], lengths: number[], cap: number): void {
  if (diagnostics.length > cap) fail(`${diagnostics.length} diagnostics, more than the cap of ${cap}`);
  diagnostics.forEach((diagnostic, index) => {
    const where = `diagnostic ${index} (${String(diagnostic.code)})`;
    checkRange(diagnostic.range, lengths, where);
    if (typeof diagnostic.message !== 'string' || diagnostic.message === '') fail(`${where}: empty message`);
    if (typeof diagnostic.code !== 'string' || !(diagnostic.code in rules)) fail(`${where}: unknown code`);
    if (diagnostic.source !== 'cable') fail(`${where}: source ${String(diagnostic.source)}`);
    for (const related of diagnostic.relatedInformation ?? []) {
      if (related.location.uri !== uri) fail(`${where}: related information for another document`);
      checkRange(related.location.range, lengths, `${where} related`);
    }
  });
}

/** The parser reports its own internal errors on console.error and returns an empty model. */
function parseWatchingForSwallowedErrors(text: string): CableFile {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    return parseCableFile(text);
  } finally {
    console.error = original;
    if (logged.length) fail(`the parser failed internally: ${logged.join('\n')}`);
  }
}

/** Runs parse, diagnostics (two settings) and outline on `text`; throws on any violation. */
export function checkText(text: string): void {
  const lengths = lineLengths(text);
  const file = parseWatchingForSwallowedErrors(text);
  if (file.lineCount !== lengths.length) fail(`model has ${file.lineCount} lines, the text ${lengths.length}`);
  checkDiagnostics(computeDiagnostics(file, defaultSettings, uri), lengths, defaultSettings.diagnostics.maxNumberOfProblems);
  checkDiagnostics(computeDiagnostics(file, cappedSettings, uri), lengths, cappedSettings.diagnostics.maxNumberOfProblems);
  checkSymbols(documentSymbols(file), lengths, 'symbols');
}
