/**
 * The audit's live progress on stderr (only when stderr is a terminal). Two faces: Ink's ProgressBar from
 * @kefu/ui-kit for human output, and a one-line text bar for --json/--csv runs, which must not load Ink.
 */
import type { Lang } from '../context.js';

export interface ProgressStats {
  readonly bytes: number;
  /** Size of the input file; unknown for stdin. */
  readonly totalBytes?: number;
  readonly lines: number;
  readonly findings: number;
  readonly rejected: number;
  readonly elapsedMs: number;
}

export interface Progress {
  update(stats: ProgressStats): void;
  stop(stats: ProgressStats): Promise<void>;
}

export const noProgress: Progress = {
  update() {},
  async stop() {},
};

function rate(stats: ProgressStats): number {
  return stats.elapsedMs > 0 ? Math.round((stats.lines * 1000) / stats.elapsedMs) : 0;
}

const number = new Intl.NumberFormat('en-US');

/** `12,345 lines · 8,000 lines/s · 42 findings · 3 rejected`, or under `--lang zh` `12,345 行 · 每秒 8,000 行 · …`. */
export function progressText(stats: ProgressStats, lang: Lang = 'en'): string {
  const [lines, perSecond, findings] = [stats.lines, rate(stats), stats.findings].map((n) => number.format(n));
  const parts =
    lang === 'zh'
      ? [`${lines} 行`, `每秒 ${perSecond} 行`, `${findings} 项结果`]
      : [`${lines} lines`, `${perSecond} lines/s`, `${findings} findings`];
  if (stats.rejected > 0) {
    const rejected = number.format(stats.rejected);
    parts.push(lang === 'zh' ? `${rejected} 行被拒` : `${rejected} rejected`);
  }
  return parts.join(' · ');
}

function bar(stats: ProgressStats, width: number): string {
  if (stats.totalBytes === undefined || stats.totalBytes <= 0) return '';
  const share = Math.min(1, stats.bytes / stats.totalBytes);
  const filled = Math.floor(share * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(Math.floor(share * 100)).padStart(3)}%  `;
}

/** A single line redrawn in place with `\r`, at most ten times a second. */
export function textProgress(lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
  let last = 0;
  const draw = (stats: ProgressStats) => {
    const line = `${bar(stats, 20)}${progressText(stats, lang)}`;
    stream.write(`\r${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}\x1b[K`);
  };
  return {
    update(stats) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(stats);
    },
    async stop(stats) {
      draw(stats);
      stream.write('\n');
    },
  };
}
