// What every output format gets: one call before the files, one per file, one at the end.
// Reporters return text and do no I/O, so the runner can stream it and tests can read it.
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { CableFile } from '../parser/model';

export interface FileReport {
  /** The path as found from the command line (relative paths stay relative). */
  path: string;
  model: CableFile;
  diagnostics: Diagnostic[];
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface Totals {
  files: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface Reporter {
  begin(): string;
  file(report: FileReport): string;
  end(totals: Totals): string;
}

const severityNames: Record<DiagnosticSeverity, SeverityName> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** LSP leaves a missing severity to the client; editors show it as an error, and so do we. */
export function severityName(diagnostic: Diagnostic): SeverityName {
  return severityNames[diagnostic.severity ?? DiagnosticSeverity.Error];
}

export function ruleCode(diagnostic: Diagnostic): string {
  return diagnostic.code === undefined ? 'unknown' : String(diagnostic.code);
}

/** An LSP range (0-based, end exclusive) as 1-based line/column numbers, end column exclusive. */
export function oneBased(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Messages on one line, for formats read line by line. */
export function singleLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Control characters from cable text (ESC, BEL, OSC 8 hyperlinks) would be acted on by a
 * terminal: the text format shows them as `\u001b` escapes instead.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function emptyTotals(): Totals {
  return { files: 0, error: 0, warning: 0, info: 0, hint: 0 };
}

export function describeTotals(totals: Totals): string {
  const files = `${totals.files} file${totals.files === 1 ? '' : 's'}`;
  return `${files}: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} info, ${totals.hint} hints`;
}
