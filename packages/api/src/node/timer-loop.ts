/**
 * The monitor's timer loop in the Node server (issue #16 "Timers"): raises the alerts that fall due, without
 * waiting for the next event. It asks the store every `intervalMs` (at most 1 s, so an alert comes within
 * 1 s of its instant); the timers are claimed in the store with `FOR UPDATE SKIP LOCKED`, so several API
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
}

export function startTimerLoop(monitor: Pick<Monitor, 'tick'>, options: TimerLoopOptions): TimerLoop {
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.intervalMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const run = async () => {
    while (!stopped) {
      try {
        const raised = await monitor.tick(options.now());
        if (raised > 0) options.log({ level: 'info', msg: 'alerts raised', count: raised });
      } catch (error) {
        // A lost connection or a busy database: logged, and the next tick tries again (nothing is claimed
        // by a tick that failed; its transaction rolled back).
        options.log({ level: 'error', msg: 'timer tick failed', error: String(error) });
      }
      if (!stopped) await pause();
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
