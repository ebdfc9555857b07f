/**
 * The package's public entry, as packages/rules/README.md documents it: every value named there is
 * exported, and the error class the audit throws for bad options is the exported one.
 */
import { describe, expect, it } from 'vitest';
import * as kefu from './index.js';

const documented = [
  ...['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14'],
  ...['evaluate', 'rules', 'getRule', 'policies', 'getPolicy', 'statuses', 'sanctionTypes', 'orgConfigSchema'],
  ...['yuanToFen', 'fenToYuan', 'roundYuan'],
  ...['dayInfo', 'addWorkingDays', 'holidaysOf', 'monthDays', 'calendarYears'],
  ...['streamAudit', 'runAudit', 'whatIf', 'compareAudits', 'splitLines', 'OverlongLine', 'checkEvent', 'eventSchema'],
  ...['auditEventTypes', 'periodicReports', 'validateAuditOptions', 'orgFileSchema', 'findingStatuses'],
  ...['PreparedEvaluator', 'InstantCodec'],
  ...['judgeTimed', 'atRiskAt', 'resultAtRiskAt'],
  'KefuRuleError',
] as const;

describe('@kefu/rules exports', () => {
  it('exports every value its README documents', () => {
    const exported = new Set(Object.keys(kefu));
    expect(documented.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('throws the exported KefuRuleError for bad audit options, naming the field', () => {
    let thrown: unknown;
    try {
      kefu.streamAudit([], { asOf: 'tomorrow' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(kefu.KefuRuleError);
    expect(thrown).toMatchObject({ code: 'invalid-options', issues: [{ path: ['asOf'] }] });
  });

  it('lists every finding status: the check verdicts, then computed', () => {
    expect(kefu.findingStatuses).toEqual([...kefu.statuses, 'computed']);
  });
});
