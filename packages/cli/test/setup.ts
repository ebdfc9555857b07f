/**
 * Loads the built CLI (dist/main.js) into the worker before its tests run, so that the tests that run a
 * command in-process (`kefuIn`, helpers.ts) do not spend their own time budget on that first load.
 */
import { beforeAll } from 'vitest';
import { loadMain } from './helpers.js';

beforeAll(async () => {
  await loadMain();
});
