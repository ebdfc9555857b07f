/**
 * Webhook signatures (issue #16, "Delivery": signed with HMAC-SHA256 over the body with a timestamp, as
 * Stripe and GitHub do). Stripe's scheme, under Kefu's name:
 *
 *   Kefu-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">[,v1=<…>]
 *
 * The timestamp is inside what is signed, so a captured request cannot be replayed later than the
 * receiver's tolerance. Several `v1` values let a secret be rotated: the sender signs with the old and the
 * new secret for a while, and a receiver accepts the request when any of them matches one of its secrets.
 * node:crypto only; no clock is read here (`now` is an input, as everywhere in Kefu's libraries).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Kefu-Signature';
/** The alert's id: the same on every retry, so a receiver de-duplicates by it. */
export const WEBHOOK_ID_HEADER = 'Kefu-Webhook-Id';
/** 1 for the first try, 2 for the first retry, … */
export const DELIVERY_ATTEMPT_HEADER = 'Kefu-Delivery-Attempt';

/** How far a signature's timestamp may be from the receiver's clock, by default (Stripe's five minutes). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A header longer than this is not Kefu's: refused before any HMAC is computed. */
const MAX_HEADER_LENGTH = 4096;
/** At most this many `v1` values are tried (a rotation needs two), so a header cannot buy unbounded work. */
const MAX_SIGNATURES = 8;
/** SHA-256 is 32 bytes: 64 hex digits. */
const V1 = /^[0-9a-f]{64}$/;

export type WebhookBody = string | Uint8Array;

function unixSeconds(timestamp: Date | number): number {
  const ms = typeof timestamp === 'number' ? timestamp * 1000 : timestamp.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('webhook signature: the timestamp is not a valid time');
  return Math.floor(ms / 1000);
}

function hmac(secret: string, t: number, body: WebhookBody): Buffer {
  return createHmac('sha256', secret).update(`${t}.`).update(body).digest();
}

function secretList(secret: string | readonly string[]): readonly string[] {
  const list = typeof secret === 'string' ? [secret] : secret;
  if (list.length === 0 || list.some((s) => s.length === 0)) {
    throw new RangeError('webhook signature: a secret must be a non-empty string');
  }
  return list;
}

/**
 * The `Kefu-Signature` header value for `body` sent at `timestamp` (a `Date`, or unix seconds). With several
 * secrets (a rotation), one `v1` per secret.
 */
export function signWebhook(secret: string | readonly string[], body: WebhookBody, timestamp: Date | number): string {
  const t = unixSeconds(timestamp);
  const signatures = secretList(secret).map((s) => `v1=${hmac(s, t, body).toString('hex')}`);
  return [`t=${t}`, ...signatures].join(',');
}

/** The three headers of one delivery attempt (besides `Content-Type`). */
export function webhookHeaders(input: {
  readonly secret: string | readonly string[];
  readonly body: WebhookBody;
  readonly alertId: string;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly now: Date;
}): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: signWebhook(input.secret, input.body, input.now),
    [WEBHOOK_ID_HEADER]: input.alertId,
    [DELIVERY_ATTEMPT_HEADER]: String(input.attempt),
  };
}

export type VerifyFailure =
  /** No header, or not `t=…,v1=…`. */
  | 'malformed-header'
  /** The timestamp is further from `now` than the tolerance: a replay, or a clock far off. */
  | 'stale-timestamp'
  /** No `v1` matches any secret: the body was altered, or the secret is not the sender's. */
  | 'signature-mismatch';

export type VerifyResult =
  | { readonly ok: true; readonly timestamp: Date }
  | { readonly ok: false; readonly reason: VerifyFailure; readonly message: string };

export interface VerifyOptions {
  /** The receiver's clock. */
  readonly now: Date;
  /** Default 300 (five minutes). */
  readonly toleranceSeconds?: number;
}

interface ParsedHeader {
  readonly t: number;
  readonly v1: readonly Buffer[];
}

function parseHeader(header: string): ParsedHeader | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  let t: number | undefined;
  const v1: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    // Other schemes (v0, a future v2) are skipped, as Stripe's receivers do.
    else if (key === 'v1' && V1.test(value) && v1.length < MAX_SIGNATURES) v1.push(Buffer.from(value, 'hex'));
  }
  return t === undefined || v1.length === 0 ? undefined : { t, v1 };
}

const fail = (reason: VerifyFailure, message: string): VerifyResult => ({ ok: false, reason, message });

/**
 * Checks a request a Kefu monitor sent: `header` is the `Kefu-Signature` value, `body` the raw body exactly as
 * received (before any JSON parsing). `secret` may be several during a rotation. Comparison is constant-time.
 */
export function verifyWebhook(
  secret: string | readonly string[],
  header: string | null | undefined,
  body: WebhookBody,
  options: VerifyOptions,
): VerifyResult {
  const secrets = secretList(secret);
  const parsed = header === null || header === undefined ? undefined : parseHeader(header);
  if (parsed === undefined) {
    return fail('malformed-header', `${SIGNATURE_HEADER} is missing or not of the form t=<seconds>,v1=<hex>`);
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const skew = Math.abs(unixSeconds(options.now) - parsed.t);
  if (!(skew <= tolerance)) {
    return fail('stale-timestamp', `the signature's timestamp is ${skew} s from now (at most ${tolerance} s accepted)`);
  }
  for (const s of secrets) {
    const expected = hmac(s, parsed.t, body);
    // Every candidate is compared in full (no early exit inside a comparison): equal lengths are guaranteed by V1.
    if (parsed.v1.some((given) => timingSafeEqual(given, expected))) {
      return { ok: true, timestamp: new Date(parsed.t * 1000) };
    }
  }
  return fail('signature-mismatch', 'no signature matches: the body was altered or the secret is not the sender’s');
}
