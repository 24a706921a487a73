import type Database from 'better-sqlite3';

/**
 * The schema of the SQLite library as numbered migrations: `MIGRATIONS[n - 1]` takes a database from
 * schema version n - 1 to n. The version lives in SQLite's own `PRAGMA user_version` (an integer in the
 * file header, 0 in a new file), not in the `meta` table: `meta` belongs to the callers of
 * `getMeta`/`setMeta`, who may use any key. A later Parallax appends migrations; it never edits a
 * published one, since users' libraries have already run it.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema.
  `
  -- pos: the order articles were added (listArticles) and the row id of their JSON and full-text rows. An
  -- explicit INTEGER PRIMARY KEY, because VACUUM may renumber an implicit rowid. Without AUTOINCREMENT a new
  -- row gets max(pos) + 1, so the order holds; pos is never exposed.
  -- hash and url are unique (url may be NULL for many rows: SQLite's UNIQUE lets NULLs repeat).
  -- title/outlet/published/added_at: what listArticles shows, without parsing JSON.
  CREATE TABLE articles (
    pos INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    added_at TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    published TEXT
  );

  -- The whole StoredArticle as getArticle gives it back (20-40 KB, up to megabytes), in its own table: in
  -- the articles row it would fill a page per row, and listArticles with an offset or count would read
  -- them all (measured: 15 ms against 0.2 ms for a page at offset 19,900 of 20,000).
  CREATE TABLE article_json (
    pos INTEGER PRIMARY KEY REFERENCES articles (pos) ON DELETE CASCADE,
    json TEXT NOT NULL
  );

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    updated_at TEXT NOT NULL,
    json TEXT NOT NULL
  );
  -- listStories: most recently updated first, then by id, optionally from a date on.
  CREATE INDEX stories_by_update ON stories (updated_at DESC, id);

  CREATE TABLE story_members (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (story_id, article_id)
  ) WITHOUT ROWID;
  -- storiesOfArticle (and the foreign key check when an article is ever deleted).
  CREATE INDEX story_members_by_article ON story_members (article_id, story_id);

  CREATE TABLE storylines (
    id TEXT PRIMARY KEY,
    updated_at TEXT NOT NULL,
    json TEXT NOT NULL
  );

  -- No ON DELETE on story_id: a story a storyline names cannot be deleted (the adapter checks first to
  -- name the storyline in its error; the foreign key is the backstop).
  CREATE TABLE storyline_members (
    storyline_id TEXT NOT NULL REFERENCES storylines (id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories (id),
    PRIMARY KEY (storyline_id, story_id)
  ) WITHOUT ROWID;
  CREATE INDEX storyline_members_by_story ON storyline_members (story_id);

  -- seq is assigned by the adapter as max(seq) + 1 inside the write transaction, never by a sequence
  -- (see StoredFingerprint.seq). terms is JSON ([string, number] pairs).
  CREATE TABLE fingerprints (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE REFERENCES articles (id),
    terms TEXT NOT NULL,
    day INTEGER
  );

  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    json TEXT NOT NULL
  );

  -- The full-text index: one row per article (rowid = articles.pos) holding its distinct words as
  -- search-hits.ts folds them, each encoded as exactly one token (articleWords in sqlite-store.ts). Contentless: the words are
  -- indexed, not stored a second time. detail=none: only which articles hold a word is kept, not where
  -- (findHits finds the places), which keeps the index small. contentless_delete lets a later version
  -- delete or replace articles.
  CREATE VIRTUAL TABLE article_words USING fts5 (
    words,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii',
    detail = none
  );
  `,
];

/** The schema version this Parallax writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to `SCHEMA_VERSION`. Call it inside a write transaction (BEGIN IMMEDIATE), so two
 * processes opening a new library at once do not both create the tables: the second sees the first's
 * version. Throws a clear error for a library written by a newer Parallax.
 */
export function migrate(db: Database.Database, where: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`Cannot open the library at ${where}: expected schema version ${SCHEMA_VERSION} or older, found ${version} (written by a newer Parallax). Upgrade Parallax to open it.`);
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.exec(MIGRATIONS[v] as string);
    // PRAGMA takes no bound parameters; v + 1 is an integer we computed.
    db.pragma(`user_version = ${v + 1}`);
  }
}
