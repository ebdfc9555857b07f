/** A request the monitor cannot serve, in the caller's words; `code` lets an adapter pick its status. */
export class MonitorError extends Error {
  override readonly name = 'MonitorError';
  constructor(
    readonly code: 'unknown-org' | 'invalid-month' | 'month-not-ended' | 'body-too-large' | 'too-many-events',
    message: string,
  ) {
    super(message);
  }
}
