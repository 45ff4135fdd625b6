// Wires the editor features (hover, folding, smart select, navigation, links, code actions,
// completion, inlay hints) to the LSP connection. Each handler parses through the shared
// cache and runs a pure feature function under `guarded`, so a bug answers with nothing.
import {
  CodeActionKind,
  type ClientCapabilities,
  type Connection,
  type Location,
  type LocationLink,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModels } from './documentModels';
import { guarded, guardedAsync, type ErrorLog } from './guard';
import type { CableSettings } from './settings';
import type { CableFile } from './parser/model';
import { hover } from './features/hover';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { definition, references } from './features/definition';
import { documentLinks } from './features/documentLinks';
import { codeActions, fixAllKind } from './features/codeActions';
import { completion, completionTriggerCharacters } from './features/completion';
import { inlayHints } from './features/inlayHints';
import { noWorkspaceCables, type WorkspaceCables } from './features/workspaceCables';

export interface EditorFeatureDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  models: DocumentModels;
  logError: ErrorLog;
  settingsFor: (uri: string) => Promise<CableSettings>;
}

export class EditorFeatures {
  /** Other cable files; the workspace index sets this once it is built. */
  workspace: WorkspaceCables = noWorkspaceCables;
  private linkSupport = false;
  private inlayHintRefresh = false;

  constructor(private readonly deps: EditorFeatureDeps) {}

  /** The server capabilities of these features, given what the client can do. */
  capabilities(client: ClientCapabilities): Partial<ServerCapabilities> {
    this.linkSupport = client.textDocument?.definition?.linkSupport === true;
    this.inlayHintRefresh = client.workspace?.inlayHint?.refreshSupport === true;
    return {
      hoverProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllKind] },
      completionProvider: { triggerCharacters: completionTriggerCharacters },
      inlayHintProvider: true,
    };
  }

  /** Inlay hints depend on a setting: ask the client to fetch them again when settings change. */
  settingsChanged(): void {
    if (this.inlayHintRefresh) void this.deps.connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  register(): void {
    const { connection } = this.deps;
    connection.onHover(({ textDocument, position }) => this.run('hover', textDocument.uri, null, (model, text) => hover(model, text, position, this.workspace)));
    connection.onFoldingRanges(({ textDocument }) => this.run('foldingRange', textDocument.uri, [], (model) => foldingRanges(model)));
    connection.onSelectionRanges(({ textDocument, positions }) => this.run('selectionRange', textDocument.uri, [], (model, text) => selectionRanges(model, text, positions)));
    connection.onDefinition(({ textDocument, position }) =>
      this.run<Location[] | LocationLink[]>('definition', textDocument.uri, [], (model, text) => {
        const links = definition(model, text, textDocument.uri, position, this.workspace);
        return this.linkSupport ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
      }),
    );
    connection.onReferences(({ textDocument, position, context }) =>
      this.run('references', textDocument.uri, [], (model, text) => references(model, text, textDocument.uri, position, context.includeDeclaration)),
    );
    connection.onDocumentLinks(({ textDocument }) => this.run('documentLink', textDocument.uri, [], (model) => documentLinks(model, this.workspace)));
    connection.onCodeAction(({ textDocument, range, context }) =>
      this.run('codeAction', textDocument.uri, [], (model, text) => codeActions(model, text, { uri: textDocument.uri, range, diagnostics: context.diagnostics, only: context.only })),
    );
    connection.onCompletion(({ textDocument, position }) => this.run('completion', textDocument.uri, [], (model, text) => completion(model, text, position)));
    connection.languages.inlayHint.on(({ textDocument, range }) =>
      guardedAsync(this.deps.logError, 'inlayHint', textDocument.uri, [], async () => {
        const { enable } = (await this.deps.settingsFor(textDocument.uri)).inlayHints;
        return enable ? this.run('inlayHint', textDocument.uri, [], (model) => inlayHints(model, range)) : [];
      }),
    );
  }

  /** Runs a feature on the document's model; `fallback` when the document is unknown or the feature throws. */
  private run<T>(feature: string, uri: string, fallback: T, fn: (model: CableFile, text: string) => T): T {
    const document = this.deps.documents.get(uri);
    if (!document) return fallback;
    return guarded(this.deps.logError, feature, uri, fallback, () => fn(this.deps.models.get(document), document.getText()));
  }
}
