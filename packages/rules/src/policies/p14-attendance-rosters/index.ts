/** P14 Attendance and rosters (房地產客服管理制度篇十四, seed lines 472–482). */
import { definePolicy } from '../../kernel/policy.js';
import { attendanceReport } from './attendance-report.js';
import { earlyLeave } from './early-leave.js';
import { holidayRoster } from './holiday-roster.js';
import { inspections } from './inspections.js';
import { leaveDuringWork } from './leave-during-work.js';
import { rosterPublish } from './roster-publish.js';
import { rosterRevision } from './roster-revision.js';
import { shiftChange } from './shift-change.js';
import { threeShifts } from './three-shifts.js';

export * from './inspections.js';
export {
  attendanceReport,
  earlyLeave,
  holidayRoster,
  leaveDuringWork,
  rosterPublish,
  rosterRevision,
  shiftChange,
  threeShifts,
};

export const policy = definePolicy({
  code: 'P14',
  title: { en: 'Attendance and rosters', zh: '考勤与排班' },
  seedTitle: '房地產客服管理制度篇十四',
  // The seed's last line (482, 1.2.3) has no trailing newline, so `wc -l` counts 481.
  seedLines: [472, 482],
  rules: [
    attendanceReport,
    rosterPublish,
    shiftChange,
    holidayRoster,
    rosterRevision,
    threeShifts,
    leaveDuringWork,
    earlyLeave,
    ...inspections,
  ],
});
