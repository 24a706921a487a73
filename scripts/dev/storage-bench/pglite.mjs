// PGlite adapter for the benchmark (PostgreSQL 18 in WebAssembly, data dir on the file system,
// tsvector column + GIN index). The same SQL would run on a PostgreSQL server.
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';

export async function openPglite(path, options = {}) {
  const db = await PGlite.create(path, { extensions: { amcheck }, ...options });
  await db.exec(`
    CREATE TABLE IF NOT EXISTS articles (
      id text PRIMARY KEY, content_hash text NOT NULL UNIQUE, url text, title text, outlet text,
      published timestamptz, text text NOT NULL, json jsonb NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED);
    CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
    CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin(tsv);
    CREATE TABLE IF NOT EXISTS stories (id text PRIMARY KEY, title text, updated_at timestamptz, json jsonb NOT NULL);
    CREATE TABLE IF NOT EXISTS story_articles (story_id text NOT NULL, article_id text NOT NULL,
      PRIMARY KEY (story_id, article_id));
    CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
  `);
  const col = (rows, k) => rows.map((r) => r[k]);
  return {
    name: 'pglite',
    db,
    async ingestBatch(batch, hook) {
      const A = batch.articles, S = batch.stories;
      await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO articles (id, content_hash, url, title, outlet, published, text, json)
          SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::jsonb[])
          ON CONFLICT DO NOTHING`,
          [col(A, 'id'), col(A, 'content_hash'), col(A, 'url'), col(A, 'title'), col(A, 'outlet'), col(A, 'published'), col(A, 'text'), col(A, 'json')]);
        if (hook) await hook();
        await tx.query(`INSERT INTO stories (id, title, updated_at, json)
          SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[])
          ON CONFLICT (id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at, json = excluded.json`,
          [col(S, 'id'), col(S, 'title'), col(S, 'updated_at'), col(S, 'json')]);
        await tx.query(`INSERT INTO story_articles (story_id, article_id) SELECT * FROM unnest($1::text[], $2::text[])
          ON CONFLICT DO NOTHING`, [col(A, 'story_id'), col(A, 'id')]);
      });
    },
    async storyPage(id) {
      const s = await db.query('SELECT json FROM stories WHERE id = $1', [id]);
      const a = await db.query(`SELECT a.json FROM story_articles sa JOIN articles a ON a.id = sa.article_id
        WHERE sa.story_id = $1 ORDER BY a.published`, [id]);
      return { story: s.rows[0].json, articles: a.rows.map((r) => r.json) };
    },
    async search(q) {
      return (await db.query(`SELECT id, title FROM articles, plainto_tsquery('english', $1) q
        WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 20`, [q])).rows;
    },
    async randomStoryIds(n) { return (await db.query('SELECT id FROM stories ORDER BY random() LIMIT $1', [n])).rows.map((r) => r.id); },
    async counts() {
      return (await db.query(`SELECT (SELECT count(*) FROM articles)::int articles, (SELECT count(*) FROM stories)::int stories,
        (SELECT count(*) FROM story_articles)::int links,
        (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id))::int orphans`)).rows[0];
    },
    async integrity() {
      await db.exec('CREATE EXTENSION IF NOT EXISTS amcheck');
      // bt_index_check on every btree index, verify_heapam on every table: throws / returns rows on corruption.
      const idx = await db.query(`SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace`);
      const heap = await db.query(`SELECT t.relname, v.* FROM pg_class t, verify_heapam(t.oid) v
        WHERE t.relkind = 'r' AND t.relnamespace = 'public'::regnamespace`);
      const gin = await db.query(`SELECT gin_index_check('articles_tsv'::regclass)`).then(() => 'ok', (e) => `n/a: ${e.message}`);
      return { btree_indexes_checked: idx.rows.length, heap_corruptions: heap.rows.length, gin };
    },
    async checkpoint() { await db.exec('CHECKPOINT'); },
    async close() { await db.close(); },
  };
}
