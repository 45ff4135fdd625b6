// Entry point of the parser: text in, located model out. Never throws; linear in the input.
import type { CableFile } from './model';

// TEMPORARY placeholder while the real parser is written (same signature).
export function parseCableFile(text: string): CableFile {
  return { cables: [], lineCount: text.split(/\r\n|\r|\n/).length };
}
