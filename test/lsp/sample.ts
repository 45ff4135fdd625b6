// The sample cable 08TASHKENT578 from the shared corpus, and facts about it read from its
// text (never hard-coded line numbers).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './lspTestClient';

export const corpusFolder = path.resolve(repoRoot, '../shared/corpus/cables');
export const samplePath = path.join(corpusFolder, '08TASHKENT578.txt');
export const sampleText = readFileSync(samplePath, 'utf8');
export const sampleLines = sampleText.split(/\r\n|\r|\n/);

/** 0-based lines of the paragraphs numbered `13.`..`18.`, whose pilcrow came back as a 1. */
export const garbledParagraphLines = sampleLines.flatMap((line, index) => (/^1[3-8]\. /.test(line) ? [index] : []));

export function lineOfText(prefix: string): number {
  const index = sampleLines.findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`the sample has no line starting with ${prefix}`);
  return index;
}
