// The built language server (dist/server.js) driven over the protocol, as an editor would.
// The first suites check the protocol and robustness; "08TASHKENT578 as the editor sees it"
// checks what the parser, diagnostics and outline produce on the sample cable.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Diagnostic, DiagnosticSeverity, type DocumentSymbol, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { LspTestClient } from './lspTestClient';
import { garbledParagraphLines, lineOfText, sampleText } from './sample';

const noDebounce = { validationDelay: 0 };
let uriCounter = 0;
/** A fresh URI per test, so that tests do not depend on each other's documents. */
const freshUri = (name: string) => `file:///tmp/cable-lsp-test/${++uriCounter}-${name}.txt`;

const pilcrowHints = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'pilcrow-garbled');
const hintLines = (diagnostics: Diagnostic[]) => pilcrowHints(diagnostics).map((diagnostic) => diagnostic.range.start.line).sort((a, b) => a - b);

function asDocumentSymbols(result: unknown): DocumentSymbol[] {
  assert.ok(Array.isArray(result), 'documentSymbol answers with an array');
  for (const symbol of result) assert.ok('range' in symbol && 'selectionRange' in symbol, 'hierarchical DocumentSymbol');
  return result as DocumentSymbol[];
}

function descendants(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...descendants(symbol.children ?? [])]);
}

describe('language server over stdio, settings pulled with workspace/configuration', () => {
  let client: LspTestClient;
  let cableSection: unknown = {};

  before(async () => {
    client = await LspTestClient.start({
      initializationOptions: noDebounce,
      configuration: (section) => (section === 'cable' ? cableSection : null),
    });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown/exit');
  });

  test('announces incremental sync and the outline', () => {
    const { capabilities } = client.initializeResult;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(capabilities.documentSymbolProvider, true);
  });

  test('publishes diagnostics for an opened document, tagged with its version', async () => {
    const uri = freshUri('open');
    const published = await client.open(uri, sampleText, 7);
    assert.equal(published.version, 7);
    for (const diagnostic of published.diagnostics) {
      assert.equal(diagnostic.source, 'cable');
      assert.equal(typeof diagnostic.code, 'string');
    }
  });

  test('pulls the cable section for the document being validated', async () => {
    const uri = freshUri('pull');
    await client.open(uri, sampleText);
    assert.ok(client.configurationRequests.some((request) => request.section === 'cable' && request.scopeUri === uri));
  });

  test('answers documentSymbol for an open document with DocumentSymbols', async () => {
    const uri = freshUri('symbols');
    await client.open(uri, sampleText);
    asDocumentSymbols(await client.documentSymbols(uri));
  });

  test('re-validates after an incremental edit', async () => {
    const uri = freshUri('edit');
    await client.open(uri, sampleText);
    const published = await client.edit(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.equal(published.version, 2);
  });

  test('re-validates open documents with freshly pulled settings after didChangeConfiguration', async () => {
    const uri = freshUri('settings');
    await client.open(uri, sampleText);
    const pullsBefore = client.configurationRequests.filter((request) => request.scopeUri === uri).length;
    const republished = await client.changeConfiguration(null, uri);
    assert.equal(republished.version, 1);
    const pullsAfter = client.configurationRequests.filter((request) => request.scopeUri === uri).length;
    assert.equal(pullsAfter, pullsBefore + 1, 'settings are pulled again, not served from the cache');
  });

  test('clears diagnostics on close and answers requests for the closed document with nothing', async () => {
    const uri = freshUri('close');
    await client.open(uri, sampleText);
    const cleared = await client.close(uri);
    assert.deepEqual(cleared.diagnostics, []);
    assert.deepEqual(await client.documentSymbols(uri), []);
  });

  test('answers cable/summary whether its params come as an object or spread with a null token', async () => {
    const uri = freshUri('summary');
    await client.open(uri, sampleText);
    const expected = { cables: [{ id: '08TASHKENT578', classification: 'CONFIDENTIAL' }] };
    assert.deepEqual(await client.connection.sendRequest('cable/summary', { uri }), expected);
    // What a client sends when it passes `undefined` for the cancellation token: `[params, null]`.
    assert.deepEqual(await client.connection.sendRequest('cable/summary', { uri }, undefined), expected);
  });

  test('answers requests for an unknown document with an empty result', async () => {
    assert.deepEqual(await client.documentSymbols('file:///never/opened.txt'), []);
    assert.ok(client.running);
  });

  test('answers a malformed request with an error and stays up', async () => {
    await assert.rejects(client.connection.sendRequest('textDocument/documentSymbol', {}));
    assert.deepEqual(await client.documentSymbols('file:///never/opened.txt'), []);
    assert.ok(client.running);
  });

  test('survives text that is not a cable at all', async () => {
    const junk = ['', '\u0000\uffff\ud800 ¶¶¶ 13. (', 'x'.repeat(200_000), '¶\n'.repeat(5_000), 'VZCZC\nDE\nR 999999Z XXX 99\nFM\nTO\n'];
    for (const [index, text] of junk.entries()) {
      const uri = freshUri(`junk-${index}`);
      const published = await client.open(uri, text);
      assert.ok(Array.isArray(published.diagnostics));
      assert.ok(Array.isArray(await client.documentSymbols(uri)));
    }
    assert.ok(client.running);
    assert.equal(client.serverErrors, '', 'nothing written to stderr');
  });
});

describe('language server with settings from initializationOptions and didChangeConfiguration (no pull)', () => {
  let client: LspTestClient;
  const pilcrowOff = { diagnostics: { rules: { 'pilcrow-garbled': 'off' } } };

  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { ...noDebounce, cable: pilcrowOff } });
  });
  after(async () => {
    await client.stop();
  });

  test('validates without asking the client for configuration', async () => {
    const uri = freshUri('push');
    await client.open(uri, sampleText);
    assert.deepEqual(client.configurationRequests, []);
    assert.ok(!client.logMessages.some((message) => message.includes('workspace/configuration')), client.logMessages.join('\n'));
  });

  test('pilcrow-garbled hints follow the initializationOptions settings, then the pushed ones', async () => {
    const uri = freshUri('push-settings');
    const opened = await client.open(uri, sampleText);
    assert.deepEqual(pilcrowHints(opened.diagnostics), [], 'pilcrow-garbled is off in initializationOptions');
    const republished = await client.changeConfiguration({ cable: { diagnostics: { rules: {} } } }, uri);
    assert.deepEqual(hintLines(republished.diagnostics), garbledParagraphLines);
  });
});

describe('language server debounce', () => {
  let client: LspTestClient;

  before(async () => {
    // Long enough that the edits below, sent back to back, all land within one delay.
    client = await LspTestClient.start({ initializationOptions: { validationDelay: 1000 } });
  });
  after(async () => {
    await client.stop();
  });

  test('validates a document as soon as it is opened', async () => {
    const uri = freshUri('open-at-once');
    const started = Date.now();
    await client.open(uri, sampleText);
    assert.ok(Date.now() - started < 1000, 'no debounce delay on open');
  });

  test('validates only the newest of several quick edits', async () => {
    const uri = freshUri('debounce');
    await client.open(uri, sampleText);
    const last = client.nextDiagnostics(uri, (params) => params.version === 5);
    for (let version = 2; version <= 5; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
      });
    }
    await last;
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version);
    assert.deepEqual(versions, [1, 5]);
  });
});

describe('language server over IPC (--node-ipc, as the VS Code client runs it)', () => {
  test('initializes, validates and shuts down', async () => {
    const client = await LspTestClient.start({ transport: 'ipc', initializationOptions: noDebounce });
    assert.equal(client.initializeResult.capabilities.documentSymbolProvider, true);
    const uri = freshUri('ipc');
    const published = await client.open(uri, sampleText);
    assert.equal(published.version, 1);
    assert.equal(await client.stop(), 0);
  });
});

describe('08TASHKENT578 as the editor sees it', () => {
  let client: LspTestClient;
  let cableSection: unknown = {};

  before(async () => {
    client = await LspTestClient.start({ initializationOptions: noDebounce, configuration: () => cableSection });
  });
  after(async () => {
    await client.stop();
  });

  test('the sample has six garbled paragraph numbers (13. to 18.)', () => {
    assert.equal(garbledParagraphLines.length, 6);
  });

  test('no errors, and a pilcrow-garbled hint on each garbled paragraph number', async () => {
    const { diagnostics } = await client.open(freshUri('sample'), sampleText);
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error), []);
    const hints = pilcrowHints(diagnostics);
    assert.deepEqual(hintLines(diagnostics), garbledParagraphLines);
    for (const hint of hints) {
      assert.equal(hint.severity, DiagnosticSeverity.Hint);
      assert.equal(hint.range.start.character, 0, 'the hint marks the number at the start of the line');
    }
  });

  test('outline: one top-level symbol for the cable, paragraphs under their headings', async () => {
    const uri = freshUri('outline');
    await client.open(uri, sampleText);
    const symbols = asDocumentSymbols(await client.documentSymbols(uri));
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /08TASHKENT578/);
    assert.match(symbols[0].name, /IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN/);
    const all = descendants(symbols);
    assert.ok(all.some((symbol) => /SUBJECT/i.test(symbol.name)), 'a SUBJECT symbol');
    const paragraph3 = all.find((symbol) => symbol.name.startsWith('¶3 (C) While IOM'));
    assert.ok(paragraph3, 'paragraph 3 is named by its read number, mark and text');
    assert.equal(paragraph3.range.start.line, lineOfText('13. (C) While IOM'));
    const geneva = all.find((symbol) => symbol.name.includes('Overtures in Geneva'));
    assert.ok(geneva, 'a symbol for the heading "Overtures in Geneva"');
    assert.ok((geneva.children ?? []).some((child) => child.name.startsWith('¶4')), '¶4 sits under "Overtures in Geneva"');
  });

  test('turning pilcrow-garbled off in the settings removes the hints', async () => {
    const uri = freshUri('rule-off');
    await client.open(uri, sampleText);
    cableSection = { diagnostics: { rules: { 'pilcrow-garbled': 'off' } } };
    try {
      const republished = await client.changeConfiguration(null, uri);
      assert.deepEqual(pilcrowHints(republished.diagnostics), []);
    } finally {
      cableSection = {};
    }
    const restored = await client.changeConfiguration(null, uri);
    assert.deepEqual(hintLines(restored.diagnostics), garbledParagraphLines);
  });

  test('incremental edits: restoring ¶3 drops its hint, a line added on top moves the others', async () => {
    const uri = freshUri('restore-pilcrow');
    await client.open(uri, sampleText);
    const line = lineOfText('13. (C) While IOM');
    const published = await client.edit(uri, 2, [
      { range: { start: { line, character: 0 }, end: { line, character: 3 } }, text: '¶3.' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
    ]);
    const expected = garbledParagraphLines.filter((garbled) => garbled !== line).map((garbled) => garbled + 1);
    assert.deepEqual(hintLines(published.diagnostics), expected);
  });
});
