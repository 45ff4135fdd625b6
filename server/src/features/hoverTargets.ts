// What a hover can explain: a range of the cable and the Markdown that explains it. Built
// lazily, since only the smallest target under the cursor is rendered.
import type { Cable, CableFile, Range, Token } from '../parser/model';
import type { Markdown } from './markdown';
import type { WorkspaceCables } from './workspaceCables';

export interface HoverTarget {
  range: Range;
  render: () => Markdown;
}

export interface HoverContext {
  file: CableFile;
  cable: Cable;
  /** The lines of the document. */
  lines: readonly string[];
  workspace: WorkspaceCables;
}

/** A target on a token that may be missing. */
export function targetOn(token: { range: Range } | undefined, render: () => Markdown): HoverTarget[] {
  return token ? [{ range: token.range, render }] : [];
}

/** Longest stretch of cable text a hover quotes. */
const maxQuoted = 160;

export function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoted ? `${flat.slice(0, maxQuoted - 1)}…` : flat;
}

/** The text of a one-line token as written, for quoting. */
export const written = (token: Token) => shortened(token.text);
