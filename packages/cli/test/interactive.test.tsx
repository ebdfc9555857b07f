/** The browser driven through ink-testing-library: keys in, frames out. */
import { evaluate, policies } from '@kefu/rules';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Browser } from '../src/interactive/Browser.js';

const KEY = { up: '\u001B[A', down: '\u001B[B', enter: '\r', esc: '\u001B' } as const;
const BACKSPACE = '\u007F';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Ink reads keys on the next turn of the event loop and re-renders after.
const settle = () => sleep(40);

type Instance = ReturnType<typeof render>;
let instance: Instance | undefined;

afterEach(() => {
  instance?.unmount();
  instance = undefined;
});

function open(lang: 'en' | 'zh' = 'en') {
  const quits: number[] = [];
  instance = render(
    <Browser
      policies={policies}
      evaluate={(id, facts) => evaluate(id, facts)}
      lang={lang}
      onExit={() => quits.push(1)}
    />,
  );
  const app = instance;
  const frame = () => app.lastFrame() ?? '';
  return { frame, press: pressOn(app), quits };
}

/**
 * Each key waits for the screen to change (or 1 s), so the next one reaches what is now on screen even on a
 * loaded machine; a key that changes nothing just costs the wait.
 */
function pressOn(app: Instance) {
  const frame = () => app.lastFrame() ?? '';
  return async (...keys: string[]) => {
    for (const key of keys) {
      const before = frame();
      app.stdin.write(key);
      for (let waited = 0; waited < 1000 && frame() === before; waited += 10) await sleep(10);
      await sleep(10);
    }
  };
}

/** The line with the pointer. */
function pointer(ui: { frame: () => string }): string {
  return (
    ui
      .frame()
      .split('\n')
      .find((l) => l.includes('❯')) ?? ''
  );
}

/** Moves the pointer of a list to the line that contains `text`. */
async function pointTo(ui: { frame: () => string; press: (...keys: string[]) => Promise<void> }, text: string) {
  for (
    let i = 0;
    i < 40 &&
    !ui
      .frame()
      .split('\n')
      .some((l) => l.includes('❯') && l.includes(text));
    i += 1
  ) {
    await ui.press(KEY.down);
  }
  expect(
    ui
      .frame()
      .split('\n')
      .find((l) => l.includes('❯')),
  ).toContain(text);
}

describe('interactive browser', () => {
  it('lists the fourteen policies first', async () => {
    const ui = open();
    await settle();
    for (const code of ['P01', 'P08', 'P14']) expect(ui.frame()).toContain(code);
    expect(ui.frame()).toContain('q quit');
  });

  it('policies → rules → facts form → result, and Esc walks back', async () => {
    const ui = open();
    await settle();
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('P01.complaint-reply');
    await pointTo(ui, 'P01.complaint-reply');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('receivedAt*');
    expect(ui.frame()).toContain('[ Evaluate ]');

    // Past invalidatedAt and settledOnSpot to repliedAt.
    await ui.press('2026-03-02T09:00:00+08:00', KEY.enter, 'yes', KEY.down, KEY.down, KEY.down);
    await ui.press('2026-03-02T12:00:00+08:00', KEY.enter, '2026-03-02T13:00:00+08:00');
    await pointTo(ui, '[ Evaluate ]');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('breached');
    expect(ui.frame()).toContain('P01 投訴 4,5');
    expect(ui.frame()).toMatch(/late/);

    await ui.press(KEY.esc);
    expect(ui.frame()).toContain('2026-03-02T12:00:00+08:00');
    await ui.press(KEY.esc);
    expect(ui.frame()).toContain('P01.service-callback');
    await ui.press(KEY.esc);
    expect(ui.frame()).toContain('P14');
    expect(ui.quits).toHaveLength(0);
  });

  it('q quits from a list, but is only a letter while typing in the form', async () => {
    const ui = open();
    await settle();
    await ui.press(KEY.enter);
    await pointTo(ui, 'P01.complaint-reply');
    await ui.press(KEY.enter, 'q');
    expect(ui.quits).toHaveLength(0);
    expect(ui.frame()).toContain('q');
    await pointTo(ui, '[ Evaluate ]');
    await ui.press('q');
    expect(ui.quits).toHaveLength(1);
  });

  it('q quits from the policy list', async () => {
    const ui = open();
    await settle();
    await ui.press('q');
    expect(ui.quits).toHaveLength(1);
  });

  it('names the fields that cannot be read, and one the rule refuses, keeping the user on the form', async () => {
    const ui = open();
    await settle();
    await ui.press(KEY.enter);
    await pointTo(ui, 'P01.complaint-reply');
    await ui.press(KEY.enter, 'not a time', KEY.enter, 'maybe');
    await pointTo(ui, '[ Evaluate ]');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('valid: expected yes or no');
    expect(ui.frame()).toContain('receivedAt: expected a local time like 2026-11-27 15:00 (Asia/Shanghai)');
    // The focus went to the first field named.
    expect(pointer(ui)).toContain('receivedAt');

    // Emptied, receivedAt is left out, and the rule names it as missing.
    await ui.press(...Array.from({ length: 10 }, () => BACKSPACE), KEY.down);
    await ui.press(...Array.from({ length: 5 }, () => BACKSPACE), 'no');
    await pointTo(ui, '[ Evaluate ]');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('receivedAt');
    expect(ui.frame()).not.toContain('expected yes or no');
    expect(pointer(ui)).toContain('receivedAt');
  });

  // #15 item 3: arrays were typed only as JSON.
  it('edits a list as a list: Enter adds the next item, an emptied item is removed (#15)', async () => {
    const seen: unknown[] = [];
    instance = render(
      <Browser
        policies={policies}
        evaluate={(id, facts) => {
          seen.push(facts);
          return evaluate(id, facts);
        }}
        lang="en"
      />,
    );
    const app = instance;
    const frame = () => app.lastFrame() ?? '';
    const ui = { frame, press: pressOn(app), quits: [] };
    await settle();
    await pointTo(ui, 'P12');
    await ui.press(KEY.enter);
    await pointTo(ui, 'P12.absence');
    await ui.press(KEY.enter, '2026-11', KEY.enter);
    expect(pointer(ui)).toContain('absentDays');
    await ui.press('2026-11-02', KEY.enter, '2026-11-03', KEY.enter, '2026-11-04', KEY.enter);
    expect(frame()).toContain('• 2026-11-04');
    // Back to the second item, emptied and left: it is removed.
    await ui.press(KEY.up, KEY.up, ...Array.from({ length: 10 }, () => BACKSPACE), KEY.down);
    expect(frame()).not.toContain('2026-11-03');
    await pointTo(ui, '[ Evaluate ]');
    await ui.press(KEY.enter);
    expect(seen.at(-1)).toEqual({ month: '2026-11', absentDays: ['2026-11-02', '2026-11-04'] });
    expect(frame()).toContain('breached');
  });

  it('a rule of another policy, in Chinese', async () => {
    const ui = open('zh');
    await settle();
    await pointTo(ui, 'P12');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('P12.lateness');
    expect(ui.frame()).toContain('返回');
  });
});
