/** Types of deps-audit.mjs (tested in packages/cli/test/deps-audit.test.ts). */
export type Verdict = 'clean' | 'found' | 'unreachable' | 'error';
export declare function classify(
  status: number | null,
  stdout: string,
  stderr?: string,
): { verdict: Verdict; message: string };
