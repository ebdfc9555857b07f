/**
 * #18 (seed-e): P08 4.7 3), 7), 8) (lines 209, 213, 214) from the `handover` line's optional fields — the
 * previous record read, follow-ups written down and handed over, and leaving only after both signed.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

const base = {
  employee: 'E1',
  incoming: 'E2',
  signedByOutgoing: true,
  signedByIncoming: true,
  itemsChecked: true,
  anomaliesRecorded: true,
  importantWorkOpen: false,
};

describe('P08 4.7 3), 7), 8): a handover line with the follow-up fields', () => {
  it('the outgoing employee leaving a minute before the second signature breaches the handover', async () => {
    const r = await audit([
      ev('handover', '2026-03-02T15:05', {
        ...base,
        previousRecordRead: true,
        followUpsLogged: true,
        followUpsHandedOver: true,
        bothSignedAt: '2026-03-02T15:04:00+08:00',
        outgoingLeftAt: '2026-03-02T15:03:00+08:00',
      }),
    ]);
    const f = only(r, 'P08.handover');
    expect(f.result.status).toBe('breached');
    expect(f.result.explanation.zh).toContain('交班人员在双方签字前离岗');
  });

  it('follow-ups not handed over breach it; a line without the new fields is judged as before', async () => {
    const r = await audit([ev('handover', '2026-03-02T15:05', { ...base, followUpsHandedOver: false })]);
    expect(only(r, 'P08.handover').result.explanation.en).toContain('work to follow up was not handed over');
    const plain = await audit([ev('handover', '2026-03-02T15:05', base)]);
    expect(only(plain, 'P08.handover').result.status).toBe('met');
  });
});
