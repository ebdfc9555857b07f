/**
 * 5.1《值班日志》 5.2《交接班記錄》 5.3《特約服務/維修工作單》 — the records of the front-desk duty.
 * Reading (as P01.records reads P01's forms): each of the three exists where the duty makes one — a duty log
 * for each day (4.6, 4.8), a handover record for each handover (4.7), a special-service/repair job sheet for
 * each job taken (4.9, 4.10). A day checked is judged whole: its log, and as many handover records and job
 * sheets as there were handovers and jobs; each one missing is reported. What is written in them is judged
 * elsewhere (P08.log-integrity, P08.daily-log-check, P08.handover, P08.engineer-arrival).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { joinClauses } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';
import { isoDate } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

const count = (en: string, zh: string) => z.number().int().min(0).max(10_000).default(0).meta({ description: en, zh });

export const records = defineRule({
  id: 'P08.records',
  policy: 'P08',
  clause: '5.1–5.3',
  seedLines: [226, 228],
  kind: 'check',
  title: {
    en: 'The duty log for the day, a handover record per handover, a job sheet per job',
    zh: '每日有值班日志，每次交接班有交接班记录，每项工作有特约服务/维修工作单',
  },
  facts: z
    .object({
      date: isoDate.meta({ description: 'the day checked', zh: '检查的日期' }),
      dutyLog: z.boolean().meta({ description: 'the day has its 《值班日志》', zh: '当日有《值班日志》' }),
      handovers: count('handovers at the front desk that day', '当日前台交接班次数'),
      handoverRecords: count('《交接班記錄》 on file for them', '在案的《交接班记录》份数'),
      jobs: count('special-service or repair jobs taken that day', '当日受理的特约服务或维修工作项数'),
      jobSheets: count('《特約服務/維修工作單》 on file for them', '在案的《特约服务/维修工作单》份数'),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    // A record for a handover or job that did not happen says the counts are wrong, not that records exist.
    if (f.handoverRecords > f.handovers) throw badFact(['handoverRecords'], 'more records than handovers');
    if (f.jobSheets > f.jobs) throw badFact(['jobSheets'], 'more job sheets than jobs');
    const handoversMissing = f.handovers - f.handoverRecords;
    const jobsMissing = f.jobs - f.jobSheets;
    const checks: Condition[] = [
      { ok: f.dutyLog, fault: { en: 'no 《值班日志》 for the day (5.1)', zh: '当日无《值班日志》（5.1）' } },
      {
        ok: handoversMissing === 0,
        fault: {
          en: `${handoversMissing} of ${f.handovers} handovers without a 《交接班記錄》 (5.2)`,
          zh: `${f.handovers}次交接班中${handoversMissing}次无《交接班记录》（5.2）`,
        },
      },
      {
        ok: jobsMissing === 0,
        fault: {
          en: `${jobsMissing} of ${f.jobs} jobs without a 《特約服務/維修工作單》 (5.3)`,
          zh: `${f.jobs}项工作中${jobsMissing}项无《特约服务/维修工作单》（5.3）`,
        },
      },
    ];
    const required = 1 + f.handovers + f.jobs;
    const present = (f.dutyLog ? 1 : 0) + f.handoverRecords + f.jobSheets;
    const verdict = faultsVerdict(checks, {
      met: {
        en: `The day's duty log, ${f.handovers} handover records and ${f.jobs} job sheets are on file`,
        zh: `当日值班日志、${f.handovers}份交接班记录和${f.jobs}份工作单均在案`,
      },
      breached: (faults) => {
        const list = joinClauses(faults);
        return { en: `Records missing: ${list.en}; ${NO_PENALTY.en}`, zh: `记录缺失：${list.zh}；${NO_PENALTY.zh}` };
      },
    });
    return {
      ...verdict,
      measured: { value: present, unit: 'item' },
      target: { value: required, unit: 'item', comparator: '=' },
    };
  },
});
