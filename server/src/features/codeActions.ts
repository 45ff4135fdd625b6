// Code actions: quick fixes for the diagnostics that have one right answer, a fix-all for the
// garbled pilcrows (also as source.fixAll), portion-mark placeholders, and "turn off this rule",
// which asks the client to run `cable.disableRule` (it writes the setting).
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Cable, CableFile, Paragraph, Range } from '../parser/model';
import { rules, type RuleCode } from './rules';
import { levelLetter } from './decode';
import { linesOverlap, sameRange } from './ranges';
import { documentLines } from './structure';

/** The client command that turns a rule off: arguments `[code: string]`. */
export const disableRuleCommand = 'cable.disableRule';

/** The kind of the fix-all source action, run by `editor.codeActionsOnSave`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.cable`;

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** The diagnostics the client sent with the request. */
  diagnostics: readonly Diagnostic[];
  /** Only actions of these kinds (and their sub-kinds) are wanted. */
  only?: readonly string[];
}

export function codeActions(file: CableFile, text: string, request: CodeActionRequest): CodeAction[] {
  const lines = documentLines(text);
  const actions: CodeAction[] = [];
  for (const diagnostic of request.diagnostics) {
    const code = ruleCodeOf(diagnostic);
    if (!code) continue;
    actions.push(...fixesFor(file, lines, request.uri, code, diagnostic));
    actions.push(disableRule(code, diagnostic));
  }
  actions.push(...portionMarkPlaceholders(file, lines, request));
  if (wants(request.only, fixAllKind)) {
    const fixAll = pilcrowFixAll(file, request.uri, `Fix all garbled paragraph numbers`, fixAllKind);
    if (fixAll) actions.push(fixAll);
  }
  return request.only ? actions.filter((a) => wants(request.only, a.kind ?? '')) : actions;
}

/** Whether an action of `kind` falls under one of the `only` kinds (all do without `only`). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return kind !== fixAllKind;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The rule of one of this server's diagnostics (source `cable`), else undefined. */
function ruleCodeOf(diagnostic: Diagnostic): RuleCode | undefined {
  const code = diagnostic.code;
  const ours = diagnostic.source === undefined || diagnostic.source === 'cable';
  return ours && typeof code === 'string' && Object.hasOwn(rules, code) ? (code as RuleCode) : undefined;
}

const edit = (uri: string, edits: TextEdit[]) => ({ changes: { [uri]: edits } });

function quickFix(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(uri, edits), isPreferred };
}

function fixesFor(file: CableFile, lines: readonly string[], uri: string, code: RuleCode, diagnostic: Diagnostic): CodeAction[] {
  const at = diagnostic.range;
  // Each fix checks that the model still has the element at the diagnostic's range: a
  // diagnostic from before an edit gets no fix rather than a wrong one.
  switch (code) {
    case 'pilcrow-garbled': {
      const paragraph = allParagraphs(file).find((p) => p.garbledPilcrow && sameRange(p.numberToken.range, at));
      if (!paragraph) return [];
      const fixes = [quickFix(`Write ${pilcrowNumber(paragraph)}`, uri, [pilcrowEdit(paragraph)], diagnostic, true)];
      const all = pilcrowFixAll(file, uri, 'Fix all garbled paragraph numbers in this file', CodeActionKind.QuickFix);
      if (all && all.edit!.changes![uri].length > 1) fixes.push({ ...all, diagnostics: [diagnostic] });
      return fixes;
    }
    case 'precedence-mismatch': {
      const cable = file.cables.find((c) => c.header.precedenceDigraph && sameRange(c.header.precedenceDigraph.digraph.range, at));
      const letter = cable?.header.dtg?.precedences[0]?.text;
      if (!cable || !letter) return [];
      return [quickFix(`Change the digraph to ${letter}${letter} to match the date-time group`, uri, [{ range: at, newText: `${letter}${letter}` }], diagnostic)];
    }
    case 'serial-mismatch': {
      const cable = file.cables.find((c) => c.banner?.serial && sameRange(c.banner.serial.range, at));
      const deSerial = cable?.header.de?.serial;
      if (!cable || !deSerial) return [];
      // The banner serial is the full number and makes the cable ID; the DE line only carries
      // it modulo 10,000, so the DE side is the one that can be rewritten from the other.
      const serial = String(Number(cable.banner!.serial!.text) % 10000).padStart(4, '0');
      return [quickFix(`Change the DE serial #${deSerial.text} to #${serial} (the banner serial modulo 10,000)`, uri, [{ range: deSerial.range, newText: serial }], diagnostic)];
    }
    case 'precedence-misspelt': {
      const address = file.cables.flatMap((c) => [...c.header.to, ...c.header.info, ...c.header.xmt]).find((a) => a.precedence && sameRange(a.precedence.range, at));
      if (!address?.precedenceWord) return [];
      return [quickFix(`Change to ${address.precedenceWord}`, uri, [{ range: at, newText: address.precedenceWord }], diagnostic, true)];
    }
    case 'portion-marks-missing': {
      const cable = file.cables.find((c) => c.paragraphs[0] && sameRange(c.paragraphs[0].numberToken.range, at));
      const unmarked = cable?.paragraphs.filter((p) => !p.portionMark) ?? [];
      if (!cable?.level || unmarked.length === 0) return [];
      const mark = `(${levelLetter(cable.level)})`;
      return [quickFix(`Insert ${mark} in all ${unmarked.length} unmarked paragraphs`, uri, unmarked.map((p) => portionMarkEdit(p, lines, mark)), diagnostic)];
    }
    default:
      return [];
  }
}

function disableRule(code: RuleCode, diagnostic: Diagnostic): CodeAction {
  const title = `Turn off the rule '${code}'`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: disableRuleCommand, arguments: [code] } };
}

function allParagraphs(file: CableFile): Paragraph[] {
  return file.cables.flatMap((c) => c.paragraphs);
}

const pilcrowNumber = (paragraph: Paragraph) => `¶${paragraph.number}.`;
const pilcrowEdit = (paragraph: Paragraph): TextEdit => ({ range: paragraph.numberToken.range, newText: pilcrowNumber(paragraph) });

function pilcrowFixAll(file: CableFile, uri: string, title: string, kind: string): CodeAction | undefined {
  const edits = allParagraphs(file).filter((p) => p.garbledPilcrow).map(pilcrowEdit);
  return edits.length ? { title, kind, edit: edit(uri, edits) } : undefined;
}

/** `(C) ` after the paragraph number, keeping one space between number and mark. */
function portionMarkEdit(paragraph: Paragraph, lines: readonly string[], mark: string): TextEdit {
  const { line, character } = paragraph.numberToken.range.end;
  const followedBySpace = /^[ \t]/.test(lines[line]?.slice(character) ?? '');
  const at = { line, character: followedBySpace ? character + 1 : character };
  return { range: { start: at, end: at }, newText: followedBySpace ? `${mark} ` : ` ${mark}` };
}

/** Unmarked paragraphs whose number line is in the requested range get a placeholder mark. */
function portionMarkPlaceholders(file: CableFile, lines: readonly string[], request: CodeActionRequest): CodeAction[] {
  const { start, end } = request.range;
  return file.cables.flatMap((cable: Cable) => {
    if (!cable.level) return [];
    const mark = `(${levelLetter(cable.level)})`;
    return cable.paragraphs
      .filter((p) => !p.portionMark && linesOverlap(p.numberToken.range, start.line, end.line))
      .map((p): CodeAction => ({ title: `Insert the portion mark ${mark}`, kind: CodeActionKind.RefactorRewrite, edit: edit(request.uri, [portionMarkEdit(p, lines, mark)]) }));
  });
}
