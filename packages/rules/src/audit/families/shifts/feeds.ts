/**
 * The rules the shift events feed. Each is judged from its own line (an arrival's lateness, a handover's
 * fields, a lock-up, a cover, a shift change…); arrivals and absences also join the employee's P12 month,
 * which the month's score (and its absence ladder) judges. The family has no case and so no obligation.
 */
import { complaintDuty } from '../../../policies/p01-property-standards/complaint-duty.js';
import { earlyLeave as p01EarlyLeave } from '../../../policies/p01-property-standards/early-leave.js';
import { leave } from '../../../policies/p01-property-standards/leave.js';
import { shiftCover } from '../../../policies/p01-property-standards/shift-cover.js';
import { shiftMatter } from '../../../policies/p04-reception-staff/shift-matter.js';
import { handover as frontDeskHandover } from '../../../policies/p08-front-desk-duty/handover.js';
import { handoverArrival } from '../../../policies/p08-front-desk-duty/handover-arrival.js';
import { handoverTidy } from '../../../policies/p08-front-desk-duty/handover-tidy.js';
import { handover as deskHandover } from '../../../policies/p11-front-desk-handover/handover.js';
import { lockUp } from '../../../policies/p11-front-desk-handover/lock-up.js';
import { absence } from '../../../policies/p12-staff-scoring/absence.js';
import { lateness } from '../../../policies/p12-staff-scoring/lateness.js';
import { monthlyScore } from '../../../policies/p12-staff-scoring/monthly-score.js';
import { earlyLeave as p14EarlyLeave } from '../../../policies/p14-attendance-rosters/early-leave.js';
import { leaveDuringWork } from '../../../policies/p14-attendance-rosters/leave-during-work.js';
import { rosterRevision } from '../../../policies/p14-attendance-rosters/roster-revision.js';
import { shiftChange } from '../../../policies/p14-attendance-rosters/shift-change.js';
import { threeShifts } from '../../../policies/p14-attendance-rosters/three-shifts.js';
import type { Feed } from '../family.js';

export const feeds: readonly Feed[] = [
  { rule: lateness, reads: ['arrived'] },
  { rule: handoverArrival, reads: ['arrived'] },
  // Arrivals and absences join the employee's month, which P12's score judges (absences on its ladder).
  { rule: absence, reads: ['absent'] },
  { rule: monthlyScore, reads: ['arrived', 'absent'] },
  { rule: handoverTidy, reads: ['shift-ended'] },
  { rule: frontDeskHandover, reads: ['handover'] },
  { rule: deskHandover, reads: ['handover'] },
  { rule: lockUp, reads: ['lock-up'] },
  { rule: shiftCover, reads: ['shift-covered'] },
  { rule: leave, reads: ['leave-taken'] },
  { rule: shiftMatter, reads: ['shift-matter'] },
  { rule: shiftChange, reads: ['shift-changed'] },
  { rule: leaveDuringWork, reads: ['left-during-work'] },
  // Leaving early is banned by P01 行為 7 and P14 1.2.2 alike: each policy's finding cites its own clause.
  { rule: p01EarlyLeave, reads: ['left-work'] },
  { rule: p14EarlyLeave, reads: ['left-work'] },
  // A day's shifts: P14 1.2.1 wants three of them covering 24 h, P01 投訴 3 any pattern covering 24 h.
  { rule: threeShifts, reads: ['shifts-set'] },
  { rule: complaintDuty, reads: ['shifts-set'] },
  { rule: rosterRevision, reads: ['roster-revised'] },
];
