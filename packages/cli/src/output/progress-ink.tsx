/** The audit's progress drawn by Ink on stderr with @kefu/ui-kit's ProgressBar. Loaded lazily. */
import { ProgressBar } from '@kefu/ui-kit';
import { Box, render, Text } from 'ink';
import type { Lang } from '../context.js';
import { type Progress, type ProgressStats, progressText } from './progress.js';

function AuditProgress({ stats, lang }: { readonly stats: ProgressStats; readonly lang: Lang }) {
  return (
    <Box flexDirection="column">
      {stats.totalBytes !== undefined ? (
        <ProgressBar
          label={lang === 'zh' ? '读取' : 'Reading'}
          value={stats.bytes}
          total={stats.totalBytes}
          unit={lang === 'zh' ? '字节' : 'bytes'}
        />
      ) : null}
      <Text>{progressText(stats, lang)}</Text>
    </Box>
  );
}

export function inkProgress(initial: ProgressStats, lang: Lang): Progress {
  const instance = render(<AuditProgress stats={initial} lang={lang} />, {
    stdout: process.stderr,
    patchConsole: false,
    exitOnCtrlC: true,
  });
  let last = 0;
  return {
    update(stats) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      instance.rerender(<AuditProgress stats={stats} lang={lang} />);
    },
    async stop(stats) {
      instance.rerender(<AuditProgress stats={stats} lang={lang} />);
      instance.unmount();
      await instance.waitUntilExit();
    },
  };
}
