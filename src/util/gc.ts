/**
 * A full garbage collection, when node runs with --expose-gc (the build's own process: package.json's build script;
 * its ingest process: src/publish/children.ts), at the end of a phase. V8 collects when it needs room, and under a
 * 2 GB heap limit it let garbage pile up: at national scale the ingest process ended with 0.25 GB live in a 1 GB heap,
 * its peak 1.14 or 1.42 GB from one run to the next; the build's own process, idle while others work, kept what
 * its last phase left beside them. Without the flag it does nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A collection of the young generation only (a few ms): frees the short-lived Buffers a loop made, whose bytes live
 * outside V8's heap, where V8 counts them late (src/ingest/whole-cache.ts). Without --expose-gc it does nothing.
 */
export function collectYoungGarbage(): void {
  (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
}
