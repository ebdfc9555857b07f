/** The fourteen policies; Enter opens one. */
import type { PolicyInfo } from '@kefu/rules';
import { SelectList } from '@kefu/ui-kit';
import type { Lang } from '../context.js';

export function PolicyScreen(props: {
  readonly policies: readonly PolicyInfo[];
  readonly lang: Lang;
  readonly initialIndex: number;
  readonly onSelect: (code: string) => void;
  readonly onBack: () => void;
}) {
  const items = props.policies.map((p) => ({
    label: `${p.code}  ${p.title[props.lang]}`,
    value: p.code,
    hint: props.lang === 'zh' ? `${p.rules.length} 条规则` : `${p.rules.length} rules`,
  }));
  return <SelectList items={items} initialIndex={props.initialIndex} onSelect={props.onSelect} onBack={props.onBack} />;
}
