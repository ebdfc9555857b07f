/**
 * Which organisation a request of the live monitor (issue #16) speaks for. A token belongs to exactly one
 * organisation and reaches that organisation's data only; the organisation is never taken from the
 * request itself (an `org` query parameter may only confirm it: naming another is a 403).
 */
import type { AlertFeed, Monitor } from '@kefu/monitor';
import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/** An organisation as the API sees it: its id and the bearer tokens that reach it. */
export interface MonitorOrgAccess {
  readonly id: string;
  readonly tokens: readonly string[];
}

/** The live monitor as given to `createApp` (the Node entry opens it; tests pass their own). */
export interface MonitorService {
  readonly monitor: Monitor;
  /**
   * The organisations served. One organisation without tokens of its own (the default, with nothing
   * configured) is reached by any token the API accepts (`KEFU_API_TOKENS`), or by anyone when auth is off.
   * With several, each must have tokens: a request could not otherwise say whose data it may see.
   */
  readonly orgs: readonly MonitorOrgAccess[];
  /** The wall clock, read here (the monitor never reads it); default `new Date()`. */
  readonly now?: () => Date;
  /**
   * The alert fan-out behind GET /v1/alerts/stream (`createAlertFeed` of `@kefu/monitor/delivery`, polling
   * `monitor.alerts`): it caps the streams open at once and ends them all when closed (at shutdown).
   */
  readonly feed: AlertFeed;
  /** How often an idle alert stream sends a heartbeat comment, in ms; default 15000. */
  readonly heartbeatMs?: number;
}

/** Why the monitor's organisations cannot be served, or undefined when they can (checked at start-up). */
export function monitorOrgsProblem(orgs: readonly MonitorOrgAccess[]): string | undefined {
  if (orgs.length === 0) return 'no organisation is configured';
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const org of orgs) {
    if (ids.has(org.id)) return `organisation ${org.id} is listed twice`;
    ids.add(org.id);
    if (orgs.length > 1 && org.tokens.length === 0) {
      return `organisation ${org.id} has no tokens; with several organisations each needs its own`;
    }
    for (const token of org.tokens) {
      const other = owner.get(token);
      // Never quote the token: this message is logged.
      if (other !== undefined) return `a token of organisation ${org.id} is also one of ${other}'s`;
      owner.set(token, org.id);
    }
  }
  return undefined;
}

export type OrgResolution =
  | { readonly ok: true; readonly org: string }
  | { readonly ok: false; readonly detail: string };

/** Resolves requests to organisations; built once per app. */
export function orgResolver(orgs: readonly MonitorOrgAccess[]) {
  const byToken = new Map<string, string>();
  for (const org of orgs) for (const token of org.tokens) byToken.set(token, org.id);
  const [only] = orgs;
  const openDefault = orgs.length === 1 && only !== undefined && only.tokens.length === 0 ? only.id : undefined;
  return (c: Context<AppEnv>, asked: string | undefined): OrgResolution => {
    const token = c.get('bearerToken');
    const org = (token !== undefined && byToken.get(token)) || openDefault;
    if (org === undefined) {
      return { ok: false, detail: 'this token belongs to none of the monitor’s organisations' };
    }
    if (asked !== undefined && asked !== org) {
      return { ok: false, detail: `this token reaches organisation ${org} only, not ${asked}` };
    }
    return { ok: true, org };
  };
}
