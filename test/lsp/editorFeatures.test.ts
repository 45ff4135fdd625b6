// The editor features through the built server (dist/server.js), as an editor calls them:
// capabilities, then one request of each kind on the sample cable 08TASHKENT578.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  type Location,
  type MarkupContent,
  ReferencesRequest,
  SelectionRangeRequest,
  type TextEdit,
} from 'vscode-languageserver/node';
import { LspTestClient } from './lspTestClient';
import { garbledParagraphLines, lineOfText, sampleLines, sampleText } from './sample';

const uri = 'file:///tmp/cable-lsp-test/editor-features/08TASHKENT578.txt';
const withRefs = 'file:///tmp/cable-lsp-test/editor-features/with-refs.txt';
/** The sample with a REF list of two items and a mention of REF B in paragraph 2. */
const refText = sampleText.replace(/^REF: TASHKENT$/m, 'REF: A. TASHKENT 123 B. STATE 456').replace('to participate in', 'to participate (REF B) in');
const wholeFile = { start: { line: 0, character: 0 }, end: { line: sampleLines.length, character: 0 } };

describe('editor features over the protocol', () => {
  let client: LspTestClient;
  let inlayHintsOn = false;

  before(async () => {
    client = await LspTestClient.start({
      initializationOptions: { validationDelay: 0 },
      configuration: (section) => (section === 'cable' ? { inlayHints: { enable: inlayHintsOn } } : null),
    });
    await client.open(uri, sampleText);
    await client.open(withRefs, refText);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('announces the features', () => {
    const c = client.initializeResult.capabilities;
    for (const provider of ['hoverProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'definitionProvider', 'referencesProvider', 'inlayHintProvider'] as const) {
      assert.equal(c[provider], true, provider);
    }
    assert.deepEqual(c.documentLinkProvider, { resolveProvider: false });
    assert.deepEqual(c.completionProvider?.triggerCharacters, ['(']);
    assert.deepEqual((c.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.cable']);
  });

  test('hover decodes the DTG as Markdown', async () => {
    const line = lineOfText('R 210839Z');
    const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 4 } });
    const contents = result!.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /21 May 2008\\, 08\\:39 UTC/);
  });

  test('folding ranges include the header and the INFO list', async () => {
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const header = folds!.find((f) => f.startLine === lineOfText('VZCZC'));
    assert.equal(header?.endLine, lineOfText('RUEAIIA'));
    assert.ok(folds!.some((f) => f.startLine === lineOfText('INFO') && f.endLine === lineOfText('RUEAIIA')));
  });

  test('selection ranges grow from the word to the cable', async () => {
    const line = garbledParagraphLines[0];
    const [chain] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [{ line, character: 20 }] }))!;
    let depth = 0;
    for (let node: typeof chain | undefined = chain; node; node = node.parent) depth++;
    assert.ok(depth >= 4, `depth ${depth}`);
  });

  test('definition and references of REF B', async () => {
    const line = refText.split('\n').findIndex((l) => l.includes('(REF B)'));
    const character = refText.split('\n')[line].indexOf('(REF B)') + 5;
    const targets = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: withRefs }, position: { line, character } })) as Location[];
    assert.equal(targets.length, 1);
    assert.equal(targets[0].uri, withRefs);
    assert.equal(targets[0].range.start.line, refText.split('\n').findIndex((l) => l.startsWith('REF:')));
    const found = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: withRefs }, position: { line, character }, context: { includeDeclaration: false } });
    assert.deepEqual(found!.map((l) => l.range.start.line), [line]);
  });

  test('document links: none without workspace cables', async () => {
    assert.deepEqual(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: withRefs } }), []);
  });

  test('code actions fix a garbled pilcrow and offer to turn the rule off', async () => {
    const diagnostics = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.filter((d) => d.code === 'pilcrow-garbled');
    const [first] = diagnostics;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const titles = actions!.map((a) => a.title);
    assert.deepEqual(titles, ['Write ¶3.', 'Fix all garbled paragraph numbers in this file', "Turn off the rule 'pilcrow-garbled'"]);
    const fixAll = actions![1] as { edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(fixAll.edit.changes[uri].length, garbledParagraphLines.length);
  });

  test('completion offers portion marks after a paragraph number', async () => {
    const line = garbledParagraphLines[0];
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 4 } });
    const labels = (Array.isArray(items) ? items : items!.items).map((i) => i.label);
    assert.ok(labels.includes('(C)'), labels.join(' '));
  });

  test('inlay hints follow cable.inlayHints.enable', async () => {
    assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: wholeFile }), []);
    inlayHintsOn = true;
    await client.changeConfiguration({}, uri);
    const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: wholeFile });
    assert.deepEqual(hints!.map((h) => h.label), ['21 May 2008, 08:39 UTC', '21 May 2008, 08:39 UTC']);
  });

  test('no errors logged by the features', () => {
    assert.deepEqual(client.logMessages.filter((m) => /failed for/.test(m)), []);
  });
});
