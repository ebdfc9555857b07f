import { describe, expect, it } from 'vitest';
import { requisitionApprovals, type Step } from './requisition-approvals.js';

// Seed 1.3.2 (lines 159–161): 計劃室…核對、整理；提交業務部主管審查、簽字，然后…提交業務部經理審批、簽字；
// 完成所有簽字流程'內部聯絡單'…提交生產管理部，同時提交一份復印件交業務管理部備案。
const all: Step[] = [
  'planner-check',
  'supervisor-sign',
  'manager-approve',
  'sent-to-production',
  'copy-to-business-management',
];
const run = (steps: Step[], extra: { finished?: boolean } = {}, options?: Parameters<typeof requisitionApprovals>[1]) =>
  requisitionApprovals({ steps: steps.map((step) => ({ step })), ...extra }, options);

describe('P06.requisition-approvals (1.3.2)', () => {
  it('all five steps in order is met', () => {
    expect(run(all)).toMatchObject({
      ok: true,
      result: { status: 'met', value: { problem: null, inOrder: 5 }, measured: { value: 5, unit: 'step' } },
    });
  });

  it('steps may be given as plain names', () => {
    expect(requisitionApprovals({ steps: all })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { inOrder: 5 } },
    });
  });

  it('the copy may go just before the submission to production (同時)', () => {
    const swapped: Step[] = [
      'planner-check',
      'supervisor-sign',
      'manager-approve',
      'copy-to-business-management',
      'sent-to-production',
    ];
    expect(run(swapped)).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('the manager before the supervisor: the manager step is out of order', () => {
    const r = run([
      'planner-check',
      'manager-approve',
      'supervisor-sign',
      'sent-to-production',
      'copy-to-business-management',
    ]);
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: {
          problem: { step: 'manager-approve', problem: 'out-of-order', index: 1, relatedStep: 'supervisor-sign' },
        },
        measured: { value: 1 },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('"manager approves" (step 2) came before "supervisor signs"');
  });

  it('a skipped supervisor is missing, named before the step that came without it', () => {
    const r = run(['planner-check', 'manager-approve', 'sent-to-production', 'copy-to-business-management']);
    expect(r).toMatchObject({
      ok: true,
      result: {
        value: { problem: { step: 'supervisor-sign', problem: 'missing', index: 1, relatedStep: 'manager-approve' } },
      },
    });
    expect(r.ok && r.result.explanation.zh).toContain('缺少“业务部主管审查签字”');
  });

  it('a missing copy at the end is missing; a repeated step is named', () => {
    expect(run(all.slice(0, 4))).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { problem: { step: 'copy-to-business-management', problem: 'missing', index: 4 } },
      },
    });
    expect(run(['planner-check', 'planner-check'])).toMatchObject({
      ok: true,
      result: { value: { problem: { step: 'planner-check', problem: 'repeated', index: 1 } } },
    });
  });

  it('an unfinished trail in order so far is met with the next step', () => {
    expect(run(all.slice(0, 2), { finished: false })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { problem: null, nextStep: 'manager-approve' } },
    });
    expect(run(['supervisor-sign'], { finished: false })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: { step: 'planner-check', problem: 'missing' } } },
    });
  });

  it('times going backwards are rejected naming the step', () => {
    const r = requisitionApprovals({
      steps: [
        { step: 'planner-check', at: '2026-03-02T10:00:00+08:00' },
        { step: 'supervisor-sign', at: '2026-03-02T09:00:00+08:00' },
      ],
      finished: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['steps', 1, 'at'] }] } });
    // A union that matched neither form names the field of the form that got furthest: the step's name.
    expect(requisitionApprovals({ steps: [{ step: 'gm-approve' as never }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 0, 'step'] }] },
    });
  });

  it('an organisation can drop the copy to business management', () => {
    const config = { rules: { 'P06.requisition-approvals': { copyRequired: false } } };
    expect(run(all.slice(0, 4), {}, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 4 } },
    });
  });
});
