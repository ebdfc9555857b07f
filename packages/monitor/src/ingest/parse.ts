/**
 * An ingestion's body, one JSON object, a JSON array or NDJSON, cut into items with their input line
 * numbers (NDJSON line, or array position), each with its event id. Lines that cannot be events at all
 * (not JSON, not an object, a bad `id`) get their fate here and never reach the audit.
 */
import type { LineFate } from '../contract.js';
import { derivedEventId } from '../ids.js';

export interface IngestLimits {
  /** The body's size in UTF-8 bytes (default 8 MiB). */
  readonly maxBodyBytes: number;
  /** Events (NDJSON lines or array elements) in one body (default 10 000). */
  readonly maxEvents: number;
}

export const DEFAULT_LIMITS: IngestLimits = { maxBodyBytes: 8 * 1024 * 1024, maxEvents: 10_000 };
/** An event's own id: at most this many characters. */
export const MAX_EVENT_ID = 200;

export interface ParsedItem {
  readonly line: number;
  readonly id: string;
  readonly event: Readonly<Record<string, unknown>>;
  readonly raw: string;
}

export interface ParsedBody {
  readonly items: readonly ParsedItem[];
  /** Fates decided while parsing (rejections), by input line. */
  readonly fates: readonly LineFate[];
}

/** The body itself is unusable (too large, too many events): nothing of it is read. */
export class IngestLimitError extends Error {
  override readonly name = 'IngestLimitError';
  constructor(
    readonly code: 'body-too-large' | 'too-many-events',
    message: string,
  ) {
    super(message);
  }
}

export function parseBody(input: string, limits: IngestLimits): ParsedBody {
  const bytes = Buffer.byteLength(input, 'utf8');
  if (bytes > limits.maxBodyBytes) {
    throw new IngestLimitError(
      'body-too-large',
      `the body is ${bytes} bytes, more than the ${limits.maxBodyBytes} one ingestion takes: send it in smaller batches`,
    );
  }
  const whole = wholeJson(input);
  const values: { line: number; value: unknown; raw: string }[] = [];
  const fates: LineFate[] = [];
  if (Array.isArray(whole)) {
    checkCount(whole.length, limits);
    whole.forEach((value, i) => {
      values.push({ line: i + 1, value, raw: JSON.stringify(value) });
    });
  } else if (whole !== undefined && whole !== null && typeof whole === 'object') {
    values.push({ line: 1, value: whole, raw: input.trim() });
  } else {
    const lines = input.split('\n');
    let count = 0;
    for (const [i, text] of lines.entries()) {
      const line = text.endsWith('\r') ? text.slice(0, -1) : text;
      if (line.trim().length === 0) continue; // a blank line holds no event (a trailing newline, a spacer)
      count += 1;
      checkCount(count, limits);
      try {
        values.push({ line: i + 1, value: JSON.parse(line) as unknown, raw: line });
      } catch (e) {
        const reason = `malformed JSON: ${e instanceof Error ? e.message : String(e)}`;
        fates.push({ line: i + 1, fate: 'rejected', code: 'malformed-json', reason });
      }
    }
  }
  const items: ParsedItem[] = [];
  for (const { line, value, raw } of values) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      fates.push({ line, fate: 'rejected', code: 'not-an-object', reason: 'an event is a JSON object' });
      continue;
    }
    const event = value as Record<string, unknown>;
    const own = event.id;
    if (own !== undefined && (typeof own !== 'string' || own.length === 0 || own.length > MAX_EVENT_ID)) {
      fates.push({
        line,
        fate: 'rejected',
        code: 'invalid-event',
        reason: `id: an event's id is a string of 1 to ${MAX_EVENT_ID} characters`,
      });
      continue;
    }
    items.push({ line, id: typeof own === 'string' ? own : derivedEventId(event), event, raw });
  }
  return { items, fates };
}

function checkCount(count: number, limits: IngestLimits): void {
  if (count > limits.maxEvents) {
    throw new IngestLimitError(
      'too-many-events',
      `more than ${limits.maxEvents} events in one ingestion: send them in smaller batches`,
    );
  }
}

/** The body as one JSON value, when it is one (an object or an array); `undefined` for NDJSON. */
function wholeJson(input: string): unknown {
  const start = input.trimStart()[0];
  if (start !== '[' && start !== '{') return undefined;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    // Not one JSON value: read as NDJSON, so each bad line is rejected with its own number and reason.
    return undefined;
  }
}
