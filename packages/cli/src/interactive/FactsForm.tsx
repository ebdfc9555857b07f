/**
 * One text input per top-level field of the rule's facts (JSON for arrays and objects), then an Evaluate
 * button. ↑/↓ (or Tab) move between rows, Enter moves on or evaluates, Esc goes back; q quits only from the
 * button, since on a field it is a letter being typed.
 */
import type { RuleInfo } from '@kefu/rules';
import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import { useRef, useState } from 'react';
import type { Lang } from '../context.js';
import type { SchemaField } from '../view/schema.js';

export interface FormProps {
  readonly rule: RuleInfo;
  readonly fields: readonly SchemaField[];
  readonly lang: Lang;
  readonly entries: Readonly<Record<string, string>>;
  /** Problems from the last try (unparseable entries, or the rule's own error naming a field). */
  readonly errors: readonly string[];
  /** Row to start on: a field an error names, or the Evaluate button when coming back from a result. */
  readonly initialFocus?: number;
  readonly onChange: (name: string, value: string) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
  readonly onQuit: () => void;
}

const HINT = {
  en: '↑↓ move · Enter next / evaluate · Esc back · q quits (on Evaluate)',
  zh: '↑↓ 移动 · Enter 下一项 / 评估 · Esc 返回 · q 退出（在“评估”上）',
};

export function FactsForm(props: FormProps) {
  const { fields, lang } = props;
  const rows = fields.length + 1;
  const [focus, setFocusState] = useState(() => Math.min(Math.max(0, props.initialFocus ?? 0), fields.length));
  // Mirrors `focus` synchronously, so keys arriving before the next render see where the focus really is.
  const focusRef = useRef(focus);
  const setFocus = (next: number) => {
    focusRef.current = ((next % rows) + rows) % rows;
    setFocusState(focusRef.current);
  };
  const onButton = focus === fields.length;

  useInput((input, key) => {
    const at = focusRef.current;
    if (key.escape) props.onBack();
    else if (key.upArrow || (key.shift && key.tab)) setFocus(at - 1);
    else if (key.downArrow || key.tab) setFocus(at + 1);
    else if (at === fields.length && key.return) props.onSubmit();
    else if (at === fields.length && input === 'q') props.onQuit();
  });

  const width = Math.max(...fields.map((f) => f.name.length + (f.required ? 1 : 0)));
  const focused = fields[focus];
  return (
    <Box flexDirection="column">
      <Text dimColor>{lang === 'zh' ? '填写事实（留空即省略）' : 'Facts (leave empty to omit)'}</Text>
      {fields.map((field, i) => (
        <Box key={field.name}>
          <Text color={i === focus ? 'cyan' : undefined} bold={i === focus}>
            {`${i === focus ? '❯' : ' '} ${`${field.name}${field.required ? '*' : ''}`.padEnd(width)}  `}
          </Text>
          <TextInput
            value={props.entries[field.name] ?? ''}
            focus={i === focus}
            placeholder={field.type}
            onChange={(value) => props.onChange(field.name, value)}
            onSubmit={() => setFocus(i + 1)}
          />
        </Box>
      ))}
      <Text color={onButton ? 'cyan' : undefined} bold={onButton}>
        {`${onButton ? '❯' : ' '} [ ${lang === 'zh' ? '评估' : 'Evaluate'} ]`}
      </Text>
      {focused ? (
        <Text
          dimColor
        >{`${focused.name}: ${focused.type}${focused.description ? ` — ${focused.description}` : ''}`}</Text>
      ) : null}
      {props.errors.map((error) => (
        <Text key={error} color="red">
          {error}
        </Text>
      ))}
      <Text dimColor>{HINT[lang]}</Text>
    </Box>
  );
}
