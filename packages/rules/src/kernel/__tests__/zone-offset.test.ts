// #17 (browser and edge bundles): the kernel computes zone offsets itself instead of importing luxon's
// IANAZone (which drags all of luxon into every bundle); it must answer exactly what luxon answered.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isKnownZone, zoneOffsetMinutes } from '../zone-offset.js';

const zones = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];
// From year 1 (before any zone's rules, local mean time) to 2200.
const instants = fc.integer({ min: -62_135_596_800_000, max: 7_258_118_400_000 });

describe('zone offsets without luxon (#17 browser and edge bundles)', () => {
  it('equal luxon IANAZone.offset for any zone and instant, local-mean-time fractions included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, (zone, ms) => {
        expect(zoneOffsetMinutes(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 2_000 },
    );
  });

  it('know the zones luxon knows and refuse the others', () => {
    for (const zone of [...zones, 'Fantasia/Castle', 'Sport~~blorp', '', 'asia/shanghai']) {
      expect(isKnownZone(zone)).toBe(IANAZone.isValidZone(zone));
    }
    expect(zoneOffsetMinutes('Fantasia/Castle', 0)).toBeNaN();
  });
});
