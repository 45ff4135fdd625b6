// The outline: header fields, banner, subject and the paragraphs under their headings.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { CableFile } from '../parser/model';

// TEMPORARY placeholder while the outline is written (same signature).
export function documentSymbols(_file: CableFile): DocumentSymbol[] {
  return [];
}
