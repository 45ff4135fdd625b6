// `file:line:col severity code message`, one problem per line, as editors and grep expect.
import { oneBased, type Reporter, ruleCode, severityName, singleLine, terminalSafe } from './reporter';

export const textReporter: Reporter = {
  begin: () => '',
  file: ({ path, diagnostics }) =>
    diagnostics
      .map((diagnostic) => {
        const { line, column } = oneBased(diagnostic.range);
        return `${terminalSafe(path)}:${line}:${column} ${severityName(diagnostic)} ${ruleCode(diagnostic)} ${terminalSafe(singleLine(diagnostic.message))}\n`;
      })
      .join(''),
  end: () => '',
};
