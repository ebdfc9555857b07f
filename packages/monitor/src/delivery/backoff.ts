/**
 * When a failed webhook delivery is tried again: exponential backoff with full jitter (the AWS
 * Architecture Blog's "Exponential Backoff And Jitter"): the n-th retry waits a uniformly random time in
 * [0, min(cap, base × factor^(n-1))). The jitter spreads the retries of many alerts that failed together
 * (a receiver that was down), so they do not all come back at the same instant.
 */

export interface BackoffPolicy {
  /** The first retry's ceiling, in ms. Default 1 000. */
  readonly baseMs: number;
  /** Default 2. */
  readonly factor: number;
  /** No wait is longer than this, in ms. Default 3 600 000 (one hour). */
  readonly capMs: number;
  /**
   * After this many failed attempts the delivery is given up (kept as dead, with its last error). Default 20:
   * retries spread over up to about 8 hours (4 on average), long enough for a receiver's outage to end.
   */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, factor: 2, capMs: 3_600_000, maxAttempts: 20 };

/** The ceiling of the wait after `failures` failed attempts (1 after the first failure). */
export function backoffCeiling(policy: BackoffPolicy, failures: number): number {
  const exponent = Math.max(0, failures - 1);
  // factor^exponent overflows to Infinity for a long history; min() then gives the cap, as it should.
  return Math.min(policy.capMs, policy.baseMs * policy.factor ** exponent);
}

/**
 * The next attempt's time after `failures` failed attempts, or `undefined` once `maxAttempts` is reached
 * (given up). `random` is in [0, 1) (Math.random by default; a test injects its own).
 */
export function nextAttemptAt(
  policy: BackoffPolicy,
  failures: number,
  now: Date,
  random: () => number,
): Date | undefined {
  if (failures >= policy.maxAttempts) return undefined;
  const wait = Math.floor(random() * backoffCeiling(policy, failures));
  return new Date(now.getTime() + wait);
}

/** A policy as given by a user, checked: every field a positive, finite number (else a clear error). */
export function backoffPolicy(overrides: Partial<BackoffPolicy> = {}): BackoffPolicy {
  const policy = { ...DEFAULT_BACKOFF, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`webhook backoff: ${name} must be a positive number, got ${String(value)}`);
    }
  }
  if (policy.factor < 1) throw new RangeError(`webhook backoff: factor must be at least 1, got ${policy.factor}`);
  if (!Number.isInteger(policy.maxAttempts)) {
    throw new RangeError(`webhook backoff: maxAttempts must be a whole number, got ${policy.maxAttempts}`);
  }
  return policy;
}
