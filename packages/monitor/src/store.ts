/**
 * `openStore`: the monitor's database, embedded (PGlite in a data directory) or a PostgreSQL server
 * (`databaseUrl`), with the same schema and the same versioned migrations (drizzle/) applied at start.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type MonitorDb = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the store lives: a PGlite data directory (the embedded default) or a PostgreSQL URL. */
export type StoreOptions =
  | { readonly dataDir: string; readonly databaseUrl?: undefined }
  | { readonly databaseUrl: string; readonly dataDir?: undefined; readonly poolSize?: number };

export interface MonitorStore {
  readonly db: MonitorDb;
  /** `pglite` (one connection, in this process) or `postgres` (a pool; several processes may share it). */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * The migrations folder, beside `src/` and `dist/` alike (this file is bundled into dist/index.js, one
 * level below the package root as src/store.ts is), shipped in the package's `files`.
 */
const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));

export async function openStore(options: StoreOptions): Promise<MonitorStore> {
  if (options.databaseUrl !== undefined) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    const db = drizzlePg(pool, { schema });
    try {
      await migratePg(db, { migrationsFolder: MIGRATIONS });
    } catch (e) {
      await pool.end();
      throw new Error(`the monitor's database at DATABASE_URL could not be prepared: ${message(e)}`);
    }
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const client = new PGlite(options.dataDir);
  const db = drizzlePglite(client, { schema });
  try {
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
  } catch (e) {
    await client.close();
    throw new Error(`the monitor's data directory ${options.dataDir} could not be opened: ${message(e)}`);
  }
  return { db, kind: 'pglite', close: () => client.close() };
}

/** The error and its cause (Drizzle wraps the driver's error, which says what actually went wrong). */
function message(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message;
}
