// One JSON document, written one file entry (one line) at a time:
// { "files": [ { path, diagnostics, cables }, … ], "totals": { … } }
import { summariseCable } from './cableSummary';
import { type FileReport, oneBased, type Reporter, ruleCode, severityName } from './reporter';

function fileEntry({ path, model, diagnostics }: FileReport) {
  return {
    path,
    diagnostics: diagnostics.map((diagnostic) => ({
      ...oneBased(diagnostic.range),
      severity: severityName(diagnostic),
      code: ruleCode(diagnostic),
      message: diagnostic.message,
    })),
    cables: model.cables.map(summariseCable),
  };
}

export function createJsonReporter(): Reporter {
  let separator = '\n';
  return {
    begin: () => '{"files":[',
    file: (report) => {
      const entry = separator + JSON.stringify(fileEntry(report));
      separator = ',\n';
      return entry;
    },
    end: (totals) => `\n],"totals":${JSON.stringify(totals)}}\n`,
  };
}
