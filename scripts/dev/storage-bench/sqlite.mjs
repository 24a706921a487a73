// SQLite adapter for the benchmark (better-sqlite3, WAL, FTS5 external-content index).
import Database from 'better-sqlite3';

export async function openSqlite(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // WAL + NORMAL: durable across process crashes; a power cut may lose the last commits
  db.exec(`
    CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, url TEXT, title TEXT, outlet TEXT,
      published TEXT, text TEXT NOT NULL, json TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
    CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT, updated_at TEXT, json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL,
      PRIMARY KEY (story_id, article_id)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles',
      content_rowid='rowid', tokenize='porter unicode61');
  `);
  const insArticle = db.prepare(`INSERT INTO articles (id, content_hash, url, title, outlet, published, text, json)
    VALUES (@id, @content_hash, @url, @title, @outlet, @published, @text, @json) ON CONFLICT DO NOTHING`);
  const insFts = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  const upStory = db.prepare(`INSERT INTO stories (id, title, updated_at, json) VALUES (@id, @title, @updated_at, @json)
    ON CONFLICT(id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at, json = excluded.json`);
  const insLink = db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
  const ingest = db.transaction((batch, hook) => {
    for (const a of batch.articles) {
      const info = insArticle.run(a);
      if (info.changes) insFts.run(info.lastInsertRowid, a.title, a.text);
    }
    hook?.();
    for (const s of batch.stories) upStory.run(s);
    for (const a of batch.articles) insLink.run(a.story_id, a.id);
  });
  const story = db.prepare('SELECT json FROM stories WHERE id = ?').pluck();
  const storyArticles = db.prepare(`SELECT a.json FROM story_articles sa JOIN articles a ON a.id = sa.article_id
    WHERE sa.story_id = ? ORDER BY a.published`).pluck();
  const search = db.prepare(`SELECT a.id, a.title FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
    WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT 20`);
  const randomStories = db.prepare('SELECT id FROM stories ORDER BY random() LIMIT ?').pluck();
  return {
    name: 'sqlite',
    async ingestBatch(batch, hook) { ingest(batch, hook); },
    async storyPage(id) {
      const s = story.get(id);
      return { story: JSON.parse(s), articles: storyArticles.all(id).map((j) => JSON.parse(j)) };
    },
    async search(q) { return search.all(q.split(' ').map((w) => `"${w}"`).join(' ')); },
    async randomStoryIds(n) { return randomStories.all(n); },
    async counts() {
      return db.prepare(`SELECT (SELECT count(*) FROM articles) articles, (SELECT count(*) FROM stories) stories,
        (SELECT count(*) FROM story_articles) links,
        (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)) orphans`).get();
    },
    async integrity() {
      const ic = db.pragma('integrity_check', { simple: true });
      db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run(); // throws if the index disagrees with the table
      return { integrity_check: ic, fts: 'ok' };
    },
    async checkpoint() { db.pragma('wal_checkpoint(TRUNCATE)'); },
    async close() { db.close(); },
  };
}
