// Wires the editor features (outline, the client's cable summary, hover, folding, smart select,
// navigation, links, code actions, completion, inlay hints) to the LSP connection. Each handler
// parses through the shared cache and runs a pure feature function under `guardedRequest`, so a
// bug answers with nothing and a cancelled request with RequestCancelled.
import {
  type CancellationToken,
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
import { type Answer, guardedAsync, guardedRequest, type ErrorLog } from './guard';
import type { CableSettings } from './settings';
import type { CableFile } from './parser/model';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { cableSummaryRequest, type CableSummaryParams, summariseCableFile } from './protocol';
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
      documentSymbolProvider: true,
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
    connection.onDocumentSymbol(({ textDocument }, token) => this.run('documentSymbol', textDocument.uri, token, [], (model) => documentSymbols(model)));
    // Custom request of the VS Code client's status item (see protocol.ts). A request sent by
    // name gets its params spread before the token (a client passing `undefined` for the token
    // sends `[params, null]`), so the token is taken from the end.
    connection.onRequest(cableSummaryRequest, (params: CableSummaryParams, ...rest: unknown[]) =>
      this.run(cableSummaryRequest, params?.uri, rest[rest.length - 1] as CancellationToken, { cables: [] }, (model) => summariseCableFile(model)),
    );
    connection.onHover(({ textDocument, position }, token) => this.run('hover', textDocument.uri, token, null, (model, text) => hover(model, text, position, this.workspace)));
    connection.onFoldingRanges(({ textDocument }, token) => this.run('foldingRange', textDocument.uri, token, [], (model) => foldingRanges(model)));
    connection.onSelectionRanges(({ textDocument, positions }, token) => this.run('selectionRange', textDocument.uri, token, [], (model, text) => selectionRanges(model, text, positions)));
    connection.onDefinition(({ textDocument, position }, token) =>
      this.run<Location[] | LocationLink[]>('definition', textDocument.uri, token, [], (model, text) => {
        const links = definition(model, text, textDocument.uri, position, this.workspace);
        return this.linkSupport ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
      }),
    );
    connection.onReferences(({ textDocument, position, context }, token) =>
      this.run('references', textDocument.uri, token, [], (model, text) => references(model, text, textDocument.uri, position, context.includeDeclaration)),
    );
    connection.onDocumentLinks(({ textDocument }, token) => this.run('documentLink', textDocument.uri, token, [], (model) => documentLinks(model, this.workspace)));
    connection.onCodeAction(({ textDocument, range, context }, token) =>
      this.run('codeAction', textDocument.uri, token, [], (model, text) => codeActions(model, text, { uri: textDocument.uri, range, diagnostics: context.diagnostics, only: context.only })),
    );
    connection.onCompletion(({ textDocument, position }, token) => this.run('completion', textDocument.uri, token, [], (model, text) => completion(model, text, position)));
    connection.languages.inlayHint.on(async ({ textDocument, range }, token) => {
      const uri = textDocument.uri;
      const enabled = await guardedAsync(this.deps.logError, 'inlayHint settings', uri, false, async () => (await this.deps.settingsFor(uri)).inlayHints.enable);
      // The token is looked at after the wait too: the client may have cancelled meanwhile.
      // Turned off, the hints need no model: the document is not parsed for them.
      if (!enabled) return guardedRequest(this.deps.logError, 'inlayHint', uri, token, [], () => []);
      return this.run('inlayHint', uri, token, [], (model) => inlayHints(model, range));
    });
  }

  /**
   * Runs a feature on the document's model under `guardedRequest`: RequestCancelled when the
   * client has cancelled, `fallback` when the document is unknown or the feature throws.
   */
  private run<T>(feature: string, uri: string, token: CancellationToken, fallback: T, fn: (model: CableFile, text: string) => T): Answer<T> {
    return guardedRequest(this.deps.logError, feature, uri, token, fallback, () => {
      const document = this.deps.documents.get(uri);
      return document ? fn(this.deps.models.get(document), document.getText()) : fallback;
    });
  }
}
