import { resolve } from 'node:path';
import type { Store } from '../store/store.js';

export interface StoreLocation {
  /** `--db PATH`: the library's directory (embedded SQLite). */
  readonly db?: string;
  /** The environment: `DATABASE_URL` (PostgreSQL) wins over `PARALLAX_DB` (a directory) and the default `./.parallax`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Where the library lives, in words: what commands print so the user knows which library they touched. */
export function describeLocation(location: StoreLocation): string {
  const url = location.env.DATABASE_URL;
  if (url && !location.db) return `PostgreSQL ${redact(url)}`;
  return resolve(location.db ?? location.env.PARALLAX_DB ?? '.parallax');
}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/**
 * Opens the library's store: `--db PATH` (an explicit directory) first, then `DATABASE_URL`
 * (PostgreSQL, shared by many workers), then `PARALLAX_DB`, then `./.parallax` in the working directory.
 * Adapters are loaded on demand so a command that uses SQLite never loads `pg`, and the other way round.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const url = location.env.DATABASE_URL;
  if (url && !location.db) {
    const { openPostgresStore } = await import('../store/postgres-store.js');
    return openPostgresStore(url);
  }
  const { openSqliteStore } = await import('../store/sqlite-store.js');
  return openSqliteStore(resolve(location.db ?? location.env.PARALLAX_DB ?? '.parallax'));
}
