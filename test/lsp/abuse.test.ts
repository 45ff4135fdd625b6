// Protocol abuse: malformed frames, unknown methods, requests for documents the server does not
// have, positions out of range, a 50 MB document and a storm of cancellations. The server must
// answer with proper JSON-RPC errors where there is a request to answer, stay up (a final
// request still answers), and give its memory back after the big document closes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ErrorCodes, LSPErrorCodes } from 'vscode-languageserver/node';
import { type Message, RawLspClient } from './abuseRawClient';
import { malformedFrames, probeParams } from './malformedFrames';
import { corpusFolder, sampleText } from './sample';

const { MethodNotFound, InvalidParams, InternalError } = ErrorCodes;
const { RequestCancelled } = LSPErrorCodes;
const MB = 1 << 20;

/** Whole corpus cables one after another up to `bytes` characters. */
function cablesUpTo(bytes: number): string {
  const names = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).sort();
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const text = readFileSync(path.join(corpusFolder, names[i % names.length]), 'utf8');
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

/** The server still answers: an outline request for an unknown document gets an empty result. */
async function assertStillAnswers(client: RawLspClient): Promise<void> {
  const response = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/cable-abuse/unknown.txt' } });
  assert.deepEqual(response.result, []);
  assert.ok(client.running);
}

function isErrorResponse(response: Message, code: number): boolean {
  return response.error?.code === code && typeof response.error.message === 'string';
}

/** A request for every feature the server announces, at `position` of `uri`. */
function featureRequests(capabilities: Record<string, unknown>, uri: string, position: { line: number; character: number }): [string, unknown][] {
  const textDocument = { uri };
  const range = { start: position, end: position };
  const byCapability: Record<string, [string, unknown]> = {
    documentSymbolProvider: ['textDocument/documentSymbol', { textDocument }],
    hoverProvider: ['textDocument/hover', { textDocument, position }],
    foldingRangeProvider: ['textDocument/foldingRange', { textDocument }],
    selectionRangeProvider: ['textDocument/selectionRange', { textDocument, positions: [position] }],
    definitionProvider: ['textDocument/definition', { textDocument, position }],
    referencesProvider: ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    documentLinkProvider: ['textDocument/documentLink', { textDocument }],
    completionProvider: ['textDocument/completion', { textDocument, position }],
    codeActionProvider: ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    inlayHintProvider: ['textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: position } }],
    documentHighlightProvider: ['textDocument/documentHighlight', { textDocument, position }],
    renameProvider: ['textDocument/prepareRename', { textDocument, position }],
  };
  const requests = Object.keys(capabilities).flatMap((name) => (byCapability[name] && capabilities[name] ? [byCapability[name]] : []));
  return [...requests, ['cable/summary', { uri }]];
}

describe('protocol abuse', () => {
  let client: RawLspClient;
  let capabilities: Record<string, unknown>;
  before(async () => {
    client = await RawLspClient.start({ forceableGc: true });
    const init = client.received.find((m) => m.id === 1);
    capabilities = (init?.result as { capabilities: Record<string, unknown> }).capabilities;
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after all of it');
  });

  // Each bad input goes out in one write with a probe request, which must be answered with no
  // further input. With vscode-jsonrpc's own reader, the probe waited for more bytes after a bad
  // header, and after a wrong, negative or huge Content-Length or garbage before a header, this
  // and every later frame was read as garbage for good. Where there is something to answer (a
  // body that is not JSON or not a message), the answer is a JSON-RPC error with id null.
  for (const { name, bytes, answer: expected } of malformedFrames) {
    const outcome = expected === undefined ? 'is skipped' : expected.code === undefined ? 'is still read' : `gets error ${expected.code}`;
    test(`${name} ${outcome}, and the request in the same write is answered`, async () => {
      const before = client.received.length;
      const probe = client.startRequest('textDocument/documentSymbol', probeParams, { before: bytes, limitMs: 5000 });
      assert.deepEqual((await probe.response).result, []);
      const answers = client.received.slice(before).filter((m) => m.method === undefined && m.id !== probe.id);
      assert.equal(answers.length, expected ? 1 : 0, JSON.stringify(answers));
      if (expected) {
        assert.equal(answers[0].id, expected.id);
        if (expected.code === undefined) assert.deepEqual(answers[0].result, []);
        else assert.ok(isErrorResponse(answers[0], expected.code), JSON.stringify(answers[0]));
      }
      await assertStillAnswers(client);
    });
  }

  test('a message with an id but no method gets no response and breaks nothing', async () => {
    client.send({ jsonrpc: '2.0', id: 'no-method' });
    client.send({ jsonrpc: '2.0', id: 'no-method-either', params: {} });
    await assertStillAnswers(client);
    assert.ok(!client.received.some((m) => m.id === 'no-method' || m.id === 'no-method-either'));
  });

  test('unknown requests get MethodNotFound; unknown notifications are ignored', async () => {
    assert.ok(isErrorResponse(await client.request('cable/noSuchMethod', {}), MethodNotFound));
    assert.ok(isErrorResponse(await client.request('$/noSuchMethod', {}), MethodNotFound));
    const before = client.received.length;
    client.notify('cable/noSuchNotification', { anything: true });
    client.notify('$/noSuchNotification', {});
    await assertStillAnswers(client);
    assert.equal(client.received.length, before + 1, 'only the answer to the final request came back');
  });

  test('requests with missing or wrong-typed params get InvalidParams or InternalError, not silence', async () => {
    assert.ok(isErrorResponse(await client.request('textDocument/documentSymbol'), InvalidParams));
    for (const params of [{ textDocument: null }, { textDocument: 42 }, 'a string']) {
      const response = await client.request('textDocument/documentSymbol', params);
      assert.ok(
        isErrorResponse(response, InternalError) || isErrorResponse(response, InvalidParams) || Array.isArray(response.result),
        JSON.stringify(response),
      );
    }
    await assertStillAnswers(client);
  });

  test('every feature answers for a document that was never opened, and for one that was closed', async () => {
    const closed = 'file:///tmp/cable-abuse/closed.txt';
    await client.open(closed, sampleText);
    await client.close(closed);
    for (const uri of ['file:///tmp/cable-abuse/never-opened.txt', closed]) {
      for (const [method, params] of featureRequests(capabilities, uri, { line: 3, character: 2 })) {
        const response = await client.request(method, params);
        assert.equal(response.error, undefined, `${method} on ${uri}: ${JSON.stringify(response.error)}`);
      }
    }
    await assertStillAnswers(client);
  });

  test('positions and ranges out of range: features answer, edits are clamped, diagnostics follow', async () => {
    const uri = 'file:///tmp/cable-abuse/out-of-range.txt';
    await client.open(uri, sampleText);
    for (const position of [{ line: 1_000_000, character: 0 }, { line: 2, character: 1_000_000 }, { line: -1, character: -5 }]) {
      for (const [method, params] of featureRequests(capabilities, uri, position)) {
        const response = await client.request(method, params);
        assert.notEqual(response.error?.code, InternalError, `${method} at ${JSON.stringify(position)}: ${JSON.stringify(response.error)}`);
      }
    }
    const published = client.diagnosticsFor(uri, (params) => params.version === 2);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 500_000, character: 3 }, end: { line: 900_000, character: 9 } }, text: '\nappended past the end' }],
    });
    await published;
    await client.close(uri);
    // Changes for documents the server does not have are ignored.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///tmp/cable-abuse/never-opened.txt' } });
    await assertStillAnswers(client);
  });

  test('requests each cancelled in the same write get RequestCancelled, for every feature; uncancelled ones still answer', async () => {
    const uri = 'file:///tmp/cable-abuse/cancelled.txt';
    await client.open(uri, sampleText);
    const requests: [string, unknown][] = [...featureRequests(capabilities, uri, { line: 3, character: 2 }), ['workspace/symbol', { query: 'TASHKENT' }]];
    const answerAll = () => Promise.all(requests.map(([method, params]) => client.request(method, params)));
    const uncancelled = await answerAll();
    for (const [i, response] of uncancelled.entries()) assert.equal(response.error, undefined, `${requests[i][0]}: ${JSON.stringify(response.error)}`);
    for (let round = 0; round < 10; round++) {
      for (const [method, params] of requests) {
        const response = await client.startCancelledRequest(method, params).response;
        assert.ok(isErrorResponse(response, RequestCancelled), `${method}: ${JSON.stringify(response).slice(0, 300)}`);
      }
    }
    assert.deepEqual((await answerAll()).map((response) => response.result), uncancelled.map((response) => response.result), 'the same answers as before');
    await client.close(uri);
  });

  test('a burst of requests, each cancelled in the same write: one answer each, nearly all RequestCancelled', async () => {
    const uri = 'file:///tmp/cable-abuse/burst.txt';
    await client.open(uri, cablesUpTo(MB / 4));
    const methods = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink', 'textDocument/inlayHint'];
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const requests = Array.from({ length: 400 }, (_, i) => client.startCancelledRequest(methods[i % methods.length], { textDocument: { uri }, range }));
    const responses = await Promise.all(requests.map((r) => r.response));
    for (const response of responses) {
      assert.ok(response.result !== undefined || isErrorResponse(response, RequestCancelled), JSON.stringify(response).slice(0, 300));
    }
    const cancelled = responses.filter((response) => isErrorResponse(response, RequestCancelled)).length;
    console.log(`cancelled in the same write: ${cancelled} of ${responses.length} requests answered RequestCancelled`);
    // A cancel only misses its request when a read of stdin splits the write between the two.
    assert.ok(cancelled >= 0.9 * responses.length, `${cancelled} of ${responses.length}`);
    const ids = client.received.filter((m) => m.method === undefined && requests.some((r) => r.id === m.id));
    assert.equal(ids.length, requests.length, 'exactly one answer per request');
    const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(outline.result) && outline.result.length > 10, 'an uncancelled request after the burst gets its answer');
    await client.close(uri);
    await assertStillAnswers(client);
  });

  test('a storm of cancellations: every request gets one answer, a result or RequestCancelled', async () => {
    const uri = 'file:///tmp/cable-abuse/storm.txt';
    await client.open(uri, cablesUpTo(MB / 4));
    const requests = Array.from({ length: 300 }, (_, i) =>
      client.startRequest(i % 2 ? 'textDocument/documentSymbol' : 'textDocument/foldingRange', { textDocument: { uri } }),
    );
    for (const { id } of requests) client.notify('$/cancelRequest', { id });
    for (let id = 1_000_000; id < 1_000_050; id++) client.notify('$/cancelRequest', { id }); // ids never used
    const responses = await Promise.all(requests.map((r) => r.response));
    for (const response of responses) {
      assert.ok(response.result !== undefined || isErrorResponse(response, RequestCancelled), JSON.stringify(response).slice(0, 300));
    }
    const cancelled = responses.filter((response) => response.error).length;
    console.log(`cancellation storm: ${cancelled} of ${responses.length} requests answered RequestCancelled, the rest with results`);
    const ids = client.received.filter((m) => m.method === undefined && requests.some((r) => r.id === m.id)).map((m) => m.id);
    assert.equal(ids.length, requests.length, 'exactly one answer per request');
    await client.close(uri);
    await assertStillAnswers(client);
  });

  test('a 50 MB document: diagnostics and outline come back, and the memory is given back on close', async () => {
    const uri = 'file:///tmp/cable-abuse/50MB.txt';
    const text = cablesUpTo(50 * MB);
    const baselineHeap = await client.collectGarbage();
    const baseline = client.memory();
    const published = await client.open(uri, text);
    assert.ok(Array.isArray((published.params as { diagnostics: unknown[] }).diagnostics));
    const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(outline.result) && outline.result.length > 1000, 'one symbol per cable');
    const openHeap = await client.collectGarbage();
    const open = client.memory();
    await client.close(uri);
    const closedHeap = await client.collectGarbage();
    const closed = client.memory();
    const inMB = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
    const figures =
      `heap used: baseline ${inMB(baselineHeap)}, document open ${inMB(openHeap)}, after close ${inMB(closedHeap)}; ` +
      `RSS: baseline ${inMB(baseline.rss)}, document open ${inMB(open.rss)}, peak ${inMB(closed.peak)}, after close ${inMB(closed.rss)}`;
    console.log(`50 MB document: ${figures}`);
    // The document and its model are gone from the heap ...
    assert.ok(closedHeap - baselineHeap < 32 * MB, figures);
    // ... and the process gives memory back (generous: V8 and malloc keep freed pages a while).
    assert.ok(closed.rss < open.rss, figures);
    assert.ok(closed.rss - baseline.rss < 0.75 * (closed.peak - baseline.rss), figures);
    await assertStillAnswers(client);
  });
});
