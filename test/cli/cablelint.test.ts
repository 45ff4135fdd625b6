// The built CLI (dist/cablelint.js) run as a user would: on fixture files in a temp folder
// and on the whole corpus. Checks exit codes, the three output formats and input expansion.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { rules } from '../../server/src/features/rules';

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist/cablelint.js');
const corpusFolder = path.resolve(repoRoot, '../shared/corpus/cables');
const sampleText = readFileSync(path.join(corpusFolder, '08TASHKENT578.txt'), 'utf8');
const sampleLines = sampleText.split(/\r\n|\r|\n/);
/** 1-based lines of the paragraphs numbered `13.`..`18.` (¶3..¶8 with the pilcrow garbled). */
const garbledLines = sampleLines.flatMap((line, index) => (/^1[3-8]\. /.test(line) ? [index + 1] : []));

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cablelint(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { cwd, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      const status = error && typeof error.code === 'number' ? error.code : error ? null : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

const textLine = /^(?<path>.+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning|info|hint) (?<code>[a-z0-9-]+) (?<message>.+)$/;

interface TextProblem {
  path: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

function textProblems(stdout: string): TextProblem[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = textLine.exec(line);
      assert.ok(match?.groups, `text output line has the file:line:col severity code message shape: ${line}`);
      const { path: file, line: lineNumber, column, severity, code, message } = match.groups;
      return { path: file, line: Number(lineNumber), column: Number(column), severity, code, message };
    });
}

describe('cablelint on fixture files', () => {
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cablelint-test-'));
    writeFileSync(path.join(folder, 'sample.txt'), sampleText);
    // An impossible date-time group (day 32) is an error.
    writeFileSync(path.join(folder, 'bad-dtg.txt'), sampleText.replace('R 210839Z MAY 08', 'R 320839Z MAY 08'));
    mkdirSync(path.join(folder, 'tree/deeper'), { recursive: true });
    mkdirSync(path.join(folder, 'tree/.hidden'));
    writeFileSync(path.join(folder, 'tree/one.cable'), sampleText);
    writeFileSync(path.join(folder, 'tree/deeper/two.tel'), sampleText);
    writeFileSync(path.join(folder, 'tree/deeper/three.TXT'), sampleText);
    writeFileSync(path.join(folder, 'tree/notes.md'), 'not a cable');
    writeFileSync(path.join(folder, 'tree/.hidden/four.txt'), sampleText);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const jsonPaths = (stdout: string) => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);

  test('--help prints usage and exits 0', async () => {
    const { status, stdout } = await cablelint(['--help'], folder);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: cablelint/);
    assert.match(stdout, /--format/);
  });

  for (const [why, args] of [
    ['an unknown option', ['--frobnicate', 'sample.txt']],
    ['no inputs', []],
    ['a path that does not exist', ['missing.txt']],
    ['a glob without matches', ['*.nothing']],
    ['an unknown format', ['--format', 'xml', 'sample.txt']],
    ['an unknown rule', ['--rule', 'no-such-rule=off', 'sample.txt']],
    ['an unknown severity', ['--rule', 'tag-unknown=fatal', 'sample.txt']],
    ['a bad --max-problems', ['--max-problems', 'many', 'sample.txt']],
  ] as const) {
    test(`exits 2 on ${why}, saying why on stderr`, async () => {
      const { status, stdout, stderr } = await cablelint([...args], folder);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^cablelint: /);
    });
  }

  test('searches folders recursively for .txt, .cable and .tel files, skipping hidden folders', async () => {
    const { status, stdout } = await cablelint(['--format', 'json', 'tree'], folder);
    assert.equal(status, 0, 'the sample cable has no errors');
    assert.deepEqual(jsonPaths(stdout), ['tree/deeper/three.TXT', 'tree/deeper/two.tel', 'tree/one.cable'].map((file) => path.normalize(file)));
  });

  test('expands globs with *, ? and **, and lists each file once', async () => {
    const { status, stdout } = await cablelint(['--format', 'json', 'tree/**/*.tel', 'tree/o?e.*', 'tree/one.cable', 's*.txt'], folder);
    assert.equal(status, 0);
    assert.deepEqual(jsonPaths(stdout), ['tree/deeper/two.tel', 'tree/one.cable', 'sample.txt'].map((file) => path.normalize(file)));
  });

  test('text output: one problem per line; the summary goes to stderr', async () => {
    const { status, stdout, stderr } = await cablelint(['sample.txt'], folder);
    assert.equal(status, 0);
    for (const problem of textProblems(stdout)) assert.equal(problem.path, 'sample.txt');
    assert.match(stderr, /^1 file: \d+ errors, \d+ warnings, \d+ info, \d+ hints \(\d+\.\d s\)\n$/);
  });

  test('json output: one document with the files, their diagnostics and cables, and totals', async () => {
    const { status, stdout } = await cablelint(['--format', 'json', 'sample.txt', 'tree/one.cable'], folder);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['files', 'totals']);
    assert.equal(report.files.length, 2);
    for (const file of report.files) {
      assert.deepEqual(Object.keys(file), ['path', 'diagnostics', 'cables']);
      assert.ok(Array.isArray(file.diagnostics) && Array.isArray(file.cables));
    }
    assert.deepEqual(Object.keys(report.totals), ['files', 'error', 'warning', 'info', 'hint']);
    assert.equal(report.totals.files, 2);
  });

  test('sarif output: SARIF 2.1.0 with the rule table and a result per problem', async () => {
    const { status, stdout } = await cablelint(['--format', 'sarif', 'sample.txt'], folder);
    assert.equal(status, 0);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(sarif.runs.length, 1);
    const [run] = sarif.runs;
    assert.equal(run.tool.driver.name, 'cablelint');
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), Object.keys(rules));
    for (const rule of run.tool.driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.ok(Array.isArray(run.results));
    assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
  });

  // What the real parser and rules report on the sample (see the shared context).
  test('the sample: pilcrow-garbled hints on the garbled paragraph numbers, in text', async () => {
    const { stdout } = await cablelint(['sample.txt'], folder);
    const hints = textProblems(stdout).filter((problem) => problem.code === 'pilcrow-garbled');
    assert.deepEqual(hints.map((hint) => hint.line), garbledLines);
    for (const hint of hints) {
      assert.equal(hint.severity, 'hint');
      assert.equal(hint.column, 1);
    }
    assert.ok(!textProblems(stdout).some((problem) => problem.severity === 'error'));
  });

  test('the sample: the parsed cable in json', async () => {
    const { stdout } = await cablelint(['--format', 'json', 'sample.txt'], folder);
    const [file] = JSON.parse(stdout).files;
    assert.equal(file.cables.length, 1);
    const [cable] = file.cables;
    assert.equal(cable.id, '08TASHKENT578');
    assert.equal(cable.classification, 'CONFIDENTIAL');
    assert.equal(cable.dtg, '2008-05-21T08:39:00Z');
    assert.equal(cable.origin, 'AMEMBASSY TASHKENT');
    assert.equal(cable.to.length, 1);
    assert.equal(cable.to[0].routingIndicator, 'RUEHC');
    assert.match(cable.to[0].name, /SECSTATE WASHDC/);
    assert.equal(cable.info.length, 17);
    assert.deepEqual(cable.tags, ['PGOV', 'PREL', 'PHUM', 'KCRM', 'KWMN', 'SOCI', 'UZ']);
    assert.equal(cable.subject, 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
    assert.equal(cable.classifiedBy.section, '1.4');
    assert.deepEqual(cable.classifiedBy.letters, ['B', 'D']);
    assert.deepEqual(cable.paragraphs.map((paragraph: { number: number }) => paragraph.number), [1, 2, 3, 4, 5, 6, 7, 8]);
    const garbled = cable.paragraphs.filter((paragraph: { writtenNumber: number | null }) => paragraph.writtenNumber !== null);
    assert.deepEqual(garbled.map((paragraph: { line: number }) => paragraph.line), garbledLines);
    for (const paragraph of cable.paragraphs) assert.equal(paragraph.marking, '(C)');
  });

  test('the sample: sarif results with rule, level and a 1-based region', async () => {
    const { stdout } = await cablelint(['--format', 'sarif', 'sample.txt'], folder);
    const results = JSON.parse(stdout).runs[0].results.filter((result: { ruleId: string }) => result.ruleId === 'pilcrow-garbled');
    assert.equal(results.length, garbledLines.length);
    for (const [index, result] of results.entries()) {
      assert.equal(result.level, 'note');
      assert.equal(typeof result.message.text, 'string');
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.deepEqual(artifactLocation, { uri: 'sample.txt', uriBaseId: '%SRCROOT%' });
      assert.equal(region.startLine, garbledLines[index]);
      assert.equal(region.startColumn, 1);
      assert.equal(region.endLine, garbledLines[index]);
      assert.ok(region.endColumn > region.startColumn);
    }
  });

  test('the json summary has no date for an impossible date-time group', async () => {
    const { stdout } = await cablelint(['--format', 'json', 'bad-dtg.txt'], folder);
    const [cable] = JSON.parse(stdout).files[0].cables;
    assert.equal(cable.id, '08TASHKENT578');
    assert.equal(cable.dtg, null);
  });

  test('exits 1 when a file has an error', async () => {
    const { status, stdout } = await cablelint(['bad-dtg.txt', 'sample.txt'], folder);
    assert.equal(status, 1);
    assert.ok(textProblems(stdout).some((problem) => problem.path === 'bad-dtg.txt' && problem.code === 'dtg-invalid' && problem.severity === 'error'));
  });

  test('--rule changes severities and --max-problems caps the problems per file', async () => {
    const raised = await cablelint(['--rule', 'pilcrow-garbled=error', 'sample.txt'], folder);
    assert.equal(raised.status, 1);
    assert.equal(textProblems(raised.stdout).filter((problem) => problem.severity === 'error').length, garbledLines.length);
    const silenced = await cablelint(['--rule', 'pilcrow-garbled=off', 'sample.txt'], folder);
    assert.ok(!textProblems(silenced.stdout).some((problem) => problem.code === 'pilcrow-garbled'));
    const capped = await cablelint(['--max-problems', '2', 'sample.txt'], folder);
    assert.equal(textProblems(capped.stdout).length, 2);
  });
});

describe('cablelint on the whole corpus', () => {
  test('checks every cable in one run, in text and in json', async () => {
    const text = await cablelint([corpusFolder], repoRoot);
    assert.ok(text.status === 0 || text.status === 1, text.stderr);
    textProblems(text.stdout);
    assert.match(text.stderr, /^1301 files: [^\r]*\n$/, 'no progress when stderr is not a terminal');

    const json = await cablelint(['--format', 'json', corpusFolder], repoRoot);
    const report = JSON.parse(json.stdout);
    assert.equal(report.files.length, 1301);
    assert.equal(report.totals.files, 1301);
    assert.equal(json.status, report.totals.error > 0 ? 1 : 0);
  });

  test('shows progress on a terminal', async () => {
    // `script` runs the CLI on a pseudo-terminal; stdout goes to /dev/null, stderr to the terminal.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ${JSON.stringify(corpusFolder)} > /dev/null`;
    // The corpus has errors, so the CLI (and `script -e` with it) exits 1: only a failure to run counts.
    const terminal = await new Promise<string>((resolve, reject) =>
      execFile('script', ['-qec', command, '/dev/null'], { maxBuffer: 1 << 24 }, (error, stdout) =>
        error && typeof error.code !== 'number' ? reject(error) : resolve(stdout),
      ),
    );
    assert.ok(terminal.includes('\r1/1301\r2/1301'), 'counts up file by file');
    assert.ok(terminal.includes('\r1301/1301\r\x1b[K1301 files: '), 'erases the count before the summary');
  });
});
