/** Issue #16 "A real store": the migrations apply on a fresh PGlite directory and again on reopening. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { orgState } from './schema.js';
import { openStore } from './store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('openStore (#16: a real store, versioned migrations)', () => {
  it('creates the tables in a fresh data directory and opens it again without migrating twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kefu-mon-'));
    dirs.push(dir);
    const first = await openStore({ dataDir: dir });
    await first.db.execute(sql`insert into org_state (org, lines, updated_at) values ('default', 3, now())`);
    await first.close();
    const again = await openStore({ dataDir: dir });
    const rows = await again.db.select({ org: orgState.org, lines: orgState.lines }).from(orgState);
    expect(rows).toEqual([{ org: 'default', lines: 3 }]);
    await again.close();
  });
});
