import { describe, expect, it } from 'vitest';
import { residentFiles } from './resident-files.js';

// Seed 4.16 (line 224): 嚴格對業戶檔案進行保密，不能泄露給公司以外的其它人員。
describe('P08.resident-files (4.16)', () => {
  it('a file disclosed outside the company is breached (the reproduction: no P08 rule judged it)', () => {
    const r = residentFiles({ toOutsider: true, employee: 'E1' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P08 4.16' } });
    expect(r.ok && r.result.explanation.zh).toContain('泄露业户档案');
  });

  it('shared inside the company is met', () => {
    expect(residentFiles({ toOutsider: false })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('rejects a disclosure that does not say to whom, naming the field', () => {
    expect(residentFiles.run({})).toMatchObject({ ok: false, error: { issues: [{ path: ['toOutsider'] }] } });
  });
});
