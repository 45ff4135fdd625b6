// Paragraph numbers as meant: a lost pilcrow can come back as the digit 1, so `13.` after
// `¶2.` stands for `¶3.` (format-notes 3.9). Only read so when the pattern persists or the
// file uses pilcrows elsewhere; a lone jump from 2 to 13 is just a gap.
import type { Paragraph } from './model';

export function resolvePilcrows(paragraphs: Paragraph[]): void {
  let previous = 0;
  let pilcrowSeen = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const hasPilcrow = paragraph.numberToken.text.includes('¶');
    const expected = previous + 1;
    if (!hasPilcrow && paragraph.writtenNumber !== expected && String(paragraph.writtenNumber) === `1${expected}`) {
      const next = paragraphs[i + 1];
      const persists = next !== undefined && !next.numberToken.text.includes('¶') && String(next.writtenNumber) === `1${expected + 1}`;
      if (pilcrowSeen || persists) {
        paragraph.number = expected;
        paragraph.garbledPilcrow = true;
      }
    }
    pilcrowSeen ||= hasPilcrow;
    previous = paragraph.number;
  }
}
