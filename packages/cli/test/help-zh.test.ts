/**
 * #15 "With --lang zh, --help is English": help and commander's parse errors in the language asked for,
 * with --lang or KEFU_LANG, wrapped to the width by display columns. English stays commander's own.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { helpLang } from '../src/help.js';
import { kefu } from './helpers.js';

describe('help in Chinese (#15)', () => {
  it('reproduction: kefu --help --lang zh was English; now its titles and descriptions are Chinese', () => {
    const run = kefu(['--help', '--lang', 'zh']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^用法: kefu \[选项\] \[命令\]/);
    expect(run.stdout).toContain('显示命令的帮助');
    expect(run.stdout).toContain('审核事件日志');
    expect(run.stdout).not.toContain('Usage:');
  });

  it('KEFU_LANG=zh picks Chinese help for a command; --lang en wins over it', () => {
    const zh = kefu(['audit', '--help'], { env: { KEFU_LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('组织文件（人员、部门），JSON 格式');
    expect(zh.stdout).toContain('（可选：breach、at-risk）');
    const en = kefu(['audit', '--help', '--lang', 'en'], { env: { KEFU_LANG: 'zh' } });
    expect(en.stdout).toContain('Usage: kefu audit [options] <file|->');
    // (Commander wraps the help to the width: compared with the line breaks read as spaces.)
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('(choices: "breach", "at-risk")');
  });

  it("commander's parse errors in Chinese, exit 2", () => {
    const unknown = kefu(['rules', '--bogus', '--lang', 'zh']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("错误：未知选项 '--bogus'");
    expect(unknown.stderr).toContain('（加 --help 查看用法）');
    const missing = kefu(['show', '--lang', 'zh']);
    expect(missing.stderr).toContain("错误：缺少必需的参数 'policy|ruleId'");
  });

  it('wraps Chinese help to the width by display columns (CJK is two), never splitting a flag', () => {
    for (const columns of ['60', '100']) {
      const run = kefu(['audit', '--help', '--lang', 'zh'], { env: { COLUMNS: columns } });
      for (const line of run.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(Number(columns));
      // Every flag named in a description is whole on its line.
      expect(run.stdout).not.toMatch(/--as-\n|--max-\n/);
    }
  });

  it('helpLang: the last valid --lang, either spelling, else KEFU_LANG', () => {
    expect(helpLang(['audit', '--lang', 'zh'], {})).toBe('zh');
    expect(helpLang(['--lang=zh', 'rules', '--lang', 'en'], {})).toBe('en');
    expect(helpLang(['--lang', 'fr'], { KEFU_LANG: 'zh' })).toBe('zh');
    expect(helpLang([], {})).toBe('en');
  });
});
