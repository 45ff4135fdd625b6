// Helpers for the editor-feature tests: positions found by text, a workspace of named cables,
// and what a hover shows once its Markdown is rendered.
import type { Position } from '../../server/src/parser/model';
import type { WorkspaceCables } from '../../server/src/features/workspaceCables';

/** The position of the `occurrence`-th `needle` in `text`, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`fixture has no ${occurrence}. ${JSON.stringify(needle)}`);
  }
  const before = text.slice(0, index + offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A workspace holding the cables `id → uri`. */
export function workspaceWith(files: Record<string, string>): WorkspaceCables {
  return { has: (id) => Object.hasOwn(files, id), uriOf: (id) => (Object.hasOwn(files, id) ? files[id] : undefined) };
}

/** The text a reader sees: code-span fences, bold markers and backslash escapes removed. */
export function shown(markdown: string): string {
  return markdown.replace(/(`+) ?(.*?) ?\1/g, '$2').replace(/\*\*/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Whether Markdown is inert: outside code spans, every special character is escaped, apart
 * from the emphasis, list and parenthesis syntax the features write themselves.
 */
export function isInertMarkdown(markdown: string): boolean {
  const outsideCode = markdown.replace(/(`+)(?!`).*?(?<!`)\1(?!`)/g, '').replace(/\\[!-/:-@[-`{-~]/g, '');
  return !/[<>&[\]`$]|\]\(|command:/.test(outsideCode);
}
