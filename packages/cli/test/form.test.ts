/**
 * #15 item 3: the facts form reads local times in the organisation's zone and lists as lists.
 */
import { getRule } from '@kefu/rules';
import { describe, expect, it } from 'vitest';
import { buildFacts, DEFAULT_ZONE, formFields, readInstant, zoneOf } from '../src/interactive/form.js';
import { splitKeys } from '../src/interactive/stdin.js';

function fieldsOf(ruleId: string) {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return formFields(rule);
}

describe('local times in the organisation zone (#15 item 3)', () => {
  it.each([
    ['2026-11-27 15:00', 'Asia/Shanghai', '2026-11-27T15:00:00+08:00'],
    ['2026-11-27T15:00:05', 'Asia/Shanghai', '2026-11-27T15:00:05+08:00'],
    ['2026-11-27 9:30', 'Asia/Shanghai', '2026-11-27T09:30:00+08:00'],
    ['2026-07-01 09:00', 'Europe/Berlin', '2026-07-01T09:00:00+02:00'],
    ['2026-11-27T15:00:00Z', 'Asia/Shanghai', '2026-11-27T15:00:00Z'],
    ['2026-11-27T15:00:00+09:00', 'Asia/Shanghai', '2026-11-27T15:00:00+09:00'],
  ])('%s in %s is %s', (typed, zone, sent) => {
    expect(readInstant('receivedAt', typed, zone)).toEqual({ ok: true, value: sent });
  });

  it.each([
    ['2026-11-31 09:00', 'is not a real date'],
    ['2026-11-27 25:00', 'is not a real date'],
    ['27/11/2026 15:00', 'expected a local time like 2026-11-27 15:00'],
  ])('%s is refused: %s', (typed, message) => {
    const read = readInstant('receivedAt', typed, 'Asia/Shanghai');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toContain(message);
  });

  it('a time the clocks skip is named, not moved', () => {
    const read = readInstant('at', '2026-03-29 02:30', 'Europe/Berlin');
    expect(read.ok ? '' : read.message).toContain('does not exist in Europe/Berlin');
  });

  it("the zone is the configuration's, else Asia/Shanghai; an unknown zone is refused by name", () => {
    expect(zoneOf(undefined)).toBe(DEFAULT_ZONE);
    expect(DEFAULT_ZONE).toBe('Asia/Shanghai');
    expect(zoneOf({ zone: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
    expect(() => zoneOf({ zone: 'Mars/Olympus' })).toThrow('--config zone: "Mars/Olympus" is not a time zone');
  });

  it('buildFacts sends local times with the zone offset', () => {
    const built = buildFacts(fieldsOf('P01.complaint-reply'), { receivedAt: '2026-11-27 15:00', valid: 'yes' });
    expect(built).toEqual({ ok: true, facts: { receivedAt: '2026-11-27T15:00:00+08:00', valid: true } });
  });
});

describe('lists edited as lists (#15 item 3)', () => {
  it('a list field knows its items: dates, numbers, objects', () => {
    const absence = fieldsOf('P12.absence').find((f) => f.name === 'absentDays');
    expect(absence?.item?.type).toBe('date');
    const bonus = fieldsOf('P09.bonus-deduction').find((f) => f.name === 'monthlyBonus');
    expect(bonus?.item?.input).toBe('number');
    const lateness = fieldsOf('P12.monthly-score').find((f) => f.name === 'lateness');
    expect(lateness?.item?.input).toBe('json');
  });

  it('items become an array; empty items are dropped; each item is read as its type', () => {
    const fields = fieldsOf('P09.bonus-deduction');
    const built = buildFacts(fields, { monthlyBonus: ['1000', '', '600'] });
    expect(built.ok && (built.facts as { monthlyBonus: unknown }).monthlyBonus).toEqual([1000, 600]);
    const bad = buildFacts(fields, { monthlyBonus: ['1000', 'lots'] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual(['monthlyBonus[2]: expected a number']);
  });

  it('an object item is typed as JSON, one item per line', () => {
    const item = '{"shiftStart":"2026-11-02T09:00:00+08:00","arrivedAt":"2026-11-02T09:07:00+08:00"}';
    const built = buildFacts(fieldsOf('P12.monthly-score'), { lateness: [item, item] });
    expect(built.ok && (built.facts as { lateness: unknown }).lateness).toEqual([JSON.parse(item), JSON.parse(item)]);
  });

  it('an empty list is left out, so the default applies', () => {
    const built = buildFacts(fieldsOf('P01.records'), { present: [], incomplete: [''] });
    expect(built).toEqual({ ok: true, facts: {} });
  });
});

describe('each control key reaches Ink as a key of its own (#15 item 3)', () => {
  it('a burst of backspaces and an Enter after text are split; text and arrows stay whole', () => {
    expect(splitKeys('2026\u007F\u007F\u007F')).toEqual(['2026', '\u007F', '\u007F', '\u007F']);
    expect(splitKeys('yes\r\u001B[B')).toEqual(['yes', '\r', '\u001B[B']);
    expect(splitKeys('中文\t')).toEqual(['中文', '\t']);
  });
});
