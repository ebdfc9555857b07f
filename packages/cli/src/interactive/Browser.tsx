/**
 * The interactive browser: policies → rules → a form for the rule's facts → the result with its
 * explanation. Esc goes back a screen, q quits (except while typing in the form).
 */
import type { Outcome, PolicyInfo, RuleInfo } from '@kefu/rules';
import { Header } from '@kefu/ui-kit';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useState } from 'react';
import type { Lang } from '../context.js';
import { fromKefuError } from '../errors.js';
import { Blocks } from '../output/ink.js';
import { resultBlocks } from '../view/result.js';
import { FactsForm } from './FactsForm.js';
import { buildFacts, DEFAULT_ZONE, type Entries, formFields } from './form.js';
import { PolicyScreen } from './PolicyScreen.js';
import { RuleScreen } from './RuleScreen.js';

export interface BrowserProps {
  readonly policies: readonly PolicyInfo[];
  readonly evaluate: (ruleId: string, facts: unknown) => Outcome;
  readonly lang: Lang;
  /** The zone the form reads local times in: the organisation's (`--config`), else Asia/Shanghai. */
  readonly zone?: string;
  /** Called when the user quits (q, or Esc on the first screen), before the app exits. */
  readonly onExit?: () => void;
}

type Screen =
  | { readonly name: 'policies' }
  | { readonly name: 'rules'; readonly policy: PolicyInfo }
  | {
      readonly name: 'form';
      readonly policy: PolicyInfo;
      readonly rule: RuleInfo;
      readonly errors: readonly string[];
      /** Row the form starts on; with `attempt` as the form's key, a new try re-seats the focus. */
      readonly focus: number;
      readonly attempt: number;
    }
  | { readonly name: 'result'; readonly policy: PolicyInfo; readonly rule: RuleInfo; readonly outcome: Outcome };

const HINTS: Readonly<Record<Lang, string>> = {
  en: '↑↓ move · Enter open · Esc back · q quit',
  zh: '↑↓ 移动 · Enter 打开 · Esc 返回 · q 退出',
};
const RESULT_HINTS: Readonly<Record<Lang, string>> = {
  en: 'Enter or Esc back to the facts · q quit',
  zh: 'Enter 或 Esc 返回事实 · q 退出',
};

function ResultView({ outcome, rule, lang }: { outcome: Outcome; rule: RuleInfo; lang: Lang }) {
  const { stdout } = useStdout();
  // The terminal's width, so the result's tables wrap rather than run off the screen (80 when unknown).
  const columns = stdout.columns || 80;
  if (outcome.ok)
    return <Blocks blocks={resultBlocks(outcome.result, rule.title[lang], lang)} lang={lang} columns={columns} />;
  return <Text color="red">{fromKefuError(outcome.error).message}</Text>;
}

export function Browser({ policies, evaluate, lang, zone = DEFAULT_ZONE, onExit }: BrowserProps) {
  const app = useApp();
  const exit = () => {
    onExit?.();
    app.exit();
  };
  const [screen, setScreen] = useState<Screen>({ name: 'policies' });
  // Where each list was left, and what was typed for each rule, so going back and forth loses nothing.
  const [policyIndex, setPolicyIndex] = useState(0);
  const [ruleIndex, setRuleIndex] = useState<Readonly<Record<string, number>>>({});
  const [entries, setEntries] = useState<Readonly<Record<string, Entries>>>({});

  // q quits anywhere but the form, which handles q itself (there it is usually a letter being typed).
  useInput(
    (input, key) => {
      if (input === 'q') exit();
      else if (screen.name === 'result' && (key.escape || key.return)) {
        const { policy, rule } = screen;
        setScreen({
          name: 'form',
          policy,
          rule,
          errors: [],
          focus: formFields(rule, lang).length,
          attempt: Date.now(),
        });
      }
    },
    { isActive: screen.name !== 'form' },
  );

  const openPolicy = (code: string) => {
    const index = policies.findIndex((p) => p.code === code);
    const policy = policies[index];
    if (!policy) return;
    setPolicyIndex(index);
    setScreen({ name: 'rules', policy });
  };

  const openRule = (policy: PolicyInfo, id: string) => {
    const index = policy.rules.findIndex((r) => r.id === id);
    const rule = policy.rules[index];
    if (!rule) return;
    setRuleIndex((r) => ({ ...r, [policy.code]: index }));
    setScreen({ name: 'form', policy, rule, errors: [], focus: 0, attempt: 0 });
  };

  const submit = (policy: PolicyInfo, rule: RuleInfo, typed: Entries) => {
    const fields = formFields(rule, lang);
    const retry = (errors: readonly string[], field: string | number | undefined) => {
      const named = fields.findIndex((f) => f.name === field);
      setScreen({ name: 'form', policy, rule, errors, focus: named < 0 ? fields.length : named, attempt: Date.now() });
    };
    const built = buildFacts(fields, typed, zone);
    if (!built.ok) {
      retry(
        built.errors.map((e) => e.message),
        built.errors[0]?.field,
      );
      return;
    }
    const outcome = evaluate(rule.id, built.facts);
    // A rule's refusal of the facts belongs next to the fields, with the focus on the first field it names;
    // anything else is a result to show.
    if (!outcome.ok && (outcome.error.code === 'invalid-facts' || outcome.error.code === 'rule-refused')) {
      retry(fromKefuError(outcome.error).message.split('\n'), outcome.error.issues[0]?.path[0]);
      return;
    }
    setScreen({ name: 'result', policy, rule, outcome });
  };

  let body: React.JSX.Element;
  let trail = '';
  switch (screen.name) {
    case 'policies':
      body = (
        <PolicyScreen policies={policies} lang={lang} initialIndex={policyIndex} onSelect={openPolicy} onBack={exit} />
      );
      break;
    case 'rules':
      trail = ` › ${screen.policy.code} ${screen.policy.title[lang]}`;
      body = (
        <RuleScreen
          policy={screen.policy}
          lang={lang}
          initialIndex={ruleIndex[screen.policy.code] ?? 0}
          onSelect={(id) => openRule(screen.policy, id)}
          onBack={() => setScreen({ name: 'policies' })}
        />
      );
      break;
    case 'form': {
      const { policy, rule } = screen;
      trail = ` › ${policy.code} › ${rule.id}`;
      body = (
        <Box flexDirection="column">
          <Text bold>{`${rule.title[lang]}  (${rule.clause})`}</Text>
          <FactsForm
            key={screen.attempt}
            initialFocus={screen.focus}
            rule={rule}
            fields={formFields(rule, lang)}
            lang={lang}
            entries={entries[rule.id] ?? {}}
            errors={screen.errors}
            onChange={(name, value) => setEntries((e) => ({ ...e, [rule.id]: { ...e[rule.id], [name]: value } }))}
            zone={zone}
            onSubmit={(typed) => {
              setEntries((e) => ({ ...e, [rule.id]: typed }));
              submit(policy, rule, typed);
            }}
            onBack={() => setScreen({ name: 'rules', policy })}
            onQuit={exit}
          />
        </Box>
      );
      break;
    }
    case 'result':
      trail = ` › ${screen.policy.code} › ${screen.rule.id}`;
      body = <ResultView outcome={screen.outcome} rule={screen.rule} lang={lang} />;
      break;
  }

  return (
    <Box flexDirection="column">
      <Header title={`kefu${trail}`} subtitle={lang === 'zh' ? '客服制度规则浏览' : 'customer-service policies'} />
      <Box marginTop={1}>{body}</Box>
      {screen.name === 'form' ? null : (
        <Box marginTop={1}>
          <Text dimColor>{(screen.name === 'result' ? RESULT_HINTS : HINTS)[lang]}</Text>
        </Box>
      )}
    </Box>
  );
}
