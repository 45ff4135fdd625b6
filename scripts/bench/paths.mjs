// Where the benchmark finds the repository, the corpus and the built server.
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const corpusDir = resolve(repoRoot, '../shared/corpus/cables');
export const serverBundle = join(repoRoot, 'dist/server.js');
export const cableGrammarPath = join(repoRoot, 'syntaxes/cable.tmLanguage.json');
/** VS Code's built-in Markdown grammar, as shipped with code-server by scripts/setup.sh. */
export const markdownGrammarCandidates = [
  '.cache/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
  '.cache/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
].map((path) => join(repoRoot, path));
