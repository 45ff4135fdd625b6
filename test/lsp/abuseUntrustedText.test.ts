// Untrusted text: cable text that looks like Markdown command links, HTML, entities, backticks,
// theme icons or shell syntax reaches the outline, the diagnostics and the CLI's text, JSON and
// SARIF output verbatim, as plain strings, and nothing runs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver/node';
import { hostileCable, hostileStrings, markdownHazards } from '../support/untrusted';
import { LspTestClient, repoRoot } from './lspTestClient';

const cliPath = path.join(repoRoot, 'dist/cablelint.js');
const pwnedMarker = '/tmp/cable-pwned';

function descendants(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...descendants(symbol.children ?? [])]);
}

function cablelint(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cliPath, ...args], { maxBuffer: 1 << 26 }, (error, stdout) => {
      // Exit code 1 means problems were found, which these cables have.
      if (error && error.code !== 1) reject(error);
      else resolve(stdout);
    });
  });
}

describe('the helper that spots Markdown hazards', () => {
  test('flags each hostile string as written, and none once escaped or in a code span', () => {
    const escapeAll = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
    for (const { name, text } of hostileStrings.filter((s) => s.activeInMarkdown)) {
      assert.notDeepEqual(markdownHazards(text), [], name);
      assert.deepEqual(markdownHazards(escapeAll(text)), [], `${name} escaped`);
      assert.deepEqual(markdownHazards(`\`\`${text.replace(/`/g, '')}\`\``), [], `${name} in a code span`);
    }
  });
});

describe('untrusted cable text in the outline and diagnostics (real server)', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { validationDelay: 0 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  hostileStrings.forEach(({ name, text }, index) => {
    test(`${name}: verbatim in symbol names and diagnostic messages, which are plain strings`, async () => {
      const uri = `file:///tmp/cable-untrusted/${index}.txt`;
      const { diagnostics } = await client.open(uri, hostileCable(text));
      const symbols = descendants((await client.documentSymbols(uri)) as DocumentSymbol[]);
      // Names are cut at 80 characters (and runs of white space collapsed; these have none).
      const shown = text.slice(0, 60);
      assert.ok(symbols.some((s) => s.name.startsWith(`SUBJECT: ${shown}`)), `SUBJECT symbol: ${symbols.map((s) => s.name).join(' | ')}`);
      assert.ok(symbols.some((s) => s.name.startsWith(`¶2 (C) ${shown}`)), 'paragraph symbol');
      const quoting = diagnostics.filter((d: Diagnostic) => d.code === 'eo-malformed');
      assert.equal(quoting.length, 1);
      assert.equal(typeof quoting[0].message, 'string');
      assert.ok(quoting[0].message.includes(`'N/A ${text}'`), quoting[0].message);
      for (const item of [...diagnostics, ...symbols]) {
        assert.ok(!JSON.stringify(item).includes('"kind":"markdown"'), 'no Markdown anywhere');
      }
      await client.close(uri);
    });
  });
});

describe('untrusted cable text in cablelint output', () => {
  let folder: string;
  const file = (index: number) => path.join(folder, `hostile-${index}.txt`);
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cable-untrusted-'));
    hostileStrings.forEach(({ text }, index) => writeFileSync(file(index), hostileCable(text)));
    rmSync(pwnedMarker, { force: true });
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('text format: each printable string verbatim in the problem line that quotes it', async () => {
    const out = await cablelint(['--format', 'text', folder]);
    hostileStrings.forEach(({ name, text, printable }, index) => {
      if (!printable) return;
      const line = out.split('\n').find((l) => l.startsWith(`${file(index)}:`) && l.includes(' eo-malformed '));
      assert.ok(line?.includes(`'N/A ${text}'`), `${name}: ${line}`);
    });
    assert.ok(!existsSync(pwnedMarker), 'no shell ran the text');
  });

  test('text format: control characters come out as visible escapes, never raw', async () => {
    const out = await cablelint(['--format', 'text', folder]);
    assert.doesNotMatch(out.replace(/\n/g, ''), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    hostileStrings.forEach(({ name, printable }, index) => {
      if (printable) return;
      const line = out.split('\n').find((l) => l.startsWith(`${file(index)}:`) && l.includes(' eo-malformed '));
      assert.ok(line?.includes('\\u001b'), `${name}: ${line}`);
    });
  });

  test('JSON format: messages and subjects parse back to the exact strings', async () => {
    const report = JSON.parse(await cablelint(['--format', 'json', folder])) as {
      files: { path: string; diagnostics: { code: string; message: string }[]; cables: { subject: string | null }[] }[];
    };
    hostileStrings.forEach(({ name, text }, index) => {
      const entry = report.files.find((f) => path.resolve(folder, f.path) === file(index));
      assert.ok(entry, name);
      assert.equal(entry.cables[0].subject, text, name);
      assert.ok(entry.diagnostics.some((d) => d.code === 'eo-malformed' && d.message.includes(`'N/A ${text}'`)), name);
    });
  });

  test('SARIF format: plain-text messages with the exact strings, no Markdown messages', async () => {
    const sarif = JSON.parse(await cablelint(['--format', 'sarif', folder])) as {
      runs: { results: { ruleId: string; message: { text: string; markdown?: string } }[] }[];
    };
    const results = sarif.runs[0].results;
    for (const { name, text } of hostileStrings) {
      assert.ok(results.some((r) => r.ruleId === 'eo-malformed' && r.message.text.includes(`'N/A ${text}'`)), name);
    }
    assert.ok(results.every((r) => r.message.markdown === undefined));
  });
});
