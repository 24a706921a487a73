import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * The PostgreSQL schema of the store, as numbered migrations applied in order. A migration is never
 * edited once released: a change to the schema is a new migration at the end of the list.
 *
 * Each runs with `search_path` set to the store's schema (SET LOCAL, for its transaction only), so its
 * SQL names tables without a schema and one database can hold several stores (tests use one schema each).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, storylines, fingerprints, meta',
    // Why the columns are what they are:
    // - Every text column is COLLATE "C": ids and ISO timestamps must compare byte by byte, as strings do
    //   in the memory store. A linguistic collation (en_US) ignores "-", ":" and "." at first level, so
    //   `updated_at >= '2031-03-19'` would go wrong.
    // - Timestamps are text, kept exactly as the caller gave them: ISO 8601 UTC compares correctly as a
    //   string, and timestamptz would turn `2031-03-19` into a time and drop digits past microseconds.
    // - `json` is text, not jsonb: jsonb reorders object keys (by length, then bytes), so what is got back
    //   would serialise differently from what was put and from the other adapters. Nothing queries
    //   inside the JSON; the columns that are filtered on are copied out of it.
    // - `ord` keeps the order articles were added in (`listArticles`), and storylines' (which one a
    //   refused `deleteStory` names first). Gaps left by rolled-back inserts are harmless for ordering.
    // - `url_digest` (sha256 of the URL key, hex) carries the uniqueness of `url`: a B-tree entry is
    //   limited to ~2.7 kB, and a URL with a long query string must not make an insert fail.
    // - `words` holds the distinct search words of the article (search-hits.ts `searchTerms` over the
    //   text, quote speakers, claim subjects and claimants), each cut to 64 code points so a GIN entry
    //   stays small. `words @> query words` finds exactly the articles `findHits` matches (a superset
    //   only when a word is longer than 64 code points), which a tsvector cannot promise: PostgreSQL's
    //   parser splits "don't", "9,000" or "courier.example" differently from search-hits.ts.
    // - `fingerprints.seq` is a plain bigint, computed as max + 1 under the transaction lock; a
    //   sequence would leave gaps on rollback and could commit 6 before 5 (see store.ts).
    // - Foreign keys back up the checks the adapter makes first (for clear messages): a story cannot
    //   name a missing article, and a story a storyline names cannot be deleted (NO ACTION).
    sql: `
CREATE TABLE articles (
  id text COLLATE "C" PRIMARY KEY,
  ord bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  hash text COLLATE "C" NOT NULL UNIQUE,
  url text COLLATE "C",
  url_digest text COLLATE "C" UNIQUE,
  added_at text COLLATE "C" NOT NULL,
  title text,
  outlet text,
  published text,
  words text[] COLLATE "C" NOT NULL,
  json text NOT NULL,
  CHECK ((url IS NULL) = (url_digest IS NULL))
);
CREATE INDEX articles_words ON articles USING gin (words);

CREATE TABLE stories (
  id text COLLATE "C" PRIMARY KEY,
  updated_at text COLLATE "C" NOT NULL,
  json text NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_at DESC, id);
CREATE TABLE story_members (
  story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id),
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_members_article ON story_members (article_id);

CREATE TABLE storylines (
  id text COLLATE "C" PRIMARY KEY,
  ord bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  updated_at text COLLATE "C" NOT NULL,
  json text NOT NULL
);
CREATE TABLE storyline_members (
  storyline_id text COLLATE "C" NOT NULL REFERENCES storylines (id) ON DELETE CASCADE,
  story_id text COLLATE "C" NOT NULL REFERENCES stories (id),
  PRIMARY KEY (storyline_id, story_id)
);
CREATE INDEX storyline_members_story ON storyline_members (story_id);

CREATE TABLE fingerprints (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  article_id text COLLATE "C" NOT NULL UNIQUE REFERENCES articles (id),
  json text NOT NULL
);

CREATE TABLE meta (
  key text COLLATE "C" PRIMARY KEY,
  json text NOT NULL
);
`,
  },
];

/** PostgreSQL truncates identifiers past 63 bytes: two long schema names would silently be one. */
const MAX_IDENTIFIER_BYTES = 63;

/** A schema name as SQL (double-quoted, so any name works and case is kept), after checking it. */
export function quoteIdentifier(name: string): string {
  if (typeof name !== 'string' || !name || Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES || name.includes('\u0000')) {
    throw new TypeError(`Cannot use the PostgreSQL schema ${JSON.stringify(name)}: expected a non-empty name of at most ${MAX_IDENTIFIER_BYTES} bytes without U+0000 (PostgreSQL cuts longer names). Choose a shorter schema name.`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The key of an advisory lock for one purpose on one schema, as a signed 64-bit integer in a string
 * (what `pg_advisory_xact_lock(bigint)` takes). Derived from the schema so that stores in different
 * schemas of one database never wait for each other, while every process opening the same schema
 * computes the same key. 64 bits of sha256 make an accidental clash with another application's key
 * negligible.
 */
export function advisoryKey(purpose: 'migrate' | 'transaction', schema: string): string {
  const digest = createHash('sha256').update(`parallax:${purpose}:${schema}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * Brings `schema` up to the last migration, in one transaction under an advisory lock, so that two
 * processes opening the store together do not both migrate: the second waits, then finds every
 * version recorded in `schema_migrations` and applies nothing. Returns the versions it applied.
 * Throws when the database was migrated by a newer Parallax (a version this code does not know).
 */
export async function migrate(client: pg.ClientBase, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const quoted = quoteIdentifier(schema);
  await client.query('BEGIN');
  try {
    // The lock comes first: `CREATE SCHEMA IF NOT EXISTS` itself fails when two run at once.
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey('migrate', schema)]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`SET LOCAL search_path TO ${quoted}`);
    // applied_at is the database's clock: an audit trail for operators, never read by the store.
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const done = new Set(rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...done].filter((v) => !known.has(v));
    if (unknown.length) {
      throw new Error(`expected the schema's migrations to be at most version ${Math.max(0, ...known)}, found version ${Math.max(...unknown)}, applied by a newer Parallax. Upgrade Parallax to open it`);
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
