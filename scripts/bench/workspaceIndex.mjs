// 5. Workspace index: the section `scripts/bench-workspace.mjs` measures (a temporary workspace
//    of cable files indexed by the real server over stdio), run as part of `npm run bench`.
import { runWorkspaceIndexBenchmark } from '../bench-workspace.mjs';

/** `files` cable files: 100,000 in a full run, fewer with `--quick`; `modules` as the other sections have them built. */
export function runWorkspaceIndex({ corpus, modules, files, progress }) {
  return runWorkspaceIndexBenchmark({ files, corpus, modules, progress });
}
