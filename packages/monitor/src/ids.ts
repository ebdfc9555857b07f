/**
 * Derived ids: the same input always gives the same id, so a retry after a crash (an event sent again, an
 * alert raised again) can never mint a new one.
 */
import { createHash } from 'node:crypto';
import type { AlertKind } from './contract.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with every object's keys sorted: two spellings of the same event give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An event without an id of its own: `sha256:` of its canonical JSON. */
export function derivedEventId(event: object): string {
  return `sha256:${sha256(canonicalJson(event))}`;
}

/** The obligation's id: its rule, whom or what it concerns, and its window (NUL-separated, so no field runs into another). */
export function obligationId(parts: readonly (string | undefined)[]): string {
  return `obl_${sha256(parts.map((p) => p ?? '').join('\u0000')).slice(0, 32)}`;
}

export function alertId(org: string, obligation: string, kind: AlertKind): string {
  return `alert_${sha256(`${org}\u0000${obligation}\u0000${kind}`).slice(0, 40)}`;
}

export function outboxId(alert: string, url: string): string {
  return `out_${sha256(`${alert}\u0000${url}`).slice(0, 40)}`;
}
