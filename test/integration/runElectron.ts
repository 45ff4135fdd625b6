// Runs the integration suite in desktop VS Code through @vscode/test-electron, the usual way
// on a machine with internet (it downloads VS Code into .vscode-test/ on first use).
//   node out/test/integration/runElectron.js
// VSCODE_VERSION picks the version (default: stable); VSCODE_EXECUTABLE uses an installed
// VS Code instead of downloading one. Offline, use runCodeServer.js instead.
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { createFixture, repoRoot } from './fixture';

async function main(): Promise<number> {
  const fixture = createFixture();
  try {
    return await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out/test/integration/suite/index'),
      version: process.env.VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
      launchArgs: [
        fixture.workspace,
        '--user-data-dir', fixture.userDataDir,
        '--extensions-dir', fixture.extensionsDir,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } catch (error) {
    console.error(`The integration suite failed to run in VS Code: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(fixture.root, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
