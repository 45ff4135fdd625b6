// Preloaded into the server by the protocol-abuse tests (never by the product): SIGUSR2 runs a
// full garbage collection, then writes a running count and the used heap to stderr, for memory
// figures that do not depend on GC timing.
let collections = 0;
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`cable-test-gc ${++collections} heapUsed=${process.memoryUsage().heapUsed}\n`);
});
