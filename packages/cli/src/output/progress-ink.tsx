/** The audit's progress drawn by Ink on stderr with @kefu/ui-kit's ProgressBar. Loaded lazily. */
import { ProgressBar } from '@kefu/ui-kit';
import { Box, render, Text } from 'ink';
import { type Progress, type ProgressStats, progressText } from './progress.js';

function AuditProgress({ stats }: { readonly stats: ProgressStats }) {
  return (
    <Box flexDirection="column">
      {stats.totalBytes !== undefined ? (
        <ProgressBar label="Reading" value={stats.bytes} total={stats.totalBytes} unit="bytes" />
      ) : null}
      <Text>{progressText(stats)}</Text>
    </Box>
  );
}

export function inkProgress(initial: ProgressStats): Progress {
  const instance = render(<AuditProgress stats={initial} />, {
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
      instance.rerender(<AuditProgress stats={stats} />);
    },
    async stop(stats) {
      instance.rerender(<AuditProgress stats={stats} />);
      instance.unmount();
      await instance.waitUntilExit();
    },
  };
}
