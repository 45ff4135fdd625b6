// A small glob matcher for cablelint's inputs (Node 20 has no fs.glob): `*` and `?` within
// one path segment, `**` for any number of segments. Wildcards do not match hidden names
// (starting with a dot), as in the shell.

export function hasGlobMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Splits `dir/sub/**\/*.txt` into the literal directory to walk and the pattern segments below it. */
export function splitGlob(pattern: string): { base: string; segments: string[] } {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, segments: parts.slice(firstMagic).filter((segment) => segment !== '') };
}

const segmentCache = new Map<string, RegExp>();

function segmentRegExp(segment: string): RegExp {
  let regexp = segmentCache.get(segment);
  if (!regexp) {
    const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    regexp = new RegExp(`^${body}$`);
    segmentCache.set(segment, regexp);
  }
  return regexp;
}

function segmentMatches(patternSegment: string, name: string): boolean {
  if (name.startsWith('.') && !patternSegment.startsWith('.')) return false;
  return segmentRegExp(patternSegment).test(name);
}

/** Matches path segments (relative to the glob's base) against pattern segments. */
export function globMatches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') {
    for (let skipped = 0; skipped <= path.length; skipped++) {
      if (globMatches(rest, path.slice(skipped))) return true;
      if (skipped < path.length && path[skipped].startsWith('.')) return false;
    }
    return false;
  }
  return path.length > 0 && segmentMatches(head, path[0]) && globMatches(rest, path.slice(1));
}
