// cablelint's run: arguments → files → parse → diagnostics → the chosen format, one file at
// a time. Returns the exit status: 0 no errors, 1 error-severity problems, 2 usage or I/O problems.
import { promises as fs } from 'node:fs';
import { computeDiagnostics } from '../features/diagnostics';
import { parseCableFile } from '../parser/parse';
import { type CableSettings, normaliseSettings } from '../settings';
import { type CliRequest, parseCliArgs, usage, UsageError } from './args';
import { expandInputs } from './inputs';
import { createJsonReporter } from './jsonReporter';
import { Progress, type TextStream, writeText } from './output';
import { describeTotals, emptyTotals, type Reporter, severityName, type Totals } from './reporter';
import { createSarifReporter } from './sarifReporter';
import { textReporter } from './textReporter';

export interface CliStreams {
  stdout: TextStream;
  stderr: TextStream;
  cwd: string;
}

export const exitCodes = { clean: 0, errors: 1, usage: 2 } as const;

function createReporter(request: CliRequest, cwd: string): Reporter {
  switch (request.format) {
    case 'json':
      return createJsonReporter();
    case 'sarif':
      return createSarifReporter(cwd);
    case 'text':
      return textReporter;
  }
}

function settingsFor(request: CliRequest): CableSettings {
  return normaliseSettings({ diagnostics: { rules: request.ruleOverrides, maxNumberOfProblems: request.maxProblems } });
}

// Editors strip a byte-order mark; so do we, so that line 1's columns agree with theirs.
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runCablelint(argv: readonly string[], io: CliStreams): Promise<number> {
  let request: CliRequest;
  try {
    request = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await writeText(io.stderr, `cablelint: ${error.message}\nRun cablelint --help for usage.\n`);
    return exitCodes.usage;
  }
  if (request.help) {
    await writeText(io.stdout, usage);
    return exitCodes.clean;
  }

  const { files, problems } = await expandInputs(request.inputs);
  if (problems.length > 0 || files.length === 0) {
    const messages = problems.length > 0 ? problems : ['no cable files found'];
    await writeText(io.stderr, messages.map((message) => `cablelint: ${message}\n`).join(''));
    return exitCodes.usage;
  }

  const settings = settingsFor(request);
  const reporter = createReporter(request, io.cwd);
  const progress = new Progress(io.stderr, files.length);
  const sharesTerminal = io.stdout.isTTY === true;
  const totals: Totals = emptyTotals();
  let troubledFiles = 0;
  const started = Date.now();

  await writeText(io.stdout, reporter.begin());
  for (const [index, file] of files.entries()) {
    try {
      const model = parseCableFile(withoutBom(await fs.readFile(file, 'utf8')));
      const diagnostics = computeDiagnostics(model, settings);
      for (const diagnostic of diagnostics) totals[severityName(diagnostic)]++;
      totals.files++;
      const text = reporter.file({ path: file, model, diagnostics });
      if (sharesTerminal && text !== '') progress.clear();
      await writeText(io.stdout, text);
    } catch (error) {
      troubledFiles++;
      progress.clear();
      await writeText(io.stderr, `cablelint: ${file}: ${errorMessage(error)}\n`);
    }
    progress.update(index + 1);
  }
  await writeText(io.stdout, reporter.end(totals));
  progress.clear();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const trouble = troubledFiles > 0 ? `; ${troubledFiles} could not be checked` : '';
  await writeText(io.stderr, `${describeTotals(totals)}${trouble} (${seconds} s)\n`);
  if (troubledFiles > 0) return exitCodes.usage;
  return totals.error > 0 ? exitCodes.errors : exitCodes.clean;
}
