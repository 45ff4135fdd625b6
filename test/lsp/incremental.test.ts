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
import { applyChange, type ContentChange, type EditOptions, type LineEnd, randomChange } from '../fuzz/edits';
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

  // vscode-languageserver-textdocument counts a CR and an LF that an edit brings together as two
  // line ends, and later edits then land a line off; the server's store counts them again.
  test('edits that join a CR and an LF into one CRLF, then 1,500 edits with mixed line ends (lone-CR cable)', async () => {
    const session = await openSession(withLineEnds(sampleText, '\r'));
    const at = (line: number, character: number) => ({ line, character });
    const insert = (line: number, character: number, text: string): ContentChange => ({ range: { start: at(line, character), end: at(line, character) }, text });
    const steps: [string, ContentChange[]][] = [
      ['"\\n" after a "\\r"', [insert(5, 0, '\n'), insert(12, 0, '7. ')]],
      ['a line, then a deletion that joins', [insert(20, 0, 'Y\n'), { range: { start: at(20, 0), end: at(20, 1) }, text: '' }, insert(30, 0, 'SUBJECT: X\r')]],
      ['"\\r" before a "\\n"', [insert(40, 0, 'Q\n'), insert(40, 1, '\r'), insert(41, 0, '\r\r')]],
      ['a paste between a "\\r" and a "\\n"', [insert(50, 0, 'Z\n'), { range: { start: at(50, 0), end: at(50, 1) }, text: '\nPASTED\r' }, insert(60, 0, '1. ')]],
    ];
    for (const [label, changes] of steps) {
      // One change per notification, then all of a step's changes in one.
      for (const batch of [...changes.map((change) => [change]), changes]) {
        for (const change of batch) session.text = applyChange(session.text, change);
        const version = session.version + 1;
        const published = client.nextDiagnostics(session.uri, (p) => p.version === version);
        await sendChanges(session, batch);
        await checkpoint(session, published, `${label} (version ${session.version})`);
      }
    }
    const random = new Random(2718);
    for (let i = 1; i <= 1500; i++) {
      const eol = random.pick<LineEnd>(['\n', '\r', '\r\n']);
      const change = randomChange(session.text, random, { eol, targetLength: sampleText.length, wholeTextRate: 0 });
      session.text = applyChange(session.text, change);
      const version = session.version + 1;
      const published = i % 100 === 0 ? client.nextDiagnostics(session.uri, (p) => p.version === version) : undefined;
      await sendChanges(session, [change]);
      if (published) await checkpoint(session, published, `${i} edits with mixed line ends (version ${session.version})`);
    }
  });

  for (const [name, eol, seed] of [['CRLF', '\r\n', 777], ['lone-CR', '\r', 31337]] as const) {
    test(`1,500 single-change didChange notifications on a ${name} cable`, async () => {
      const session = await openSession(withLineEnds(sampleText, eol));
      const options: EditOptions = { eol, targetLength: session.text.length, wholeTextRate: 0 };
      assert.equal(await editRandomly(session, new Random(seed), 1_500, 1, 100, options), 1_500);
    });
  }
});
