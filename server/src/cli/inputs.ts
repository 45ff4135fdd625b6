// Turns cablelint's arguments into a list of files: files as named, folders searched
// recursively for cable files, globs matched with ./glob. Only paths are collected here;
// the files are read one at a time later.
import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { globMatches, hasGlobMagic, splitGlob } from './glob';

/** File name endings picked up when searching folders. */
export const cableExtensions: readonly string[] = ['.txt', '.cable', '.tel'];

export interface ExpandedInputs {
  files: string[];
  /** One message per input that names nothing (missing path, glob without matches). */
  problems: string[];
}

// Folder searches skip hidden folders and installed packages, like most linters.
const skipFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

async function listFolder(folder: string): Promise<Dirent[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether a folder entry is a file or folder, following symlinks to files but not to folders (no cycles). */
async function entryKind(folder: string, entry: Dirent): Promise<'file' | 'folder' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isSymbolicLink()) {
    const target = await fs.stat(path.join(folder, entry.name)).catch(() => undefined);
    if (target?.isFile()) return 'file';
  }
  return 'other';
}

/** Walks `folder`, calling `visit` with each file's path and its segments below `folder`. */
async function walk(folder: string, below: string[], maxDepth: number, visit: (file: string, segments: string[]) => void): Promise<void> {
  for (const entry of await listFolder(folder)) {
    const kind = await entryKind(folder, entry);
    const entryPath = path.join(folder, entry.name);
    const segments = [...below, entry.name];
    if (kind === 'file') visit(entryPath, segments);
    else if (kind === 'folder' && !skipFolder(entry.name) && segments.length < maxDepth) {
      await walk(entryPath, segments, maxDepth, visit);
    }
  }
}

async function expandGlob(pattern: string, add: (file: string) => void): Promise<boolean> {
  const { base, segments } = splitGlob(pattern);
  const baseStat = await fs.stat(base).catch(() => undefined);
  if (!baseStat?.isDirectory()) return false;
  const maxDepth = segments.includes('**') ? Infinity : segments.length;
  let matched = false;
  await walk(base, [], maxDepth, (file, below) => {
    if (globMatches(segments, below)) {
      add(file);
      matched = true;
    }
  });
  return matched;
}

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: string[] = [];
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      await walk(input, [], Infinity, (file) => {
        if (cableExtensions.includes(path.extname(file).toLowerCase())) add(file);
      });
    } else if (stat) {
      add(input);
    } else if (hasGlobMagic(input)) {
      if (!(await expandGlob(input, add))) problems.push(`no files match ${input}`);
    } else {
      problems.push(`no such file or folder: ${input}`);
    }
  }
  return { files, problems };
}
