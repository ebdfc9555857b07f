/** The registry as tables and detail views, read off the registry records. */
import type { Lang } from '../context.js';
import type { PolicyRecord, RuleRecord } from '../registry/types.js';
import { type Block, type Cell, section } from './blocks.js';
import { kindText, word } from './labels.js';
import { fieldDescription, fieldsOf, type SchemaField } from './schema.js';

export function rulesTable(rules: readonly RuleRecord[], lang: Lang): Block {
  return {
    kind: 'table',
    columns: [
      { key: 'id', header: word('id', lang) },
      { key: 'kind', header: word('kind', lang) },
      { key: 'clause', header: word('clause', lang) },
      { key: 'title', header: word('title', lang) },
    ],
    rows: rules.map((r) => ({ id: r.id, kind: kindText(r.kind, lang), clause: r.clause, title: r.title[lang] })),
  };
}

/** `14–15`, or `251` for a single line. */
function lineRange([from, to]: readonly [number, number]): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldRows(fields: readonly SchemaField[], lang: Lang, defaults?: Readonly<Record<string, unknown>>) {
  return fields.map(
    (f): Record<string, Cell> => ({
      name: f.name,
      type: f.type,
      required: f.required ? word('yes', lang) : '',
      default: show(defaults ? defaults[f.name] : f.default),
      description: fieldDescription(f, lang) ?? '',
    }),
  );
}

function fieldsTable(
  title: string,
  fields: readonly SchemaField[] | undefined,
  lang: Lang,
  defaults?: Readonly<Record<string, unknown>>,
): Block[] {
  if (!fields || fields.length === 0) return section(title, { kind: 'text', text: word('none', lang), tone: 'dim' });
  const columns = [
    { key: 'name', header: word('field', lang) },
    { key: 'type', header: word('type', lang) },
    ...(defaults ? [] : [{ key: 'required', header: word('required', lang) }]),
    { key: 'default', header: word('default', lang) },
    { key: 'description', header: word('description', lang) },
  ];
  return section(title, { kind: 'table', columns, rows: fieldRows(fields, lang, defaults) });
}

/** The seed's lines, numbered, or a hint on how to make them appear. */
function seedBlocks(range: readonly [number, number], lines: readonly string[], lang: Lang): Block[] {
  const title =
    lang === 'zh'
      ? `${word('seedWords', lang)}（第${lineRange(range)}行）`
      : `${word('seedWords', lang)} (${lineRange(range)})`;
  const text = lines.map((line, i) => `${String(range[0] + i).padStart(4)}  ${line}`).join('\n');
  return section(title, { kind: 'text', text });
}

export function ruleDetail(rule: RuleRecord, lang: Lang, seed: readonly string[]): Block[] {
  return [
    // An English reader gets the Chinese title beside the English; a Chinese one only the Chinese (#15).
    {
      kind: 'heading',
      title: `${rule.id}  ${rule.title[lang]}`,
      ...(lang === 'en' && { subtitle: rule.title.zh }),
    },
    {
      kind: 'fields',
      entries: [
        [word('policy', lang), rule.policy],
        [word('clause', lang), rule.clause],
        [word('kind', lang), kindText(rule.kind, lang)],
        [word('seedLines', lang), lineRange(rule.seedLines)],
      ],
    },
    ...fieldsTable(word('facts', lang), fieldsOf(rule.facts, lang), lang),
    ...fieldsTable(word('params', lang), fieldsOf(rule.params, lang), lang, rule.defaults),
    ...seedBlocks(rule.seedLines, seed, lang),
  ];
}

export function policyDetail(
  policy: PolicyRecord,
  rules: readonly RuleRecord[],
  lang: Lang,
  seed: readonly string[],
): Block[] {
  return [
    { kind: 'heading', title: `${policy.code}  ${policy.title[lang]}`, subtitle: policy.seedTitle },
    {
      kind: 'fields',
      entries: [
        [word('seedTitle', lang), policy.seedTitle],
        [word('seedLines', lang), lineRange(policy.seedLines)],
        [word('rules', lang), rules.length],
      ],
    },
    ...(rules.length > 0 ? section(word('rules', lang), rulesTable(rules, lang)) : []),
    ...seedBlocks(policy.seedLines, seed, lang),
  ];
}
