/**
 * `--help` in the user's language (#15). Every command and option is declared once with both texts
 * (`say(en, zh)` picks one); commander's own words — the section titles, `(choices: …)`, `(default: …)`,
 * the help and version options, its parse errors — are put into Chinese through the hooks commander
 * offers for it (`configureHelp`, `helpOption`, `helpCommand`, `configureOutput`), not by printing help
 * by hand. Chinese help is wrapped as the tables wrap it (ui-kit's `wrapText`): by display width, between
 * any two Chinese characters, never inside a flag or a word (`--as-of`, `out-of-range`).
 */
import { wrapText } from '@kefu/ui-kit/text';
import { type Command, Help, type Option } from 'commander';
import stringWidth from 'string-width';
import { defaultLang, isLang, type Lang, outputColumns } from './context.js';

/** Picks the text of the language help is shown in; a command's declaration gives both. */
export type Say = (en: string, zh: string) => string;

export function sayIn(lang: Lang): Say {
  return lang === 'zh' ? (_en, zh) => zh : (en) => en;
}

/**
 * The language of help and parse errors, known before commander parses anything: the last
 * `--lang zh` / `--lang=zh` on the command line, else `KEFU_LANG` (the same choice `--lang` makes for a
 * command's output). An invalid value is left to commander to refuse.
 */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  let chosen: Lang | undefined;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) chosen = value;
  });
  return chosen ?? defaultLang(env);
}

const TITLES: Readonly<Record<string, string>> = {
  // Commander puts a space after this title, on the same line as the usage.
  'Usage:': '用法:',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** `（可选：en、zh；默认：60）`: commander's `(choices: …, default: …)` in Chinese. */
function extrasZh(choices: readonly string[] | undefined, fallback: string | undefined): string {
  const parts = [
    ...(choices ? [`可选：${choices.join('、')}`] : []),
    ...(fallback !== undefined ? [`默认：${fallback}`] : []),
  ];
  return parts.length > 0 ? `（${parts.join('；')}）` : '';
}

function optionDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  // As commander decides: a boolean flag's default is for programmers, not shown.
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  return shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined;
}

/** Commander's parse errors, in Chinese; anything not listed stays as commander wrote it. */
const ERRORS_ZH: readonly [RegExp, string][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, "错误：未知选项 '$1'"],
  [/^error: unknown command '([^']*)'/, "错误：未知命令 '$1'"],
  [/^error: missing required argument '([^']*)'/, "错误：缺少必需的参数 '$1'"],
  [/^error: option '([^']*)' argument missing/, "错误：选项 '$1' 缺少值"],
  [/^error: required option '([^']*)' not specified/, "错误：未指定必需的选项 '$1'"],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    "错误：选项 '$1' 的值 '$2' 无效，可选值为 $3。",
  ],
  [/^error: option '([^']*)' cannot be used with option '([^']*)'/, "错误：选项 '$1' 不能与选项 '$2' 同时使用"],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    '错误：参数过多：应为 $2 个，实际 $3 个。',
  ],
];

function errorZh(text: string): string {
  const suggestion = /\(Did you mean (.*)\?\)/.exec(text);
  for (const [pattern, replacement] of ERRORS_ZH) {
    if (!pattern.test(text)) continue;
    const line = text.split('\n')[0]?.replace(pattern, replacement) ?? text;
    return `${line}${suggestion ? `\n（你是不是想输入 ${suggestion[1]}？）` : ''}\n`;
  }
  return text;
}

/**
 * Puts commander's own words into `lang` for `program` (call before adding the commands: they copy these
 * settings with `copyInheritedSettings`). English is commander's default, left as it is.
 */
export function localiseHelp(program: Command, lang: Lang): Command {
  const say = sayIn(lang);
  program
    .helpOption('-h, --help', say('display help for command', '显示命令的帮助'))
    .helpCommand('help [command]', say('display help for command', '显示命令的帮助'))
    .showHelpAfterError(say('(add --help for usage)', '（加 --help 查看用法）'))
    // Help wraps at the width the tables fit (in a pipe COLUMNS, else 80), not commander's fixed 80.
    .configureOutput({
      getOutHelpWidth: () => outputColumns(process.stdout),
      getErrHelpWidth: () => outputColumns(process.stderr),
    });
  if (lang === 'en') {
    program.configureHelp({ showGlobalOptions: true });
    return program;
  }
  const zhHelp: Partial<Help> = {
    showGlobalOptions: true,
    // Chinese wraps between any two characters, so a narrow description column still wraps (commander
    // leaves a column under 40 unwrapped, as English words would not fit it).
    minWidthToWrap: 12,
    styleTitle: (title) => TITLES[title] ?? title,
    subcommandTerm(cmd) {
      return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[选项]');
    },
    commandUsage(cmd) {
      const names: string[] = [];
      for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
      return `${names.join(' ')} ${cmd.usage().replace('[options]', '[选项]').replace('[command]', '[命令]')}`;
    },
    // Shown as the usage line shows them (<file|->, [year]), so a name reads as syntax, not as a word.
    argumentTerm: (argument) => (argument.required ? `<${argument.name()}>` : `[${argument.name()}]`),
    optionDescription: (option) => `${option.description}${extrasZh(option.argChoices, optionDefault(option))}`,
    argumentDescription: (argument) =>
      `${argument.description}${extrasZh(
        argument.argChoices,
        argument.defaultValue === undefined
          ? undefined
          : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)),
      )}`,
    displayWidth: (text) => stringWidth(text),
    boxWrap: (text, width) =>
      text
        .split('\n')
        .flatMap((line) => wrapText(line, width))
        .join('\n'),
  };
  program.configureHelp(zhHelp);
  // Merged with the widths set above.
  program.configureOutput({ outputError: (text, write) => write(errorZh(text)) });
  return program;
}
