/**
 * A process the build started exits when the process that started it is gone (DESIGN §9: a killed build leaves
 * nothing running and nothing writing). A parent killed with SIGKILL cannot tell its children; the system gives
 * them a new parent, so a child sees its parent id change. Only children watch: the build the user started may
 * outlive its terminal (nohup, a CI step's shell).
 */
let parent: number | undefined;

/** Watch from now on: checked every `intervalMs` while the event loop turns, and by exitIfOrphaned before writing. */
export function exitWithParent(intervalMs = 250): void {
  parent = process.ppid;
  setInterval(exitIfOrphaned, intervalMs).unref();
}

/** Exits at once when this watching process has lost its parent; call it before writing anything the build publishes. */
export function exitIfOrphaned(): void {
  if (parent !== undefined && process.ppid !== parent) process.exit(1);
}
