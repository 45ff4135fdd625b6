// The workspace the integration suite runs in, built afresh in a temporary folder: the sample
// cable as `.cable`, the same text as `.txt` (for content detection), a plain `.txt` that must
// stay plain text, a few corpus cables of other header shapes, and the invented example
// with header problems from samples/.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
export const corpusFolder = path.resolve(repoRoot, '../shared/corpus/cables');

/** File names inside the fixture workspace; the suite reads them from here too. */
export const fixtureFiles = {
  sample: '08TASHKENT578.cable',
  headerProblems: 'example-header-problems.cable',
  sampleAsText: '08TASHKENT578-copy.txt',
  plainText: 'notes.txt',
  corpusFolder: 'corpus',
} as const;

/** Other header shapes: a partial extract, an ACP-126 cable, an ACP-127 cable. */
export const corpusCableIds = ['00HARARE5461', '01PRETORIA1173', '05NEWDELHI9761'] as const;

/**
 * With `--screenshot`, the suite lays out the workbench after its tests, logs this marker and
 * waits until the runner has written the file named by CABLE_IT_SCREENSHOT_SIGNAL.
 */
export const screenshotReadyMarker = '[cable-it] ready for screenshot';

export interface Fixture {
  /** Parent of everything below; delete it when done. */
  root: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
}

/** User settings that keep the workbench quiet and deterministic under test. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.stickyScroll.enabled': false,
  'chat.disableAIFeatures': true,
};

export function createFixture(): Fixture {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cable-it-'));
  const workspace = path.join(root, 'workspace');
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  mkdirSync(path.join(workspace, fixtureFiles.corpusFolder), { recursive: true });
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir);

  const sample = path.join(corpusFolder, '08TASHKENT578.txt');
  copyFileSync(sample, path.join(workspace, fixtureFiles.sample));
  copyFileSync(sample, path.join(workspace, fixtureFiles.sampleAsText));
  writeFileSync(path.join(workspace, fixtureFiles.plainText), 'Shopping list\n\n- tea\n- UNCLASSIFIED stamps\n');
  copyFileSync(path.join(repoRoot, 'samples', fixtureFiles.headerProblems), path.join(workspace, fixtureFiles.headerProblems));
  for (const id of corpusCableIds) {
    copyFileSync(path.join(corpusFolder, `${id}.txt`), path.join(workspace, fixtureFiles.corpusFolder, `${id}.cable`));
  }
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  return { root, workspace, userDataDir, extensionsDir };
}
