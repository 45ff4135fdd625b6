// cablelint's command line: options in, a checked request or a usage error out.
import { parseArgs } from 'node:util';
import { rules } from '../features/rules';
import type { RuleSeverity } from '../settings';

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CliRequest {
  help: boolean;
  format: OutputFormat;
  ruleOverrides: Record<string, RuleSeverity>;
  maxProblems?: number;
  inputs: string[];
}

export class UsageError extends Error {}

export const usage = `Usage: cablelint [options] <files|folders|globs...>

Checks diplomatic cable files. Folders are searched recursively for *.txt, *.cable and *.tel
files; globs may use *, ? and ** (quote them so that the shell leaves them alone).

Options:
  --format <text|json|sarif>  Output format (default: text)
                                text:  file:line:col severity code message
                                json:  diagnostics and a summary of each parsed cable
                                sarif: SARIF 2.1.0 for code-scanning tools
  --rule <code=severity>      Override a rule's severity: error, warning, info, hint or off
                              (repeatable), e.g. --rule tag-unknown=off
  --max-problems <n>          Report at most n problems per file
  -h, --help                  Show this help

Exit status: 0 no errors, 1 at least one error-severity problem, 2 usage or file problems.
`;

// `info` is accepted as the short form of the settings' `information`.
const severityNames: Record<string, RuleSeverity> = {
  error: 'error',
  warning: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
};

function parseRuleOverride(option: string, overrides: Record<string, RuleSeverity>): void {
  const match = /^([^=]+)=(.*)$/.exec(option);
  if (!match) throw new UsageError(`--rule expects code=severity, got "${option}"`);
  const [, code, severityName] = match;
  if (!Object.hasOwn(rules, code)) throw new UsageError(`unknown rule "${code}" in --rule (known rules: ${Object.keys(rules).join(', ')})`);
  const severity = severityNames[severityName];
  if (!severity) throw new UsageError(`unknown severity "${severityName}" in --rule ${code}=… (use error, warning, info, hint or off)`);
  overrides[code] = severity;
}

export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-problems': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const format = values.format ?? 'text';
  if (!(outputFormats as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${outputFormats.join(', ')})`);
  }
  const ruleOverrides: Record<string, RuleSeverity> = {};
  for (const option of values.rule ?? []) parseRuleOverride(option, ruleOverrides);
  let maxProblems: number | undefined;
  if (values['max-problems'] !== undefined) {
    if (!/^\d+$/.test(values['max-problems'])) throw new UsageError(`--max-problems expects a whole number, got "${values['max-problems']}"`);
    maxProblems = Number(values['max-problems']);
  }
  if (!help && positionals.length === 0) throw new UsageError('no files, folders or globs given');
  return { help, format: format as OutputFormat, ruleOverrides, maxProblems, inputs: positionals };
}
