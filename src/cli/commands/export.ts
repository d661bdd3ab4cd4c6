/** `dateline export`: stream every stored article as JSONL or CSV. */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { Store } from '../../store/index.js';
import type { StoredArticle } from '../../store/index.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import { csvRow } from '../csv.js';
import type { CliIO, OutStream } from '../io.js';
import { ExitCode, write } from '../io.js';
import { toArticleJSON } from './show.js';

const help = `Usage: dateline export [--format jsonl|csv] [options]

Streams every stored article, in storage order, to stdout or a file.
  jsonl  one article per line, the same JSON as 'show --json' and 'analyze'
  csv    id,published,title,site,agencies,authors,dateline,url,body
         (RFC 4180: quoted fields, CRLF line ends; lists joined with "; ")

Options:
  --format F     jsonl (default) or csv
  --out FILE     write to FILE (replaced only once the export is complete)
  --db PATH      database file (default ./dateline.db)
  -h, --help     show this help

Examples:
  dateline export > articles.jsonl
  dateline export --format csv --out articles.csv`;

export const CSV_HEADER = ['id', 'published', 'title', 'site', 'agencies', 'authors', 'dateline', 'url', 'body'];

function csvLine(a: StoredArticle): string {
  const m = a.meta;
  return csvRow([a.id, m.published?.iso ?? '', m.title ?? '', m.site ?? '', m.agencies.join('; '), m.authors.join('; '), m.dateline ?? '', m.url ?? '', a.body]);
}

async function exportTo(out: OutStream, store: Store, format: string, signal?: AbortSignal): Promise<number> {
  let n = 0;
  if (format === 'csv') await write(out, csvRow(CSV_HEADER));
  for (const article of store.iterate()) {
    if (signal?.aborted) break;
    await write(out, format === 'csv' ? csvLine(article) : `${JSON.stringify(toArticleJSON(article))}\n`);
    n++;
  }
  return n;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = args.string('format') ?? 'jsonl';
  const outFile = args.string('out');
  const store = Store.open(dbPath(args), { mustExist: true });
  try {
    if (!outFile) {
      await exportTo(io.stdout, store, format, io.signal);
      return io.signal?.aborted ? ExitCode.interrupted : ExitCode.ok;
    }
    // Write beside the target and rename at the end, so FILE is never left half-written.
    const partial = `${outFile}.partial-${process.pid}`;
    const stream = createWriteStream(partial, { encoding: 'utf8' });
    // Errors surface through write() and finished(); this listener keeps them from crashing the process.
    stream.on('error', () => {});
    try {
      const n = await exportTo(stream, store, format, io.signal);
      stream.end();
      await finished(stream);
      if (io.signal?.aborted) {
        await rm(partial, { force: true });
        return ExitCode.interrupted;
      }
      await rename(partial, outFile);
      io.stderr.write(`exported ${n} article${n === 1 ? '' : 's'} to ${outFile}\n`);
      return ExitCode.ok;
    } catch (err) {
      stream.destroy();
      await rm(partial, { force: true });
      throw err;
    }
  } finally {
    store.close();
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'stream all stored articles as JSONL or CSV',
  help,
  flags: { ...globalFlags, format: { type: 'string', choices: ['jsonl', 'csv'] }, out: { type: 'string', short: 'o' } },
  minPositionals: 0,
  maxPositionals: 0,
  interruptible: true,
  run,
};
