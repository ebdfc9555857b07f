/**
 * A cap on audits running at once (each holds a worker thread or slices of this one, and up to the body
 * limit of input): one more is refused with 503 and Retry-After rather than queued, so no number of
 * requests buys unbounded memory or threads. One per app, created by the factory.
 */
export interface AuditSlots {
  /** A slot's release function (call it once, when the audit ends however it ends), or undefined if full. */
  take(): (() => void) | undefined;
}

export function auditSlots(max: number): AuditSlots {
  let running = 0;
  return {
    take() {
      if (running >= max) return undefined;
      running += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running -= 1;
      };
    },
  };
}
