// 3. Server latency over stdio, seen from the client: didOpen -> publishDiagnostics and
//    documentSymbol, then the same after a one-character incremental edit.
import { BenchClient } from './lspClient.mjs';
import { concatenatedCables, largestCable } from './corpus.mjs';
import { median, MB, round } from './stats.mjs';

/** A one-character insertion in the middle of the text (at the start of its middle line). */
function middleInsertion(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines.length >> 1;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' };
}

let uriCounter = 0;

/** Times one document `runs` times, each on a fresh URI so nothing is cached across runs. */
async function timeDocument(client, text, runs) {
  const samples = { open: [], symbols: [], change: [], symbolsAfterChange: [] };
  for (let run = 0; run < runs; run++) {
    const uri = `file:///bench/latency-${++uriCounter}.txt`;
    samples.open.push(await client.timeOpen(uri, text, 1));
    // The parse is cached per version: this measures the outline and its transfer.
    samples.symbols.push((await client.timeDocumentSymbols(uri)).ms);
    samples.change.push(await client.timeChange(uri, 2, middleInsertion(text)));
    // A new version whose outline is asked for at once: the request pays for the parse.
    const published = client.diagnosticsFor(uri, 3);
    await client.sendChange(uri, 3, middleInsertion(text));
    samples.symbolsAfterChange.push((await client.timeDocumentSymbols(uri)).ms);
    await published;
    await client.close(uri);
  }
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
}

export async function runLatency({ corpus, execArgv, runs }) {
  const client = await BenchClient.start({ validationDelay: 0 }, execArgv);
  try {
    const largest = largestCable(corpus);
    const big = concatenatedCables(corpus, 5 * MB);
    await timeDocument(client, largest.text, 5); // warm-up: the server's JIT
    const small = await timeDocument(client, largest.text, runs.small);
    const large = await timeDocument(client, big, runs.large);
    const rows = [];
    for (const [label, figures, limit] of [
      [`${largest.name} (${round(Buffer.byteLength(largest.text) / 1024)} KB)`, small, 10],
      [`${round(Buffer.byteLength(big) / MB)} MB of cables`, large, 500],
    ]) {
      const target = `≤ ${limit} ms`;
      rows.push(
        { name: `${label}: didOpen → diagnostics`, value: round(figures.open), unit: 'ms', target, met: figures.open <= limit },
        { name: `${label}: documentSymbol (parse cached)`, value: round(figures.symbols), unit: 'ms', target, met: figures.symbols <= limit },
        { name: `${label}: 1-char edit → diagnostics`, value: round(figures.change), unit: 'ms', target, met: figures.change <= limit },
        { name: `${label}: documentSymbol right after an edit`, value: round(figures.symbolsAfterChange), unit: 'ms', target, met: figures.symbolsAfterChange <= limit },
      );
    }
    return {
      id: 'latency',
      title: `3. Server latency over stdio (dist/server.js, validationDelay 0; medians of ${runs.small} / ${runs.large} runs after a warm-up)`,
      rows,
      notes: ['Times include the client-side JSON encoding and the pipe; each run opens a fresh URI.'],
    };
  } finally {
    await client.stop();
  }
}
