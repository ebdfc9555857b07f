import { describe, expect, it } from 'vitest';
import { keepPost } from './keep-post.js';

// Seed 4.1(9) (line 200): 前臺人員須堅守崗位，不得擅自離崗。
describe('P08.keep-post (4.1(9))', () => {
  it('leaving the desk without leave is breached (the reproduction: 擅自離崗 was not a P08 finding)', () => {
    const r = keepPost({ leaveGiven: false, employee: 'E1' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P08 4.1(9)' } });
    expect(r.ok && r.result.explanation.zh).toContain('擅自离开前台');
  });

  it('leaving with leave given is met', () => {
    expect(keepPost({ leaveGiven: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('rejects a departure that does not say whether leave was given, naming the field', () => {
    expect(keepPost.run({})).toMatchObject({ ok: false, error: { issues: [{ path: ['leaveGiven'] }] } });
  });
});
