// The document store's update, made safe for edits that join a CR and an LF into one CRLF.
// vscode-languageserver-textdocument 1.0.12 counts the line ends of an edit's text on their own,
// so "\n" typed right after a "\r" (or "\r" typed before a "\n", or a deletion that brings the two
// together) counts as two line ends: every later position is off by a line, and the next edits
// land in the wrong place. Such edits are rare (VS Code keeps one line end per document); after
// one, the line offsets are counted again from the whole text, O(n).
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Whether applying `change` to `document` puts a CR right before an LF that it was not before. */
export function joinsCrLf(document: TextDocument, change: TextDocumentContentChangeEvent): boolean {
  if (!('range' in change)) return false;
  const text = document.getText();
  const a = document.offsetAt(change.range.start);
  const b = document.offsetAt(change.range.end);
  const before = text.charAt(Math.min(a, b) - 1);
  const after = text.charAt(Math.max(a, b));
  const inserted = change.text;
  if (inserted === '') return before === '\r' && after === '\n';
  return (before === '\r' && inserted.startsWith('\n')) || (inserted.endsWith('\r') && after === '\n');
}

export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) {
    const recount = joinsCrLf(document, change);
    document = TextDocument.update(document, [change], version);
    if (recount) document = TextDocument.create(document.uri, document.languageId, version, document.getText());
  }
  return document;
}

/** For `new TextDocuments(lineEndSafeDocuments)`. */
export const lineEndSafeDocuments: TextDocumentsConfiguration<TextDocument> = { create: TextDocument.create, update: updateDocument };
