// cablelint's parts on hand-made input: argument parsing, globs, the model summary, the
// reporters and the progress line.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseCliArgs, UsageError } from '../../server/src/cli/args';
import { dtgToIso, summariseCable } from '../../server/src/cli/cableSummary';
import { globMatches, splitGlob } from '../../server/src/cli/glob';
import { createJsonReporter } from '../../server/src/cli/jsonReporter';
import { Progress } from '../../server/src/cli/output';
import { emptyTotals, type FileReport } from '../../server/src/cli/reporter';
import { createSarifReporter } from '../../server/src/cli/sarifReporter';
import { textReporter } from '../../server/src/cli/textReporter';
import type { Cable, Dtg, Header, Token } from '../../server/src/parser/model';

describe('parseCliArgs', () => {
  test('defaults to text output with no overrides', () => {
    assert.deepEqual(parseCliArgs(['a.txt', 'dir']), { help: false, format: 'text', ruleOverrides: {}, maxProblems: undefined, inputs: ['a.txt', 'dir'] });
  });

  test('reads repeated --rule options, accepting info for information', () => {
    const request = parseCliArgs(['--rule', 'tag-unknown=off', '--rule=paragraph-gap=info', '--max-problems', '5', '--format=sarif', 'x']);
    assert.deepEqual(request.ruleOverrides, { 'tag-unknown': 'off', 'paragraph-gap': 'information' });
    assert.equal(request.maxProblems, 5);
    assert.equal(request.format, 'sarif');
  });

  test('--help needs no inputs', () => {
    assert.equal(parseCliArgs(['-h']).help, true);
  });

  test('rejects what it cannot use', () => {
    for (const args of [[], ['--nope', 'x'], ['--format', 'xml', 'x'], ['--rule', 'tag-unknown', 'x'], ['--rule', 'x=off', 'x'], ['--max-problems', '-1', 'x']]) {
      assert.throws(() => parseCliArgs(args), UsageError, args.join(' '));
    }
  });
});

describe('glob', () => {
  const matches = (pattern: string, file: string) => globMatches(pattern.split('/'), file.split('/'));

  test('splits off the literal folder to walk', () => {
    assert.deepEqual(splitGlob('corpus/cables/*.txt'), { base: 'corpus/cables', segments: ['*.txt'] });
    assert.deepEqual(splitGlob('**/*.tel'), { base: '.', segments: ['**', '*.tel'] });
    assert.deepEqual(splitGlob('/data/**/x?.txt'), { base: '/data', segments: ['**', 'x?.txt'] });
    assert.deepEqual(splitGlob('/*.txt'), { base: '/', segments: ['*.txt'] });
  });

  test('* and ? stay within a segment', () => {
    assert.ok(matches('*.txt', '08TASHKENT578.txt'));
    assert.ok(!matches('*.txt', 'sub/a.txt'));
    assert.ok(matches('0?TASH*.txt', '08TASHKENT578.txt'));
    assert.ok(!matches('0?TASH*.txt', '108TASHKENT578.txt'));
    assert.ok(!matches('*.txt', 'a.txt.bak'));
  });

  test('** spans any number of folders, including none', () => {
    assert.ok(matches('**/*.tel', 'a.tel'));
    assert.ok(matches('**/*.tel', 'x/y/z/a.tel'));
    assert.ok(matches('x/**/a.tel', 'x/a.tel'));
    assert.ok(!matches('x/**/a.tel', 'y/a.tel'));
  });

  test('wildcards do not match hidden names; a literal dot does', () => {
    assert.ok(!matches('*', '.hidden'));
    assert.ok(!matches('**/*.txt', '.git/a.txt'));
    assert.ok(matches('.git/*.txt', '.git/a.txt'));
  });

  test('regular-expression characters are literal', () => {
    assert.ok(matches('a+(b).txt', 'a+(b).txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
  });
});

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const token = (text: string, line = 0, start = 0): Token => ({ text, range: range(line, start, start + text.length) });

function dtg(day: number, hour: number, minute: number, month: number | undefined, year: number): Dtg {
  return {
    range: range(7, 0, 16),
    groupRange: range(7, 2, 16),
    precedences: [token('R', 7)],
    day,
    hour,
    minute,
    dayToken: token(String(day), 7),
    timeToken: token(`${hour}${minute}`, 7),
    monthToken: token('MAY', 7),
    yearToken: token('08', 7),
    month,
    year,
  };
}

describe('dtgToIso', () => {
  test('writes ISO 8601 in UTC', () => {
    assert.equal(dtgToIso(dtg(21, 8, 39, 5, 2008)), '2008-05-21T08:39:00Z');
    assert.equal(dtgToIso(dtg(1, 0, 0, 1, 1975)), '1975-01-01T00:00:00Z');
  });

  test('gives null for dates that do not exist', () => {
    assert.equal(dtgToIso(dtg(31, 8, 39, 4, 2008)), null, '31 April');
    assert.equal(dtgToIso(dtg(29, 8, 39, 2, 2009)), null, '29 February 2009');
    assert.equal(dtgToIso(dtg(21, 24, 0, 5, 2008)), null, 'hour 24');
    assert.equal(dtgToIso(dtg(21, 8, 39, undefined, 2008)), null, 'unknown month');
  });
});

describe('summariseCable', () => {
  const header: Header = {
    shape: 'acp127',
    range: range(2, 0, 10),
    dtg: dtg(21, 8, 39, 5, 2008),
    from: token('AMEMBASSY TASHKENT', 8, 3),
    extraFrom: [],
    to: [{ kind: 'TO', range: range(9, 0, 30), routingIndicator: token('RUEHC', 9, 3), name: token('SECSTATE WASHDC', 9, 9), misspeltPrecedence: false, mcn: token('9681', 9, 25) }],
    info: [{ kind: 'INFO', range: range(10, 0, 20), name: token('AMEMBASSY ASTANA', 10, 5), precedence: token('PRIORTY', 10, 22), precedenceWord: 'PRIORITY', misspeltPrecedence: true }],
    xmt: [],
  };
  const cable: Cable = {
    range: range(0, 0, 0),
    id: '08TASHKENT578',
    header,
    repeatedBanners: [],
    captions: [],
    tags: { range: range(37, 0, 20), prefix: token('TAGS:', 37), prefixWellFormed: true, tags: [token('PGOV', 37, 6), token('UZ', 37, 11)] },
    subject: { range: range(38, 0, 40), keyword: token('SUBJECT:', 38), text: 'IOM QUIETLY MAKING NEW EFFORT' },
    references: { range: range(41, 0, 20), keyword: token('REF:', 41), items: [{ range: range(41, 5, 20), letter: token('A', 41, 5), text: 'TASHKENT 123', cableId: '08TASHKENT123' }] },
    classifiedBy: { range: range(43, 0, 60), keyword: token('Classified By:', 43), who: 'Tim Buckley', section: token('1.4', 43, 50), letters: [token('B', 43, 55), token('D', 43, 57)] },
    paragraphs: [
      { range: range(45, 0, 10), numberToken: token('¶1.', 45), number: 1, writtenNumber: 1, garbledPilcrow: false, portionMark: { range: range(45, 4, 7), text: '(C)', level: 'CONFIDENTIAL', wellFormed: true }, firstLineText: 'Summary' },
      { range: range(53, 0, 10), numberToken: token('13.', 53), number: 3, writtenNumber: 13, garbledPilcrow: true, firstLineText: 'While' },
    ],
    headings: [],
    blocks: [],
    pageMarkers: [],
    level: 'CONFIDENTIAL',
  };
  cable.range = range(2, 0, 0);
  cable.range.end.line = 75;

  test('maps the model to plain JSON with 1-based lines', () => {
    assert.deepEqual(summariseCable(cable), {
      id: '08TASHKENT578',
      startLine: 3,
      endLine: 76,
      classification: 'CONFIDENTIAL',
      dtg: '2008-05-21T08:39:00Z',
      origin: 'AMEMBASSY TASHKENT',
      to: [{ name: 'SECSTATE WASHDC', routingIndicator: 'RUEHC', precedence: null }],
      info: [{ name: 'AMEMBASSY ASTANA', routingIndicator: null, precedence: 'PRIORITY' }],
      tags: ['PGOV', 'UZ'],
      subject: 'IOM QUIETLY MAKING NEW EFFORT',
      references: [{ letter: 'A', text: 'TASHKENT 123', cableId: '08TASHKENT123' }],
      classifiedBy: { who: 'Tim Buckley', section: '1.4', letters: ['B', 'D'] },
      paragraphs: [
        { number: 1, writtenNumber: null, marking: '(C)', line: 46 },
        { number: 3, writtenNumber: 13, marking: null, line: 54 },
      ],
    });
  });

  test('uses null and empty lists for what a cable lacks', () => {
    const bare: Cable = { ...cable, id: undefined, header: { ...header, dtg: undefined, from: undefined, to: [], info: [] }, tags: undefined, subject: undefined, references: undefined, classifiedBy: undefined, paragraphs: [], level: undefined };
    const summary = summariseCable(bare);
    assert.deepEqual([summary.id, summary.dtg, summary.origin, summary.subject, summary.classifiedBy, summary.classification], [null, null, null, null, null, null]);
    assert.deepEqual([summary.to, summary.info, summary.tags, summary.references, summary.paragraphs], [[], [], [], [], []]);
  });
});

describe('reporters', () => {
  const diagnostic = (severity: DiagnosticSeverity | undefined, code: string, line: number, message: string): Diagnostic => ({
    range: range(line, 0, 3),
    severity,
    code,
    source: 'cable',
    message,
  });
  const report: FileReport = {
    path: 'cables/a.txt',
    model: { cables: [], lineCount: 80 },
    diagnostics: [
      diagnostic(DiagnosticSeverity.Hint, 'pilcrow-garbled', 53, 'Paragraph 13. reads as ¶3.'),
      diagnostic(DiagnosticSeverity.Error, 'dtg-invalid', 7, 'Day 32\ndoes not exist'),
      diagnostic(undefined, 'tag-unknown', 37, 'Unknown'),
    ],
  };

  test('text: file:line:col severity code message, one line each', () => {
    assert.equal(
      textReporter.file(report),
      'cables/a.txt:54:1 hint pilcrow-garbled Paragraph 13. reads as ¶3.\n' +
        'cables/a.txt:8:1 error dtg-invalid Day 32 does not exist\n' +
        'cables/a.txt:38:1 error tag-unknown Unknown\n',
    );
  });

  test('json: the streamed pieces make one document', () => {
    const reporter = createJsonReporter();
    const document = reporter.begin() + reporter.file(report) + reporter.file({ ...report, diagnostics: [] }) + reporter.end({ ...emptyTotals(), files: 2 });
    const parsed = JSON.parse(document);
    assert.equal(parsed.files.length, 2);
    assert.deepEqual(parsed.files[0].diagnostics[0], { line: 54, column: 1, endLine: 54, endColumn: 4, severity: 'hint', code: 'pilcrow-garbled', message: 'Paragraph 13. reads as ¶3.' });
    assert.equal(parsed.totals.files, 2);
  });

  test('sarif: levels, rule indexes and relative or absolute artifact URIs', () => {
    const reporter = createSarifReporter('/work/project');
    const document =
      reporter.begin() + reporter.file(report) + reporter.file({ ...report, path: '/elsewhere/b c.txt', diagnostics: report.diagnostics.slice(1, 2) }) + reporter.end(emptyTotals());
    const run = JSON.parse(document).runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/project/' } });
    assert.deepEqual(
      run.results.map((result: { level: string }) => result.level),
      ['note', 'error', 'error', 'error'],
    );
    const [first] = run.results;
    assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'pilcrow-garbled');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'cables/a.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 54, startColumn: 1, endLine: 54, endColumn: 4 },
    });
    assert.deepEqual(run.results[3].locations[0].physicalLocation.artifactLocation, { uri: 'file:///elsewhere/b%20c.txt' });
  });
});

describe('Progress', () => {
  class FakeStream extends EventEmitter {
    written = '';
    constructor(readonly isTTY: boolean) {
      super();
    }
    write(chunk: string) {
      this.written += chunk;
      return true;
    }
  }

  test('counts on a terminal for more than 200 files, and erases itself', () => {
    const stream = new FakeStream(true);
    const progress = new Progress(stream, 201);
    progress.update(1);
    progress.update(2);
    progress.clear();
    progress.clear();
    assert.equal(stream.written, '\r1/201\r2/201\r\x1b[K');
  });

  test('stays quiet for short runs and when not on a terminal', () => {
    for (const [isTTY, total] of [[true, 200], [false, 1301]] as const) {
      const stream = new FakeStream(isTTY);
      const progress = new Progress(stream, total);
      progress.update(1);
      progress.clear();
      assert.equal(stream.written, '');
    }
  });
});
