// Entry point of the integration suite inside VS Code (extensionTestsPath): runs the
// compiled *.test.js files of this folder with Mocha (TDD interface), then, when the runner
// asked for a screenshot, lays out the workbench for it.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { arrangeForScreenshot } from './screenshotLayout';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (process.env.CABLE_IT_SCREENSHOT === '1') await arrangeForScreenshot();
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
