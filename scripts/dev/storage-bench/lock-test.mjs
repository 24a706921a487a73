// Usage: node lock-test.mjs DIR A & node lock-test.mjs DIR B — do two processes both open and
// write one PGlite data directory? (They do: nothing locks it.)
import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create(process.argv[2]);
console.log(process.argv[3], 'opened', (await db.query('select count(*)::int n from articles')).rows[0]);
await new Promise((r) => setTimeout(r, 8000));
await db.query("insert into stories (id, title, updated_at, json) values ($1, 'x', now(), '{}') on conflict do nothing", ['lock-' + process.argv[3]]);
console.log(process.argv[3], 'wrote'); await db.close();
