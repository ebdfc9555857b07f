/**
 * The server's side of the live monitor (issue #16 "Timers", and the brief's start-up): the monitor's
 * settings from the environment (a misconfiguration refuses to start with one line) and the timer loop.
 */
import { describe, expect, it } from 'vitest';
import { monitorSettingsFromEnv } from '../node/monitor-settings.js';
import { startTimerLoop } from '../node/timer-loop.js';
import type { LogEntry } from '../settings.js';

describe('monitor settings', () => {
  it('with nothing set: the monitor on, the embedded store in ./.kefu-data, one default organisation, ticks every 250 ms', () => {
    expect(monitorSettingsFromEnv({})).toEqual({
      enabled: true,
      dataDir: './.kefu-data',
      tickMs: 250,
      maxStreams: 100,
      clockOffsetMs: 0,
    });
  });

  it('reads DATABASE_URL, KEFU_MONITOR_ORGS and the test clock offset', () => {
    const settings = monitorSettingsFromEnv({
      DATABASE_URL: 'postgres://kefu@db/kefu',
      KEFU_MONITOR_ORGS: 'orgs.json',
      KEFU_MONITOR_CLOCK_OFFSET_MS: '-3600000',
    });
    expect(settings).toMatchObject({
      databaseUrl: 'postgres://kefu@db/kefu',
      orgsFile: 'orgs.json',
      clockOffsetMs: -3_600_000,
    });
  });

  it('refuses a tick over 1 s (alerts must come within 1 s), an empty KEFU_MONITOR_ORGS and a URL that is not PostgreSQL’s, in one line', () => {
    expect(() =>
      monitorSettingsFromEnv({
        KEFU_MONITOR_TICK_MS: '5000',
        KEFU_MONITOR_ORGS: ' ',
        DATABASE_URL: 'mysql://secret@db',
      }),
    ).toThrow(
      'invalid settings: DATABASE_URL: expected a postgres:// or postgresql:// URL; KEFU_MONITOR_ORGS: is set but empty; unset it or give the path of the organisations file; KEFU_MONITOR_TICK_MS: expected a whole number from 10 to 1000',
    );
  });

  it('KEFU_MONITOR=off turns the monitor off; another value refuses to start', () => {
    expect(monitorSettingsFromEnv({ KEFU_MONITOR: 'OFF' }).enabled).toBe(false);
    expect(() => monitorSettingsFromEnv({ KEFU_MONITOR: 'no' })).toThrow(
      'invalid settings: KEFU_MONITOR: expected on or off',
    );
  });

  it('never quotes DATABASE_URL (it may hold a password) in its error', () => {
    expect(() => monitorSettingsFromEnv({ DATABASE_URL: 'mysql://user:hunter2@db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('timer loop (issue #16 "Timers": an alert at its instant without waiting for an event)', () => {
  it('ticks with the wall clock every interval, keeps going after a failed tick, and stop() waits for the tick in flight', async () => {
    const ticks: Date[] = [];
    const logs: LogEntry[] = [];
    let inFlight = false;
    const monitor = {
      async tick(now: Date) {
        ticks.push(now);
        inFlight = true;
        await sleep(15);
        inFlight = false;
        if (ticks.length === 2) throw new Error('connection lost');
        return ticks.length === 3 ? 2 : 0;
      },
    };
    let clock = 0;
    const loop = startTimerLoop(monitor, {
      intervalMs: 5,
      now: () => {
        clock += 1000;
        return new Date(clock);
      },
      log: (e) => logs.push(e),
    });
    while (ticks.length < 4) await sleep(5);
    await loop.stop();
    expect(inFlight).toBe(false);
    const count = ticks.length;
    await sleep(30);
    expect(ticks.length).toBe(count);
    expect(ticks.slice(0, 3).map((t) => t.getTime())).toEqual([1000, 2000, 3000]);
    expect(logs).toContainEqual({ level: 'error', msg: 'timer tick failed', error: 'Error: connection lost' });
    expect(logs).toContainEqual({ level: 'info', msg: 'alerts raised', count: 2 });
  });

  it('sleeps only until the next timer when it is sooner than the interval, and calls onRaised after a tick that raised', async () => {
    const ticks: number[] = [];
    let raisedCalls = 0;
    const started = Date.now();
    const monitor = {
      async tick() {
        ticks.push(Date.now() - started);
        return ticks.length === 2 ? 1 : 0;
      },
      // Always 20 ms ahead: with a 10 s interval, the loop still ticks every ~20 ms.
      async nextTimerAt() {
        return new Date(Date.now() + 20);
      },
    };
    const loop = startTimerLoop(monitor, {
      intervalMs: 10_000,
      now: () => new Date(),
      log: () => {},
      onRaised: () => {
        raisedCalls += 1;
      },
    });
    while (ticks.length < 3) await sleep(5);
    await loop.stop();
    expect(raisedCalls).toBe(1);
    expect(ticks[2]).toBeLessThan(2000);
  });
});
