// 5. Workspace index: HOOK for the workspace-index work. Replace the body of this function with
//    the measurement (index build time over the corpus folder, memory, query latency) and return
//    rows in the same shape as the other sections.
export async function runWorkspaceIndex() {
  return {
    id: 'workspaceIndex',
    title: '5. Workspace index',
    rows: [],
    notes: ['Not measured yet: the workspace index is being built separately (scripts/bench/workspaceIndex.mjs is the place).'],
  };
}
