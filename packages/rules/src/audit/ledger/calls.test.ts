import { describe, expect, it } from 'vitest';
import { InstantCodec } from '../../kernel/instant-codec.js';
import { parseInstant } from '../../kernel/time.js';

const time = new InstantCodec();

import { type CallFacts, CallList, canonical, isCanonical } from './calls.js';

// isCanonical must agree with formatting and comparing, for every text the event check accepts.
describe('CallList: canonical instant texts', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC', 'Asia/Kolkata', 'Pacific/Chatham'];
  const offsets = ['+08:00', '-05:00', '-04:00', '+00:00', '-00:00', 'Z', '+05:30', '+12:45', '+13:45', '+0800'];
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  it('agrees with formatting on random texts', () => {
    let checked = 0;
    let canonicalTexts = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const year = [2026, 2024, 1969, 999, 1000, 9999, 1883][rand(7)] ?? 2026;
      const frac = ['', '', '', '.000', '.5'][rand(5)] ?? '';
      const text = `${pad(year, 4)}-${pad(1 + rand(12))}-${pad(1 + rand(28))}T${pad(rand(24))}:${pad(rand(60))}:${pad(rand(60))}${frac}${offsets[rand(offsets.length)]}`;
      const ms = parseInstant(text);
      if (ms === undefined) continue;
      const zone = zones[rand(zones.length)] ?? 'UTC';
      expect(isCanonical(text, ms, zone, time), `${text} in ${zone}`).toBe(text === canonical(ms, zone, time));
      checked += 1;
      if (text === canonical(ms, zone, time)) canonicalTexts += 1;
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(canonicalTexts).toBeGreaterThan(500);
  });

  it('gives back the log texts in the order of their start texts, ties in arrival order', () => {
    const starts = ['2026-03-02T09:00:00', '2026-03-02T09:00:00', '2026-03-02T10:30:00', '2026-03-03T08:15:00'];
    const suffixes = ['+08:00', '+08:00', '+08:00', '+08:00', '+09:00', 'Z', '.250+08:00', '+0800'];
    for (let round = 0; round < 300; round += 1) {
      const zone = round % 2 === 0 ? 'Asia/Shanghai' : 'Europe/London';
      const list = new CallList();
      const given: CallFacts[] = [];
      const n = 1 + rand(12);
      let last = 0;
      for (let i = 0; i < n; i += 1) {
        // Mostly in time order, as a log is; sometimes not.
        last = rand(4) === 0 ? rand(starts.length) : Math.min(starts.length - 1, last + rand(2));
        const suffix =
          round % 3 === 0 ? (suffixes[rand(suffixes.length)] ?? 'Z') : zone === 'Europe/London' ? 'Z' : '+08:00';
        const start = `${starts[last]}${suffix}`;
        const end = `${starts[last]?.slice(0, 14)}59:00${suffix.replace(/^\.\d+/, '')}`;
        const call: CallFacts = {
          direction: rand(2) === 0 ? 'inside' : 'outside',
          start,
          end,
          ...(rand(3) === 0 && { special: rand(2) === 0 }),
        };
        const startMs = parseInstant(start) ?? 0;
        list.push(call, startMs, parseInstant(end) ?? startMs, zone, time);
        given.push(call);
      }
      const expected = [...given].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      expect(list.byStart(zone, time)).toEqual(expected);
    }
  });
});
