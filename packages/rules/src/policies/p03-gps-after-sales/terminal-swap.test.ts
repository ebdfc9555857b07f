import { describe, expect, it } from 'vitest';
import { terminalSwap } from './terminal-swap.js';

// Seed 返修 (line 93): 如需返修，維護人員須將車牌號，故障現象寫在紙膠帶上粘貼在終端上，
// 并將原終端號與更新的終端號填寫在《維修服務單》上。
const swap = { plate: '粵B12345', fault: '無定位', oldTerminal: '860001', newTerminal: '860002' };

describe('P03.terminal-swap (返修)', () => {
  it('all four items recorded is met (4 of 4)', () => {
    expect(terminalSwap({ ...swap, labelled: true })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 4, unit: 'item' }, target: { value: 4 } },
    });
  });

  it('without the new terminal number (3 of 4) it is breached, naming it', () => {
    const r = terminalSwap({ ...swap, newTerminal: undefined });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', value: { missing: ['newTerminal'] } } });
    expect(r.ok && r.result.explanation.zh).toContain('更新的终端号');
  });

  it('a record complete but without the tape label on the terminal is breached', () => {
    const r = terminalSwap({ ...swap, labelled: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('tape label');
  });

  it('no swap is not applicable', () => {
    expect(terminalSwap({ swapped: false })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('the same old and new terminal number is a contradiction naming newTerminal', () => {
    expect(terminalSwap({ ...swap, newTerminal: '860001' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['newTerminal'] }] },
    });
  });

  it('an organisation can require only the terminal numbers', () => {
    const config = { rules: { 'P03.terminal-swap': { requiredFields: ['oldTerminal', 'newTerminal'] } } };
    expect(terminalSwap({ oldTerminal: '1', newTerminal: '2' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 2 } },
    });
  });
});
