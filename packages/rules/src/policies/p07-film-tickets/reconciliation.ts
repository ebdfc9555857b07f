/**
 * 2: 前臺接待員須隨時做好電影票銷售記錄表，并記錄銷售金額，做到帳實相符。 (1: 代售的電影票及代售金額由前臺接待員負責保管。)
 * Read: the record agrees with reality when the tickets that left the stock (opening + delivered − closing) are the
 * tickets recorded sold, and the recorded sales × price equal the money held in cash plus what was remitted. Money
 * is computed in fen; a shortfall or surplus is reported in yuan. Tolerances are parameters, 0 by default (帳實相符).
 */
import * as z from 'zod';
import { defineRule, type Verdict } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { joinClauses, NO_SANCTION } from '../../kernel/helpers.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Bilingual } from '../../kernel/result.js';
import { count, yuan } from '../../kernel/schemas.js';

const tickets = count.max(1_000_000);

export interface Reconciliation {
  /** Tickets that left the stock: opening + delivered − closing. */
  readonly ticketsOut: number;
  /** Tickets out minus tickets recorded sold: positive, tickets unaccounted for; negative, more sales than tickets. */
  readonly ticketDifference: number;
  /** Yuan the recorded sales should have brought: sold × price. */
  readonly expected: number;
  /** Yuan held: cash plus remitted. */
  readonly held: number;
  /** Held minus expected, yuan: negative is a shortfall, positive a surplus. */
  readonly difference: number;
  readonly shortfall: number;
  readonly surplus: number;
  /** Yuan the unaccounted tickets are worth at the price (0 when none). */
  readonly missingTicketsValue: number;
}

export const reconciliation = defineRule({
  id: 'P07.reconciliation',
  policy: 'P07',
  clause: '2',
  seedLines: [179, 180],
  kind: 'check',
  title: { en: 'Film tickets and takings agree with the sales record', zh: '电影票及售票款帐实相符' },
  facts: z
    .object({
      openingStock: tickets.meta({
        description: 'tickets at the desk at the start of the period',
        zh: '期初前台的票数',
      }),
      delivered: tickets
        .default(0)
        .meta({ description: 'tickets the cinema delivered during the period', zh: '期内影院送来的票数' }),
      closingStock: tickets.meta({ description: 'tickets at the desk at the end of the period', zh: '期末前台的票数' }),
      ticketsSold: tickets.meta({
        description: 'tickets recorded sold on the sales record (銷售記錄表)',
        zh: '销售记录表上登记售出的票数',
      }),
      price: yuan.max(10_000).meta({ description: 'price of a ticket, yuan', zh: '每张票的价格（元）' }),
      cash: yuan.meta({ description: 'takings held in cash, yuan', zh: '持有的现金票款（元）' }),
      remitted: yuan.meta({ description: 'takings already handed to the cashier, yuan', zh: '已交给出纳的票款（元）' }),
    })
    .strict(),
  params: z
    .object({
      ticketTolerance: count
        .max(100)
        .default(0)
        .meta({ description: 'tickets the count may be off without a breach', zh: '票数允许的误差（不算违规）' }),
      moneyTolerance: yuan
        .max(1000)
        .default(0)
        .meta({ description: 'yuan the takings may be off without a breach', zh: '票款允许的误差（元）（不算违规）' }),
    })
    .strict(),
  evaluate(f, ctx): Verdict<Reconciliation> {
    const available = f.openingStock + f.delivered;
    if (f.closingStock > available) {
      throw badFact(['closingStock'], 'cannot exceed openingStock + delivered');
    }
    const ticketsOut = available - f.closingStock;
    const ticketDifference = ticketsOut - f.ticketsSold;
    const priceFen = yuanToFen(f.price);
    const expectedFen = priceFen * f.ticketsSold;
    const heldFen = yuanToFen(f.cash) + yuanToFen(f.remitted);
    const diffFen = heldFen - expectedFen;
    const value: Reconciliation = {
      ticketsOut,
      ticketDifference,
      expected: fenToYuan(expectedFen),
      held: fenToYuan(heldFen),
      difference: fenToYuan(diffFen),
      shortfall: fenToYuan(Math.max(0, -diffFen)),
      surplus: fenToYuan(Math.max(0, diffFen)),
      missingTicketsValue: fenToYuan(Math.max(0, ticketDifference) * priceFen),
    };
    const ticketsOk = Math.abs(ticketDifference) <= ctx.params.ticketTolerance;
    const moneyOk = Math.abs(diffFen) <= yuanToFen(ctx.params.moneyTolerance);
    const y = (fen: number) => ctx.words.yuan(fenToYuan(fen));
    const stock: Bilingual = {
      en: `tickets ${f.openingStock} + ${f.delivered} delivered − ${f.closingStock} left = ${ticketsOut} out, ${f.ticketsSold} recorded sold`,
      zh: `票：期初${f.openingStock}张＋送票${f.delivered}张－结存${f.closingStock}张＝售出${ticketsOut}张，记录销售${f.ticketsSold}张`,
    };
    const money: Bilingual = {
      en: `takings ${f.ticketsSold} × ${y(priceFen).en} = ${y(expectedFen).en} expected, ${y(heldFen).en} held (cash ${ctx.words.yuan(f.cash).en} + remitted ${ctx.words.yuan(f.remitted).en})`,
      zh: `款：${f.ticketsSold}张×${y(priceFen).zh}＝应收${y(expectedFen).zh}，实有${y(heldFen).zh}（现金${ctx.words.yuan(f.cash).zh}＋已交${ctx.words.yuan(f.remitted).zh}）`,
    };
    const measured = { value: value.difference, unit: 'yuan' as const };
    const target = { value: 0, unit: 'yuan' as const, comparator: '=' as const };
    if (ticketsOk && moneyOk) {
      return {
        status: 'met',
        value,
        measured,
        target,
        explanation: {
          en: `Tickets and takings agree: ${stock.en}; ${money.en}`,
          zh: `帐实相符。${stock.zh}；${money.zh}`,
        },
      };
    }
    const gaps: Bilingual[] = [];
    if (!ticketsOk) {
      gaps.push(
        ticketDifference > 0
          ? {
              en: `${ticketDifference} ticket(s) unaccounted for (worth ${ctx.words.yuan(value.missingTicketsValue).en})`,
              zh: `${ticketDifference}张票去向不明（价值${ctx.words.yuan(value.missingTicketsValue).zh}）`,
            }
          : {
              en: `${-ticketDifference} more ticket(s) recorded sold than left the stock`,
              zh: `记录销售比实际出票多${-ticketDifference}张`,
            },
      );
    }
    if (!moneyOk) {
      gaps.push(
        diffFen < 0
          ? {
              en: `a shortfall of ${ctx.words.yuan(value.shortfall).en}`,
              zh: `短款${ctx.words.yuan(value.shortfall).zh}`,
            }
          : { en: `a surplus of ${ctx.words.yuan(value.surplus).en}`, zh: `长款${ctx.words.yuan(value.surplus).zh}` },
      );
    }
    return {
      status: 'breached',
      value,
      measured,
      target,
      explanation: {
        en: `Tickets and takings do not agree: ${joinClauses(gaps).en} (${stock.en}; ${money.en}); the receptionist who keeps them must account for it (${NO_SANCTION.en})`,
        zh: `帐实不符：${joinClauses(gaps).zh}（${stock.zh}；${money.zh}），由负责保管的前台接待员说明并处理（${NO_SANCTION.zh}）`,
      },
    };
  },
});
