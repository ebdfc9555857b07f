/**
 * The monitor's timer loop in the Node server (issue #16 "Timers"): raises the alerts that fall due, without
 * waiting for the next event. It sleeps until the next timer or `intervalMs`, whichever is sooner (at most
 * 1 s: a timer set by another process's ingestion is seen within it, so an alert comes within 1 s of its
 * instant); the timers are claimed in the store with `FOR UPDATE SKIP LOCKED`, so several API
 * processes on one PostgreSQL can all run this loop and each due timer is raised by exactly one of them.
 */
import type { Monitor } from '@kefu/monitor';
import type { Logger } from '../settings.js';

export interface TimerLoop {
  /** Stops the loop; resolves once the tick in flight (if any) has finished. */
  stop(): Promise<void>;
}

export interface TimerLoopOptions {
  readonly intervalMs: number;
  /** The wall clock (the monitor never reads it). */
  readonly now: () => Date;
  readonly log: Logger;
  /** Called after a tick that raised alerts (to wake the delivery worker and the alert streams). */
  readonly onRaised?: () => void;
}

/** What the loop needs of the monitor; `nextTimerAt` (when the monitor has it) lets it sleep until then. */
export type TimerSource = Pick<Monitor, 'tick'> & {
  readonly nextTimerAt?: (org?: string) => Promise<Date | undefined>;
};

export function startTimerLoop(monitor: TimerSource, options: TimerLoopOptions): TimerLoop {
  let stopped = false;
  let wake: (() => void) | undefined;
  const nextWait = async (): Promise<number> => {
    const next = await monitor.nextTimerAt?.();
    if (next === undefined) return options.intervalMs;
    return Math.max(0, Math.min(options.intervalMs, next.getTime() - options.now().getTime()));
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const run = async () => {
    while (!stopped) {
      try {
        const raised = await monitor.tick(options.now());
        if (raised > 0) {
          options.log({ level: 'info', msg: 'alerts raised', count: raised });
          options.onRaised?.();
        }
        if (!stopped) await pause(await nextWait());
      } catch (error) {
        // A lost connection or a busy database: logged, and the next tick tries again (nothing is claimed
        // by a tick that failed; its transaction rolled back).
        options.log({ level: 'error', msg: 'timer tick failed', error: String(error) });
        if (!stopped) await pause(options.intervalMs);
      }
    }
  };
  const running = run();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
