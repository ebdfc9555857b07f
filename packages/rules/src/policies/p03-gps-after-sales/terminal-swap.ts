/**
 * 返修: 如需返修，維護人員須將車牌號，故障現象寫在紙膠帶上粘貼在終端上，并將原終端號與更新的終端號填寫在《維修服務單》上。
 * 保證終端產品外觀整潔。
 * Read: a swap records four items: plate and fault (on the tape label stuck to the returned terminal), old and new
 * terminal numbers (on the repair service form). `labelled` says whether the tape label was attached; absent, only
 * the four entries are judged.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { onBreach } from '../../kernel/helpers.js';
import { requiredFieldsParam } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { completeness, entry } from './record.js';

const FIELDS = ['plate', 'fault', 'oldTerminal', 'newTerminal'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  plate: { en: 'plate number', zh: '车牌号' },
  fault: { en: 'fault', zh: '故障现象' },
  oldTerminal: { en: 'old terminal number', zh: '原终端号' },
  newTerminal: { en: 'new terminal number', zh: '更新的终端号' },
};

export const terminalSwap = defineRule({
  id: 'P03.terminal-swap',
  policy: 'P03',
  clause: '返修',
  seedLines: [93, 93],
  kind: 'check',
  title: {
    en: 'A swapped terminal records plate, fault, old and new terminal',
    zh: '返修换机须记录车牌号、故障及新旧终端号',
  },
  facts: z
    .object({
      swapped: z.boolean().default(true).meta({
        description: 'a terminal was returned for repair and swapped; false: not applicable',
        zh: '终端返修并已更换；false：不适用',
      }),
      plate: entry.optional().meta({
        description: 'vehicle plate number (車牌號); absent or blank: not recorded',
        zh: '车牌号；缺省或空白：未登记',
      }),
      fault: entry.optional().meta({ description: 'the fault symptoms (故障現象)', zh: '故障现象' }),
      oldTerminal: entry.optional().meta({ description: 'the original terminal number (原終端號)', zh: '原终端号' }),
      newTerminal: entry
        .optional()
        .meta({ description: 'the replacement terminal number (更新的終端號)', zh: '更新的终端号' }),
      labelled: z.boolean().optional().meta({
        description: 'plate and fault written on tape stuck to the returned terminal',
        zh: '车牌号和故障已写在胶带上贴于返修终端',
      }),
    })
    .strict(),
  params: z
    .object({
      requiredFields: requiredFieldsParam(FIELDS).meta({
        description: 'entries a swap must record (the seed names all four)',
        zh: '更换终端必须登记的项目（原文列出全部四项）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    if (!f.swapped) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No terminal was swapped, so no swap record is due', zh: '未返修换机，无需换机记录' },
      };
    }
    if (f.oldTerminal && f.newTerminal && f.oldTerminal === f.newTerminal) {
      throw badFact(['newTerminal'], 'must differ from oldTerminal: a swap replaces the terminal');
    }
    const required = ctx.params.requiredFields;
    const verdict = completeness({
      facts: f,
      required,
      names: NAMES,
      form: { en: 'swap record', zh: '换机记录' },
    });
    if (f.labelled !== false) return onBreach(verdict);
    return onBreach({
      ...verdict,
      status: 'breached',
      explanation: {
        en: `${verdict.explanation.en}; but no tape label with the plate and fault was stuck on the returned terminal`,
        zh: `${verdict.explanation.zh}；但未在返修终端上粘贴写有车牌号和故障现象的纸胶带`,
      },
    });
  },
});
