/**
 * Shift, arrival and handover events (P01, P08, P11, P12, P14). The rules each feeds are derived from the
 * family's feeds (`feeds.ts`), not written here.
 */
import { bool, date, instant, list, month, num, oneOf, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const shiftEvents = [
  // ── shifts, arrivals, handovers: P01, P08, P11, P12, P14 ────────────────────────────────────────────
  {
    type: 'arrived',
    family: 'shifts',
    description: 'An employee arrives for a shift (lateness; at a handover, 10 min early).',
    ids: ['employee'],
    fields: {
      shiftStart: instant('when the shift starts', true),
      handover: bool('the shift takes over a desk at a handover (P08 4.7); default false'),
    },
  },
  {
    type: 'absent',
    family: 'shifts',
    description: 'An employee is absent from a rostered shift.',
    ids: ['employee'],
    fields: { date: date('the day missed; default the local date of `at`') },
  },
  {
    type: 'shift-ended',
    family: 'shifts',
    description: 'An outgoing shift ends (desk tidying starts 15 min before).',
    ids: ['employee'],
    fields: {
      tidyStartedAt: instant('when tidying the desk started'),
      shiftStart: instant('when the shift started'),
    },
  },
  {
    type: 'handover',
    family: 'shifts',
    description: 'A shift handover: P08 fields feed P08.handover, P11 fields feed P11.handover.',
    ids: [],
    fields: {
      incoming: str('the incoming employee'),
      signedByOutgoing: bool('P08: the outgoing shift signed'),
      signedByIncoming: bool('P08: the incoming shift signed'),
      itemsChecked: bool('P08: items were counted'),
      anomaliesRecorded: bool('P08: anomalies were written down'),
      anomaliesFound: bool('P08: there were anomalies'),
      importantWorkOpen: bool('P08: important work was left unfinished'),
      previousRecordRead: bool("P08 4.7 3): the previous shift's record was read"),
      followUpsLogged: bool('P08 4.7 3): work still to follow up was written down'),
      followUpsHandedOver: bool('P08 4.7 7): work to follow up was explained to the incoming employee'),
      bothSignedAt: instant('P08 4.7 8): when the second of the two signatures was made'),
      outgoingLeftAt: instant('P08 4.7 8): when the outgoing employee left the post'),
      workHandedOver: bool('P11: unfinished work handed over'),
      mailChecked: bool('P11: undelivered mail and newspapers checked'),
      keysHandedOver: bool('P11: desk keys handed over'),
      logged: bool('P11: written in the handover log'),
      itemsHandedOver: bool("P11: the desk's items handed over (5)"),
    },
  },
  {
    type: 'lock-up',
    family: 'shifts',
    description: 'P11: end-of-shift lock-up.',
    ids: [],
    fields: {
      lockedUp: bool('everything locked away', true),
      keyReturned: bool('the key put back', true),
      lossValue: num('value lost from items left out, yuan'),
    },
  },
  {
    type: 'shift-covered',
    family: 'shifts',
    description: 'P01: a colleague covers a shift from `at` to `coverEnd`.',
    ids: [],
    fields: {
      coverEnd: instant('when the cover ended', true),
      specialEvent: bool('the absence was for a special event'),
    },
  },
  {
    type: 'leave-taken',
    family: 'shifts',
    description: 'P01 行為 7: an employee takes leave (請假) from `at`; decides P01.leave.',
    ids: [],
    fields: { specialEvent: bool('the leave was for a special event (特殊事件); left out, not known') },
  },
  {
    type: 'shift-matter',
    family: 'shifts',
    description:
      'P04 1.3: a matter that happened on a shift, and whether it was recorded and reported; decides P04.shift-matter.',
    ids: [],
    fields: {
      recorded: bool('the matter was written down (記錄)', true),
      reported: bool('the matter was reported up (報告)', true),
      matter: str('what happened'),
    },
  },
  {
    type: 'shift-changed',
    family: 'shifts',
    description: 'P14: a shift change takes effect at `at` (approval must come before).',
    ids: [],
    fields: {
      approvedAt: instant('when the supervisor approved it'),
      kind: oneOf(['change', 'absence'], 'a change of shift, or not coming at all'),
      reportedAt: instant('absence: when it was reported'),
      requestedAt: instant('when the change was asked for'),
    },
  },
  {
    type: 'left-during-work',
    family: 'shifts',
    description: 'P14: an employee leaves during working time.',
    ids: ['employee'],
    fields: {
      approvedAt: instant('when the direct superior approved it'),
      reason: oneOf(['business', 'personal'], 'why'),
      duringWorkingTime: bool('false when it was outside working time'),
    },
  },
  {
    type: 'left-work',
    family: 'shifts',
    description: 'An employee leaves work at the end of a shift (P01 行為 7, P14 1.2.2: not before its end).',
    ids: ['employee'],
    fields: { shiftEnd: instant('when the shift was scheduled to end', true) },
  },
  {
    type: 'shifts-set',
    family: 'shifts',
    description: 'The shifts of one day: P14 wants three covering 24 h, P01 投訴 3 any number covering 24 h.',
    ids: [],
    fields: {
      date: date('the day; default the local date of `at`'),
      shifts: list('the shifts, each { start, end }', true),
    },
  },
  {
    type: 'roster-revised',
    family: 'shifts',
    description: 'P14: a roster is revised (1.1.7: notice, copies re-issued, the old ones recalled).',
    ids: [],
    fields: {
      month: month('the month of the roster revised'),
      notified: bool('the departments and people concerned were told', true),
      reissued: bool('the revised roster was copied again to them', true),
      oldRecalled: bool('the old copies were taken back', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The shifts family's event types. */
export type ShiftEventType = (typeof shiftEvents)[number]['type'];
