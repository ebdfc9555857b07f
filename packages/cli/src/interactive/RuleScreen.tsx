/** A policy's rules; Enter opens a rule's facts form. */
import type { PolicyInfo } from '@kefu/rules';
import { SelectList } from '@kefu/ui-kit';
import type { Lang } from '../context.js';

export function RuleScreen(props: {
  readonly policy: PolicyInfo;
  readonly lang: Lang;
  readonly initialIndex: number;
  readonly onSelect: (ruleId: string) => void;
  readonly onBack: () => void;
}) {
  const items = props.policy.rules.map((r) => ({ label: r.id, value: r.id, hint: r.title[props.lang] }));
  return <SelectList items={items} initialIndex={props.initialIndex} onSelect={props.onSelect} onBack={props.onBack} />;
}
