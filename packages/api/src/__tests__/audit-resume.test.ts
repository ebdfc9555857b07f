/**
 * Checkpoint and resume over HTTP (#14): `checkpoint: true` returns the state, `resumeFrom` sends it back
 * and the audit continues the log — a complaint received on 30 April 23:00 and answered on 1 May 00:30 is
 * met across the two requests; a state from another version is a 422 problem naming `resumeFrom`.
 */
import { describe, expect, it } from 'vitest';
import { postJson, problemOf, testApp } from './helpers.js';

interface Report {
  summary: { lines: number; resumedAfter?: number };
  findings: { lines: number[]; key?: string; result: { ruleId: string; status: string } }[];
  state?: { kefu: string; version: number; lines: number };
}

const received = { type: 'complaint-received', at: '2026-04-30T23:00:00+08:00', case: 'C1', employee: 'E1' };
const replied = {
  type: 'complaint-replied',
  at: '2026-05-01T00:30:00+08:00',
  case: 'C1',
  nextReplyAt: '2026-05-03T10:00:00+08:00',
};

describe('POST /v1/audit: checkpoint and resume', () => {
  it('April’s state sent back with May’s events: the complaint straddling the month end is met', async () => {
    const app = testApp();
    const april = await postJson(app, '/v1/audit', {
      events: [received],
      asOf: '2026-04-30T23:59:59+08:00',
      checkpoint: true,
    });
    expect(april.status).toBe(200);
    const first = (await april.json()) as Report;
    expect(first.state).toMatchObject({ kefu: 'audit-state', version: 1, lines: 1 });
    const may = await postJson(app, '/v1/audit', {
      events: [replied],
      asOf: '2026-05-31T23:59:59+08:00',
      resumeFrom: first.state,
    });
    expect(may.status).toBe(200);
    const second = (await may.json()) as Report;
    expect(second.summary).toMatchObject({ lines: 1, resumedAfter: 1 });
    const reply = second.findings.find((f) => f.result.ruleId === 'P01.complaint-reply');
    expect(reply).toMatchObject({ key: 'C1', lines: [1, 2], result: { status: 'met' } });
    expect(second.state).toBeUndefined();
  });

  it('a state from another version: 422 invalid-state, said of resumeFrom', async () => {
    const res = await postJson(testApp(), '/v1/audit', {
      events: [replied],
      resumeFrom: { kefu: 'audit-state', version: 99 },
    });
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.code).toBe('invalid-state');
    expect(problem.detail).toContain('this state is version 99, this Kefu reads version 1');
  });
});
