/**
 * Issue #15, "a ledger a supervisor reads without help": the column 「扣分」 held the signed net points, so a
 * month of +2 read as "2 deducted"; ids stood without names; a dismissal or a warning showed nowhere.
 */
import type { LedgerEntry } from '@kefu/rules';
import { describe, expect, it } from 'vitest';
import { directoryOf } from '../src/view/directory.js';
import { cellText, ledgerBlocks, ledgerRow, marksText } from '../src/view/ledger.js';

const entry: LedgerEntry = {
  employee: 'S-08',
  department: 'S-ENG',
  month: '2026-04',
  fines: 400,
  wageDeductions: 0,
  bonusDeductions: 0,
  carriedOver: 0,
  charges: 0,
  score: 102,
  points: 2,
  sanctions: [
    { type: 'dismissal', clause: 'P10 (五)1' },
    { type: 'dismissal', clause: 'P10 (五)1' },
    { type: 'warning', clause: 'P12 4.2.2(5)' },
    { type: 'points', points: 3, clause: 'P12 4.3(1)' },
    { type: 'points', points: -1, clause: 'P12 4.2.2(4)' },
  ],
  ownFines: 400,
  jointFines: 0,
  pointsAdded: 3,
  pointsDeducted: 1,
  bonusDeductionsFrom: [],
  carriedOverFrom: [],
};

const dir = directoryOf({
  departments: [{ id: 'S-ENG', name: '工程部' }],
  people: [{ id: 'S-08', name: '黄丽', department: 'S-ENG' }],
});

describe('the ledger as the supervisor reads it', () => {
  it('reproduction: net +2 under 「扣分」 read as 2 deducted; now 加分 3 and 扣分 1 apart, the net signed', () => {
    const row = ledgerRow(entry, dir, 'zh');
    expect([row.pointsAdded, row.pointsDeducted, cellText(row.points, 'signed-points')]).toEqual([3, 1, '+2']);
    expect(cellText(-6.5, 'signed-points')).toBe('\u22126.5');
    const [heading, table, zeroNote] = ledgerBlocks([entry], dir, 'zh');
    if (table?.kind !== 'table') throw new Error('expected the ledger table');
    const headers = table.columns.map((c) => c.header);
    expect(headers).toEqual(expect.arrayContaining(['加分', '扣分', '本人罚款', '处分']));
    // One month: in the title, not a column; money columns zero for everyone: named under the table.
    expect(heading).toMatchObject({ title: expect.stringContaining(entry.month) });
    expect(headers).not.toContain('月份');
    expect(headers).not.toContain('主管连带');
    expect(zeroNote).toMatchObject({ kind: 'text', text: expect.stringContaining('主管连带') });
    expect(headers).not.toContain('积分');
    expect(table.rows[0]).toMatchObject({
      employee: '黄丽 (S-08)',
      department: '工程部',
      pointsAdded: '3',
      pointsDeducted: '1',
    });
  });

  it('shows every sanction that is not money, gravest first, counted by clause', () => {
    expect(marksText(entry.sanctions, 'zh')).toBe('除名 ×2（P10 (五)1）；警告（P12 4.2.2(5)）');
    expect(marksText(entry.sanctions, 'en')).toBe('dismissal ×2 (P10 (五)1); warning (P12 4.2.2(5))');
  });

  it('says which month a carried bonus amount comes from (P09 第二十一條 3)', () => {
    const carried: LedgerEntry = {
      ...entry,
      month: '2026-05',
      bonusDeductions: 750,
      bonusDeductionsFrom: [
        { month: '2026-03', amount: 500, clause: 'P09 第二十一條 3' },
        { month: '2026-04', amount: 250, clause: 'P09 第二十一條 3' },
      ],
      carriedOver: 50,
      carriedOverFrom: [{ month: '2026-04', amount: 50, clause: 'P09 第二十一條 3' }],
    };
    const row = ledgerRow(carried, dir, 'zh');
    expect(row.bonusCarriedIn).toBe(750);
    expect(row.sources).toBe(
      '本月扣款含以前月份结转：500.00 元源自 2026-03（P09 第二十一條 3）、250.00 元源自 2026-04（P09 第二十一條 3）；' +
        '结转下月：50.00 元源自 2026-04（P09 第二十一條 3）',
    );
  });

  it('leaves ids alone without an organisation file', () => {
    expect(ledgerRow(entry, directoryOf(undefined), 'en')).toMatchObject({ name: '', department: 'S-ENG' });
  });
});
