/**
 * The `kefu watch` screen (#16): the open obligations nearest their due time, with the time left counting
 * down, and the alerts as the monitor raises them. The obligations are fetched again every `refreshMs` and
 * at once after an alert (an alert means an obligation changed); the alert stream reconnects by itself,
 * resuming after the last alert it showed (`Last-Event-ID`), so a dropped connection loses none.
 */
import { Header, STATUS_COLORS, statusLabel, Table } from '@kefu/ui-kit';
import { Box, Text, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../context.js';
import {
  isFatal,
  problemMessage,
  type WatchClient,
  WatchError,
  type WatchedAlert,
  type WatchedObligation,
  type WatchProblem,
} from './client.js';
import { useTerminalColumns } from './columns.js';
import { shortInstant, timeLeft } from './countdown.js';

export interface WatchProps {
  readonly client: WatchClient;
  readonly lang: Lang;
  /**
   * The width to lay out to off a terminal (a pipe, a test); on a terminal its own width, followed as it is
   * resized. The tables wrap to it.
   */
  readonly columns: number;
  /** How many obligations to show. */
  readonly limit: number;
  /** The wall clock (the countdown's). */
  readonly now: () => Date;
  /** Default 5 000 ms. */
  readonly refreshMs?: number;
  /** The obligations already fetched before the screen opened (so it opens drawn, and a start-up failure was said). */
  readonly initial?: readonly WatchedObligation[];
  /** Alerts kept on screen, newest first. Default 8. */
  readonly alertsShown?: number;
  /** q or Ctrl-C (no problem), or a problem waiting will not fix. */
  readonly onExit: (problem?: WatchProblem) => void;
}

type StreamState = 'connecting' | 'live' | 'reconnecting';

const RECONNECT_MAX_MS = 30_000;
const MIN_REFRESH_SPACING_MS = 1000;

/** Resolves after `ms`, or at once when `signal` aborts; leaves no listener behind (the screen runs for days). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

const subject = (finding: WatchedObligation['finding']): string => finding.key ?? finding.employee ?? '';

function useClock(now: () => Date): Date {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  return time;
}

export function Watch({
  client,
  lang,
  columns,
  limit,
  now,
  initial,
  refreshMs = 5000,
  alertsShown = 8,
  onExit,
}: WatchProps) {
  const zh = lang === 'zh';
  const width = useTerminalColumns(columns);
  const time = useClock(now);
  const [obligations, setObligations] = useState<readonly WatchedObligation[] | undefined>(initial);
  const [alerts, setAlerts] = useState<readonly WatchedAlert[]>([]);
  const [stream, setStream] = useState<StreamState>('connecting');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // Cut the obligations' wait short when an alert arrives.
  const refreshNow = useRef<AbortController>(new AbortController());

  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) onExit();
  });

  useEffect(() => {
    const stop = new AbortController();
    let loaded = initial !== undefined;
    const fail = (error: unknown): WatchProblem | undefined => {
      if (stop.signal.aborted) return undefined;
      // Anything but a WatchError is unexpected here: said like a network failure rather than lost unhandled.
      const problem: WatchProblem =
        error instanceof WatchError
          ? error.problem
          : { kind: 'unreachable', url: client.url, detail: error instanceof Error ? error.message : String(error) };
      // Before the first answer nothing is on screen to keep: whatever went wrong is said and the screen ends.
      if (!loaded || isFatal(problem)) onExit(problem);
      else setNotice(problemMessage(problem, lang));
      return problem;
    };

    async function refreshLoop(): Promise<void> {
      while (!stop.signal.aborted) {
        try {
          const list = await client.obligations(limit, stop.signal);
          loaded = true;
          setObligations(list);
          setNotice(undefined);
        } catch (error) {
          fail(error);
        }
        // At most one request a second however fast alerts come (a stream catching up sends many at once).
        const spacing = Math.min(MIN_REFRESH_SPACING_MS, refreshMs);
        await pause(spacing, stop.signal);
        await pause(refreshMs - spacing, AbortSignal.any([stop.signal, refreshNow.current.signal]));
        if (refreshNow.current.signal.aborted) refreshNow.current = new AbortController();
      }
    }

    async function streamLoop(): Promise<void> {
      let lastSeq: number | undefined;
      let wait = 1000;
      while (!stop.signal.aborted) {
        try {
          await client.alerts(lastSeq, stop.signal, {
            onOpen: () => {
              wait = 1000;
              setStream('live');
            },
            onAlert: (alert) => {
              lastSeq = alert.seq;
              setAlerts((shown) => [alert, ...shown].slice(0, alertsShown));
              refreshNow.current.abort();
            },
          });
        } catch (error) {
          if (fail(error) !== undefined && !loaded) return;
        }
        if (stop.signal.aborted) return;
        setStream('reconnecting');
        await pause(wait, stop.signal);
        wait = Math.min(RECONNECT_MAX_MS, wait * 2);
      }
    }

    void streamLoop();
    // With the obligations given, the first refresh waits its turn.
    void (initial === undefined ? refreshLoop() : pause(refreshMs, stop.signal).then(refreshLoop));
    return () => stop.abort();
  }, [client, limit, refreshMs, alertsShown, lang, onExit, initial]);

  const streamText = {
    connecting: zh ? '○ 连接中' : '○ connecting',
    live: zh ? '● 实时' : '● live',
    reconnecting: zh ? '○ 重新连接中' : '○ reconnecting',
  }[stream];

  return (
    <Box flexDirection="column" width={width}>
      <Box justifyContent="space-between">
        <Header title={zh ? `Kefu 监控 — ${client.url.origin}` : `Kefu watch — ${client.url.origin}`} />
        <Text color={stream === 'live' ? 'green' : 'yellow'}>{streamText}</Text>
      </Box>
      <Text> </Text>
      <Text bold>{zh ? '最临近到期的未结义务' : 'Open obligations, nearest due first'}</Text>
      {obligations === undefined ? (
        <Text dimColor>{zh ? '加载中…' : 'loading…'}</Text>
      ) : obligations.length === 0 ? (
        <Text dimColor>{zh ? '没有未结的义务。' : 'No open obligations.'}</Text>
      ) : (
        <Table
          maxWidth={width}
          columns={[
            { key: 'due', header: zh ? '到期' : 'Due' },
            { key: 'left', header: zh ? '剩余' : 'Left', align: 'right' },
            { key: 'status', header: zh ? '状态' : 'Status' },
            { key: 'rule', header: zh ? '规则' : 'Rule' },
            { key: 'subject', header: zh ? '案件/人员' : 'Case / person' },
          ]}
          rows={obligations.map((o) => ({
            due: shortInstant(o.dueAt),
            left: timeLeft(o.dueAt, time, lang),
            status: statusLabel(o.status, lang),
            rule: o.ruleId,
            subject: subject(o.finding),
          }))}
        />
      )}
      <Text> </Text>
      <Text bold>{zh ? '告警（最新在前）' : 'Alerts, newest first'}</Text>
      {alerts.length === 0 ? (
        <Text dimColor>{zh ? '暂无告警。' : 'No alerts yet.'}</Text>
      ) : (
        alerts.map((a) => (
          <Text key={a.id} wrap="wrap">
            <Text color={STATUS_COLORS[a.kind]} bold={a.kind === 'breached'}>
              {statusLabel(a.kind, lang)}
            </Text>
            {` ${shortInstant(a.at)}  ${a.finding.result.ruleId}  ${subject(a.finding)}  `}
            <Text dimColor>{a.finding.result.explanation?.[lang] ?? ''}</Text>
          </Text>
        ))
      )}
      <Text> </Text>
      {notice === undefined ? null : <Text color="yellow">{notice}</Text>}
      <Text dimColor>
        {zh ? `q 退出 · 每 ${refreshMs / 1000} 秒刷新` : `q to quit · refreshed every ${refreshMs / 1000} s`}
      </Text>
    </Box>
  );
}
