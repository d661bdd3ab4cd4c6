/** Peer for the ingest benchmark: reads each file and inserts its raw text in batches; no extraction. */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, dbPath] = process.argv.slice(2);
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS raw (path TEXT PRIMARY KEY, text TEXT)');
const insert = db.prepare('INSERT OR IGNORE INTO raw VALUES (?, ?)');
const flush = db.transaction((rows: Array<[string, string]>) => {
  for (const [p, t] of rows) insert.run(p, t);
});
let batch: Array<[string, string]> = [];
for (const sub of readdirSync(dir).sort()) {
  for (const f of readdirSync(join(dir, sub)).sort()) {
    batch.push([join(sub, f), readFileSync(join(dir, sub, f), 'utf8')]);
    if (batch.length === 200) {
      flush(batch);
      batch = [];
    }
  }
}
flush(batch);
db.close();
