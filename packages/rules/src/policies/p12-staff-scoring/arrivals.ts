/**
 * P12 4.2.2 3) scores each late arrival at a shift (上班人員遲到5分鐘內扣1分…): a shift is arrived at once. When
 * a month holds two arrivals for the same shift (the same line logged twice, a later badge), the earliest counts,
 * so the month's score depends neither on duplicates nor on the order the lines came in.
 */

/** Whether two arrivals are for the same shift: the same shift start instant (an unreadable one matches none). */
export function sameShift(shiftMs: number, otherShiftMs: number): boolean {
  return shiftMs === otherShiftMs && !Number.isNaN(shiftMs);
}

/**
 * Whether an arrival takes the place of the one already held for its shift: only when strictly earlier. An
 * unreadable instant (NaN) never takes a place, nor loses one held.
 */
export function replacesArrival(heldArrivedMs: number, arrivedMs: number): boolean {
  return arrivedMs < heldArrivedMs;
}
