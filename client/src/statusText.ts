// Turns the server's cable summary into the language status item's text. Pure (no `vscode`).
// IDs come from untrusted cable text and the status bar renders `$(icon)` syntax, so only
// plain ID characters and known levels get through.
import type { Level } from '../../server/src/parser/model';
import type { CableSummary } from '../../server/src/protocol';

const levelsBySensitivity: readonly string[] = ['UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] satisfies Level[];
const idShape = /^[0-9]{2}[A-Z][A-Z0-9]{1,40}$/;
const maxIdsInDetail = 10;

export interface StatusText {
  text: string;
  detail: string;
}

function safeId(id: unknown): string | undefined {
  return typeof id === 'string' && idShape.test(id) ? id : undefined;
}

function safeLevel(level: unknown): string | undefined {
  return typeof level === 'string' && levelsBySensitivity.includes(level) ? level : undefined;
}

/** The most sensitive known level among the cables. */
function highestLevel(cables: readonly CableSummary[]): string | undefined {
  let highest = -1;
  for (const cable of cables) highest = Math.max(highest, levelsBySensitivity.indexOf(safeLevel(cable.classification) ?? ''));
  return highest >= 0 ? levelsBySensitivity[highest] : undefined;
}

export function describeCables(cables: readonly CableSummary[]): StatusText {
  if (cables.length === 0) return { text: 'No cable header', detail: 'No cable was recognised in this file' };
  const level = highestLevel(cables) ?? 'Classification unknown';
  if (cables.length === 1) {
    return { text: `${level} · ${safeId(cables[0].id) ?? 'ID unknown'}`, detail: 'Classification and cable ID' };
  }
  const ids = cables.map((cable) => safeId(cable.id) ?? '?');
  const listed = ids.slice(0, maxIdsInDetail).join(', ') + (ids.length > maxIdsInDetail ? ', …' : '');
  return { text: `${level} · ${cables.length} cables`, detail: `Highest classification; ${listed}` };
}
