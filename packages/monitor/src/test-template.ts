/**
 * Vitest global setup: one PGlite data directory, migrated, made once per run; each test file's store is a
 * copy of it (`testMonitor`), since creating a PGlite (initdb in WASM) costs several times a copy.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from './store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data directory the tests copy. */
    monitorTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'kefu-monitor-template-'));
  const store = await openStore({ dataDir: dir });
  await store.close();
  project.provide('monitorTemplate', dir);
  return () => rm(dir, { recursive: true, force: true });
}
