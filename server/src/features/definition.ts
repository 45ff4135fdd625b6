// Navigation between REF items and their mentions: from `REF A` / `reftel` in the text to the
// item, from an item to every mention of it, and from an item naming a cable to that cable
// (in this file, or in the workspace through WorkspaceCables).
import type { Location, LocationLink } from 'vscode-languageserver-types';
import type { Cable, CableFile, Position, Range, Reference } from '../parser/model';
import { containsPosition } from './ranges';
import { findRefMentions, mentionTargets, type RefMention } from './refMentions';
import { cableAtLine, documentLines } from './structure';
import { noWorkspaceCables, type WorkspaceCables } from './workspaceCables';

const startOfFile: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where a referenced cable is: a cable of this file first, else a file of the workspace. */
export function locateCable(file: CableFile, uri: string, id: string, workspace: WorkspaceCables): { uri: string; range: Range; selectionRange: Range } | undefined {
  const local = file.cables.find((c) => c.id === id);
  if (local) return { uri, range: local.range, selectionRange: local.banner?.range ?? local.range };
  const other = workspace.uriOf(id);
  return other ? { uri: other, range: startOfFile, selectionRange: startOfFile } : undefined;
}

interface Under {
  cable: Cable;
  lines: readonly string[];
  mention?: { mention: RefMention; letter?: RefMention['letters'][number] };
  item?: Reference;
}

/** The mention or REF item under the position. */
function under(file: CableFile, text: string, position: Position): Under | undefined {
  const cable = cableAtLine(file.cables, position.line);
  if (!cable) return undefined;
  const lines = documentLines(text);
  const item = cable.references?.items.find((i) => containsPosition(i.range, position));
  if (item) return { cable, lines, item };
  for (const mention of findRefMentions(cable, lines, position.line, position.line)) {
    if (!containsPosition(mention.range, position)) continue;
    return { cable, lines, mention: { mention, letter: mention.letters.find((l) => containsPosition(l.range, position)) } };
  }
  return { cable, lines };
}

export function definition(file: CableFile, text: string, uri: string, position: Position, workspace: WorkspaceCables = noWorkspaceCables): LocationLink[] {
  const found = under(file, text, position);
  if (found?.mention) {
    const { mention, letter } = found.mention;
    return mentionTargets(found.cable, mention, letter).map((item) => ({
      originSelectionRange: letter?.range ?? mention.range,
      targetUri: uri,
      targetRange: item.range,
      targetSelectionRange: item.letter?.range ?? item.range,
    }));
  }
  const item = found?.item;
  if (!item?.cableId) return [];
  const target = locateCable(file, uri, item.cableId, workspace);
  if (!target) return [];
  return [{ originSelectionRange: item.cableIdRange ?? item.range, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.selectionRange }];
}

/** Every mention of the REF item under the position (or of the items a mention names). */
export function references(file: CableFile, text: string, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const found = under(file, text, position);
  if (!found) return [];
  const items = found.item ? [found.item] : found.mention ? mentionTargets(found.cable, found.mention.mention, found.mention.letter) : [];
  if (items.length === 0) return [];
  const locations: Location[] = includeDeclaration ? items.map((item) => ({ uri, range: item.letter?.range ?? item.range })) : [];
  const pointsHere = (mention: RefMention, letter?: RefMention['letters'][number]) => mentionTargets(found.cable, mention, letter).some((i) => items.includes(i));
  for (const mention of findRefMentions(found.cable, found.lines)) {
    // A lettered mention is found at each letter that names an item; `reftel` as a whole.
    const ranges = mention.letters.length ? mention.letters.filter((l) => pointsHere(mention, l)).map((l) => l.range) : pointsHere(mention) ? [mention.range] : [];
    locations.push(...ranges.map((range) => ({ uri, range })));
  }
  return locations;
}
