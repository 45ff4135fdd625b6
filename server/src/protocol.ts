// Custom messages between the VS Code client and the cable language server. Shared by both
// sides; it has no runtime dependency, so the client bundle stays free of server code.
import type { CableFile, Level } from './parser/model';

/**
 * Request `cable/summary`: what the cables in an open document are, for the status bar.
 * Params: `{ uri }` of a document the client has opened on the server.
 * Result: one entry per cable, in file order; `{ cables: [] }` for an unknown URI.
 */
export const cableSummaryRequest = 'cable/summary';

export interface CableSummaryParams {
  uri: string;
}

export interface CableSummary {
  /** Canonical cable ID (`08TASHKENT578`), when the parser could work it out. */
  id?: string;
  /** The cable's classification level, when known. */
  classification?: Level;
}

export interface CableSummaryResult {
  cables: CableSummary[];
}

/** The server's answer for a parsed document. */
export function summariseCableFile(file: CableFile): CableSummaryResult {
  return { cables: file.cables.map((cable) => ({ id: cable.id, classification: cable.level })) };
}
