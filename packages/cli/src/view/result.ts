/** A rule's result (or its error) as blocks: used by `kefu evaluate` and the browser's result screen. */
import type { DeadlineInfo, RuleResult } from '@kefu/rules';
import type { Lang } from '../context.js';
import { type Block, type FieldValue, section } from './blocks.js';
import { dayReasonText, deadlineKindText, kindText, quantityText, targetText, word } from './labels.js';

/** `Days skipped (working days: … → …)`, `跳过的日期（工作日：… → …）`. */
function skippedTitle(deadline: DeadlineInfo, lang: Lang): string {
  const inside = `${deadlineKindText(deadline.kind, lang)}${lang === 'zh' ? '：' : ': '}${deadline.start} → ${deadline.dueAt}`;
  return lang === 'zh' ? `${word('skipped', lang)}（${inside}）` : `${word('skipped', lang)} (${inside})`;
}

export function resultBlocks(result: RuleResult, title: string | undefined, lang: Lang): Block[] {
  const simpleValue = result.value === undefined || typeof result.value !== 'object' || result.value === null;
  const entries: (readonly [string, FieldValue])[] = [
    [word('clause', lang), result.clause],
    [word('kind', lang), kindText(result.kind, lang)],
  ];
  if (result.value !== undefined && simpleValue) entries.push([word('value', lang), String(result.value)]);
  if (result.dueAt !== undefined) entries.push([word('dueAt', lang), result.dueAt]);
  if (result.measured !== undefined) entries.push([word('measured', lang), quantityText(result.measured, lang)]);
  if (result.target !== undefined) entries.push([word('target', lang), targetText(result.target, lang)]);

  const blocks: Block[] = [
    { kind: 'heading', title: title ? `${result.ruleId}  ${title}` : result.ruleId },
    ...(result.status !== undefined
      ? [{ kind: 'status', label: word('status', lang), status: result.status } as const]
      : []),
    { kind: 'fields', entries },
  ];
  if (!simpleValue) {
    blocks.push(...section(word('value', lang), { kind: 'text', text: JSON.stringify(result.value, null, 2) }));
  }
  blocks.push({ kind: 'sanctions', title: word('sanctions', lang), sanctions: result.sanctions });
  blocks.push(
    ...section(word('explanation', lang), {
      kind: 'explanation',
      en: result.explanation.en,
      zh: result.explanation.zh,
    }),
  );
  if (result.warnings.length > 0) {
    const text = result.warnings.map((w) => `! ${w[lang]} (${w.code})`).join('\n');
    blocks.push(...section(word('warnings', lang), { kind: 'text', text, tone: 'warn' }));
  }
  const deadline = result.deadline;
  if (deadline && deadline.skipped.length > 0) {
    blocks.push(
      ...section(skippedTitle(deadline, lang), {
        kind: 'table',
        columns: [
          { key: 'date', header: word('date', lang) },
          { key: 'reason', header: word('reason', lang) },
          { key: 'holiday', header: word('holiday', lang) },
        ],
        rows: deadline.skipped.map((d) => ({
          date: d.date,
          reason: dayReasonText(d, lang),
          holiday: d.holiday?.[lang] ?? '',
        })),
      }),
    );
  }
  return blocks;
}
