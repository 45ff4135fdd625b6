// Incremental sync: thousands of random edits sent to the real server (dist/server.js over
// stdio); afterwards its diagnostics and outline must equal those of a fresh parse of the text
// the edits produce, computed here with the same modules. Checkpoints along the way narrow
// down where a divergence starts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DidChangeTextDocumentNotification, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { parseCableFile } from '../../server/src/parser/parse';
import { normaliseSettings } from '../../server/src/settings';
import { applyChange, type ContentChange, type EditOptions, randomChange } from '../fuzz/edits';
import { Random } from '../fuzz/prng';
import { LspTestClient } from './lspTestClient';
import { corpusFolder, sampleText } from './sample';

/** What the server should hold for `text`: JSON round trip, as the protocol carries it. */
function expectedFor(uri: string, text: string) {
  const file = parseCableFile(text);
  // The client announces no workspace/configuration: the server uses the defaults.
  const diagnostics = computeDiagnostics(file, normaliseSettings(undefined), uri);
  return JSON.parse(JSON.stringify({ diagnostics, symbols: documentSymbols(file) }));
}

interface Session {
  client: LspTestClient;
  uri: string;
  text: string;
  version: number;
}

async function sendChanges(session: Session, changes: ContentChange[]): Promise<void> {
  session.version++;
  await session.client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: session.uri, version: session.version },
    contentChanges: changes,
  });
}

/** Waits for the diagnostics of the current version and compares them and the outline. */
async function checkpoint(session: Session, published: Promise<PublishDiagnosticsParams>, label: string): Promise<void> {
  const { diagnostics } = await published;
  const symbols = await session.client.documentSymbols(session.uri);
  const expected = expectedFor(session.uri, session.text);
  assert.deepEqual(diagnostics, expected.diagnostics, `diagnostics after ${label}`);
  assert.deepEqual(symbols, expected.symbols, `outline after ${label}`);
}

/**
 * Sends `edits` random changes in notifications of 1..`maxBatch` changes each (each change
 * applies to the text the previous one left), checking every `checkEvery` notifications.
 */
async function editRandomly(session: Session, random: Random, edits: number, maxBatch: number, checkEvery: number, options: EditOptions): Promise<number> {
  let notifications = 0;
  for (let sent = 0; sent < edits; ) {
    const batch: ContentChange[] = [];
    const size = Math.min(edits - sent, random.int(1, maxBatch));
    for (let i = 0; i < size; i++) {
      const change = randomChange(session.text, random, options);
      session.text = applyChange(session.text, change);
      batch.push(change);
    }
    sent += size;
    notifications++;
    const last = sent === edits || notifications % checkEvery === 0;
    const version = session.version + 1;
    const published = last ? session.client.nextDiagnostics(session.uri, (p) => p.version === version) : undefined;
    await sendChanges(session, batch);
    if (published) await checkpoint(session, published, `${sent} edits in ${notifications} notifications (version ${session.version})`);
  }
  return notifications;
}

describe('incremental sync matches a fresh parse of the edited text', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { validationDelay: 0 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('the edit model applies LF, CRLF and lone-CR positions as LSP defines them', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const at = (line: number, character: number) => ({ line, character });
    assert.equal(applyChange(text, { range: { start: at(1, 1), end: at(1, 1) }, text: 'X' }), 'ab\r\ncXd\ref\ngh');
    assert.equal(applyChange(text, { range: { start: at(0, 2), end: at(1, 0) }, text: '' }), 'abcd\ref\ngh');
    assert.equal(applyChange(text, { range: { start: at(1, 2), end: at(3, 1) }, text: '\n' }), 'ab\r\ncd\nh');
    assert.equal(applyChange(text, { text: 'new' }), 'new');
  });

  let documents = 0;
  async function openSession(text: string): Promise<Session> {
    const session: Session = { client, uri: `file:///tmp/cable-incremental/${++documents}.txt`, text, version: 1 };
    await client.open(session.uri, session.text, session.version);
    return session;
  }
  const withLineEnds = (text: string, eol: string) => text.replace(/\r?\n/g, eol);

  test('10,000 random edits in batches of 1-50 changes per didChange (LF)', async () => {
    const session = await openSession(sampleText);
    const notifications = await editRandomly(session, new Random(4242), 10_000, 50, 40, { eol: '\n', targetLength: 2 * sampleText.length, wholeTextRate: 0.002 });
    assert.ok(notifications >= 200, `${notifications} notifications`);
  });

  test('10,000 random edits in batches on a CRLF cable', async () => {
    const session = await openSession(withLineEnds(readFileSync(path.join(corpusFolder, '09MADRID98.txt'), 'utf8'), '\r\n'));
    await editRandomly(session, new Random(99), 10_000, 50, 40, { eol: '\r\n', targetLength: session.text.length, wholeTextRate: 0.002 });
  });

  for (const [name, eol, seed] of [['CRLF', '\r\n', 777], ['lone-CR', '\r', 31337]] as const) {
    test(`1,500 single-change didChange notifications on a ${name} cable`, async () => {
      const session = await openSession(withLineEnds(sampleText, eol));
      const options: EditOptions = { eol, targetLength: session.text.length, wholeTextRate: 0 };
      assert.equal(await editRandomly(session, new Random(seed), 1_500, 1, 100, options), 1_500);
    });
  }
});
