// Document links: a REF item that names a cable the workspace has links to that cable's file.
import type { DocumentLink } from 'vscode-languageserver-types';
import type { CableFile } from '../parser/model';
import type { WorkspaceCables } from './workspaceCables';

export function documentLinks(file: CableFile, workspace: WorkspaceCables): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const cable of file.cables) {
    for (const item of cable.references?.items ?? []) {
      if (!item.cableId) continue;
      const target = workspace.uriOf(item.cableId);
      if (target) links.push({ range: item.cableIdRange ?? item.range, target, tooltip: `Open ${item.cableId}` });
    }
  }
  return links;
}
