/**
 * `atRiskAt` and `resultAtRiskAt` (issue #16, Timers: "each open obligation's at-risk instant (the warning
 * share) … is known"): the instant they return is the first at which `judgeTimed` says at-risk, for clock
 * windows, windows with days off, and working-day windows across the 2026 National Day holiday.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { resultAtRiskAt } from '../at-risk.js';
import { defaultCalendar } from '../calendar/calendar.js';
import { atRiskAt, clockDeadline, type Deadline, judgeTimed, workingDaysDeadline } from '../deadline.js';
import { InstantCodec } from '../instant-codec.js';
import { PreparedEvaluator } from '../prepared.js';
import { HOUR, parseInstant } from '../time.js';

const zone = 'Asia/Shanghai';
const ctx = { zone, calendar: defaultCalendar, time: new InstantCodec() };
const t = (s: string) => parseInstant(s) ?? Number.NaN;
const DAY = 24 * HOUR;
/** Warning shares strictly between 0 and 1, as the configuration allows (`warningShare` > 0, < 1). */
const share = fc.double({ min: 0.01, max: 0.99, noNaN: true });

/** The agreement itself: pending just before the returned instant, at-risk from it until due. */
function expectAgrees(deadline: Deadline, warningShare: number) {
  const at = atRiskAt(deadline, warningShare);
  if (at === undefined) {
    expect(judgeTimed(deadline, undefined, deadline.dueAt, warningShare).status).toBe('pending');
    return;
  }
  expect(at).toBeLessThanOrEqual(deadline.dueAt);
  expect(judgeTimed(deadline, undefined, at, warningShare).status).toBe('at-risk');
  expect(judgeTimed(deadline, undefined, deadline.dueAt, warningShare).status).toBe('at-risk');
  if (at > deadline.windowStart) expect(judgeTimed(deadline, undefined, at - 1, warningShare).status).toBe('pending');
}

describe('atRiskAt agrees with judgeTimed', () => {
  it('a two-hour complaint window at the default 75% turns at-risk after 1 h 30 min (P01 投訴 4)', () => {
    const d = clockDeadline(t('2026-11-27T15:00:00+08:00'), 2 * HOUR, { en: '', zh: '' });
    expect(atRiskAt(d, 0.75)).toBe(t('2026-11-27T16:30:00.001+08:00'));
  });

  it('property: clock windows with random days off, any warning share', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 1, max: 60 * DAY }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 6,
        }),
        share,
        (start, length, offs, warningShare) => {
          // Disjoint, ordered days off inside the window, as a working-day deadline has them.
          const cuts = offs.flatMap(([a, b]) => [a, b]).sort((x, y) => x - y);
          const daysOff: (readonly [number, number])[] = [];
          for (let i = 0; i + 1 < cuts.length; i += 2) {
            const from = start + Math.floor((cuts[i] ?? 0) * length);
            const to = start + Math.floor((cuts[i + 1] ?? 0) * length);
            if (to > from) daysOff.push([from, to]);
          }
          const deadline: Deadline = { ...clockDeadline(start, length, { en: '', zh: '' }), daysOff };
          expectAgrees(deadline, warningShare);
        },
      ),
      { numRuns: 300 },
    ));

  it('property: working-day windows around the 2026 National Day holiday (days off left out of the share)', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: t('2026-09-20T00:00:00+08:00'), max: t('2026-10-12T00:00:00+08:00') }),
        fc.integer({ min: 1, max: 10 }),
        share,
        (start, days, warningShare) => expectAgrees(workingDaysDeadline(start, days, ctx, []), warningShare),
      ),
      { numRuns: 200 },
    ));
});

describe('resultAtRiskAt: the instant the audit itself first says at-risk', () => {
  it('property: a convenience-service callback (P01 走訪 2, two working days) judged just before and at it', () => {
    const evaluator = new PreparedEvaluator({ config: { warningShare: 0.5 } });
    fc.assert(
      fc.property(
        fc.integer({ min: t('2026-09-25T08:00:00+08:00'), max: t('2026-10-10T20:00:00+08:00') }),
        (completed) => {
          const completedAt = ctx.time.iso(completed, zone);
          const judge = (asOf: number) => {
            const out = evaluate('P01.service-callback', { completedAt }, evaluator.options(ctx.time.iso(asOf, zone)));
            if (!out.ok) throw new Error(out.error.message);
            return out.result;
          };
          const first = judge(completed);
          const at = resultAtRiskAt(first, evaluator);
          expect(at).toBeDefined();
          const ms = t(at ?? '');
          expect(judge(ms - 1).status).toBe('pending');
          const atRisk = judge(ms);
          expect(atRisk.status).toBe('at-risk');
          // Judged again once at-risk, the result still names the instant it turned.
          expect(resultAtRiskAt(atRisk, evaluator)).toBe(at);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives nothing for a result that is neither pending nor at-risk', () => {
    const evaluator = new PreparedEvaluator();
    const out = evaluate(
      'P01.service-callback',
      { completedAt: '2026-10-09T10:00:00+08:00', calledBackAt: '2026-10-09T11:00:00+08:00' },
      evaluator.options(),
    );
    expect(out.ok && resultAtRiskAt(out.result, evaluator)).toBeUndefined();
  });
});
