// SARIF 2.1.0 for code-scanning tools: one run, the rule table as the driver's rules,
// results streamed one per line. Paths under the working folder are relative to %SRCROOT%.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../features/rules';
import type { RuleSeverity } from '../settings';
import { oneBased, type Reporter, ruleCode, type SeverityName, severityName, singleLine } from './reporter';

type SarifLevel = 'error' | 'warning' | 'note';

const levelOfRuleSeverity: Record<Exclude<RuleSeverity, 'off'>, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const levelOfSeverityName: Record<SeverityName, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const ruleIds = Object.keys(rules) as (keyof typeof rules)[];
const ruleIndex = new Map<string, number>(ruleIds.map((id, index) => [id, index]));

export const sarifRules = ruleIds.map((id) => ({
  id,
  shortDescription: { text: rules[id].description },
  defaultConfiguration: { level: levelOfRuleSeverity[rules[id].severity] },
}));

function artifactLocation(file: string, workingFolder: string) {
  const relative = path.relative(workingFolder, path.resolve(workingFolder, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(path.resolve(workingFolder, file)).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function createSarifReporter(workingFolder: string): Reporter {
  let separator = '\n';
  const srcRoot = pathToFileURL(workingFolder.endsWith(path.sep) ? workingFolder : workingFolder + path.sep).href;
  return {
    begin: () => {
      const head = JSON.stringify({
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'cablelint', rules: sarifRules } },
            columnKind: 'utf16CodeUnits',
            originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
            results: [],
          },
        ],
      });
      // Reopen the empty results array (and the objects around it) to stream into it.
      return head.slice(0, -'[]}]}'.length) + '[';
    },
    file: ({ path: file, diagnostics }) => {
      const location = artifactLocation(file, workingFolder);
      return diagnostics
        .map((diagnostic) => {
          const code = ruleCode(diagnostic);
          const index = ruleIndex.get(code);
          const { line, column, endLine, endColumn } = oneBased(diagnostic.range);
          const result = {
            ruleId: code,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: levelOfSeverityName[severityName(diagnostic)],
            message: { text: singleLine(diagnostic.message) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: location,
                  region: { startLine: line, startColumn: column, endLine, endColumn },
                },
              },
            ],
          };
          const entry = separator + JSON.stringify(result);
          separator = ',\n';
          return entry;
        })
        .join('');
    },
    end: () => '\n]}]}\n',
  };
}
