import { openSqlite } from './sqlite.mjs';
import { openPglite } from './pglite.mjs';
export const open = (engine, path, options) => (engine === 'sqlite' ? openSqlite(path) : openPglite(path, options));
