// The V8 flags the language server process runs with (set by the client that starts it, and by
// the benchmarks that measure it). V8 grows its young generation to 16 MB per semi-space while
// a parse keeps most of what it allocates, which left the server's resident memory at 11-12×
// a large file's size with the heap at 7×. Capped at 2 MB, resident memory stays under 8×, with
// no measurable change in parse time (scripts/bench/scaling.mjs).
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2'];
