// What the editor features need to know about other cable files in the workspace. The
// workspace index implements this; the features only ask, so they stay pure functions.

export interface WorkspaceCables {
  /** Whether a file in the workspace holds the cable with this canonical ID (`08TASHKENT123`). */
  has(id: string): boolean;
  /** The URI of the file holding that cable, if any. */
  uriOf(id: string): string | undefined;
}

/** No workspace (a single file, or the index not built yet). */
export const noWorkspaceCables: WorkspaceCables = {
  has: () => false,
  uriOf: () => undefined,
};
