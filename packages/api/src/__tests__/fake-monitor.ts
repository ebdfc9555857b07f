/**
 * An in-memory stand-in for `@kefu/monitor`'s `Monitor` (the contract), for the route tests: it keeps each
 * organisation's events and alerts apart, so a test can see which organisation a request reached. It does
 * not audit anything (the real monitor's own tests do); events get no findings.
 */
import type { Alert, IngestResult, LineFate, Monitor, MonthReport, OpenObligation } from '@kefu/monitor';

export interface FakeMonitor extends Monitor {
  /** Event ids stored per organisation. */
  readonly events: Map<string, string[]>;
  /** Raise an alert for an organisation (as a timer would). */
  raise(org: string, kind: Alert['kind'], at: string): Alert;
  readonly obligations: Map<string, OpenObligation[]>;
  readonly calls: { method: string; org: string; now?: string }[];
}

/** What `@kefu/monitor`'s MonitorError is to the API: an Error named so, with a code. */
class FakeMonitorError extends Error {
  override readonly name = 'MonitorError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseLines(input: string): unknown[] {
  const trimmed = input.trim();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n'))) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return [undefined];
    }
  }
  return input.split('\n').map((line) => {
    if (line.trim() === '') return null;
    try {
      return JSON.parse(line) as unknown;
    } catch {
      return undefined;
    }
  });
}

export function fakeMonitor(): FakeMonitor {
  const events = new Map<string, string[]>();
  const alertsByOrg = new Map<string, Alert[]>();
  const obligations = new Map<string, OpenObligation[]>();
  const calls: FakeMonitor['calls'] = [];
  let seq = 0;
  const month = (org: string, m: string, closed: boolean): MonthReport => {
    void org;
    return { month: m, findings: [], ledger: [], closed };
  };
  return {
    events,
    obligations,
    calls,
    raise(org, kind, at) {
      seq += 1;
      const alert: Alert = {
        id: `alert-${org}-${seq}`,
        org,
        kind,
        at,
        seq,
        finding: { lines: [1], key: 'C-1', result: { status: kind } } as unknown as Alert['finding'],
      };
      alertsByOrg.set(org, [...(alertsByOrg.get(org) ?? []), alert]);
      return alert;
    },
    async ingest(org, input, now): Promise<IngestResult> {
      calls.push({ method: 'ingest', org, now: now.toISOString() });
      if (input.split('\n').length > 50) throw new FakeMonitorError('too-many-events', 'more than 50 events at once');
      const stored = events.get(org) ?? [];
      events.set(org, stored);
      const lines: LineFate[] = parseLines(input).flatMap((event, i): LineFate[] => {
        const line = i + 1;
        if (event === null) return []; // a blank line, as the audit skips it
        if (typeof event !== 'object' || event === null) {
          return [{ line, fate: 'rejected', code: 'malformed-json', reason: 'not a JSON object' }];
        }
        const id = String((event as { id?: unknown }).id ?? `sha256:${line}`);
        if (stored.includes(id)) return [{ line, id, fate: 'duplicate' }];
        stored.push(id);
        return [{ line, id, fate: 'accepted' }];
      });
      const count = (fate: LineFate['fate']) => lines.filter((l) => l.fate === fate).length;
      return {
        accepted: count('accepted'),
        duplicates: count('duplicate'),
        rejected: count('rejected'),
        lines,
        findings: 0,
      };
    },
    async openObligations(org, options) {
      calls.push({ method: 'openObligations', org });
      return (obligations.get(org) ?? []).slice(0, options?.limit);
    },
    async alerts(org, options) {
      const after = options?.after ?? 0;
      return (alertsByOrg.get(org) ?? []).filter((a) => a.seq > after).slice(0, options?.limit);
    },
    async lastAlertSeq(org) {
      return alertsByOrg.get(org)?.at(-1)?.seq ?? 0;
    },
    async month(org, m, now) {
      calls.push({ method: 'month', org, now: now.toISOString() });
      return month(org, m, false);
    },
    async closeMonth(org, m, now) {
      calls.push({ method: 'closeMonth', org, now: now.toISOString() });
      if (m > now.toISOString().slice(0, 7)) throw new FakeMonitorError('month-not-ended', `${m} is not over yet`);
      return month(org, m, true);
    },
    async tick() {
      return 0;
    },
    async nextTimerAt() {
      return undefined;
    },
    outbox: {
      async claim() {
        return [];
      },
      async delivered() {},
      async failed() {},
    },
    async close() {},
  };
}
