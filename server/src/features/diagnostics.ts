// Diagnostics: checks the cable model against the format's rules (see rules.ts).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CableFile } from '../parser/model';
import type { CableSettings } from '../settings';

// TEMPORARY placeholder while the rules are written (same signature).
export function computeDiagnostics(_file: CableFile, _settings: CableSettings): Diagnostic[] {
  return [];
}
