/** `dateline show ID|--latest`: one stored article, readable or as JSON. */
import { Store } from '../../store/index.js';
import type { StoredArticle } from '../../store/index.js';
import type { ArticleJSON } from '../../model/serialize.js';
import { UsageError } from '../args.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';
import { renderArticle } from '../render-article.js';

const help = `Usage: dateline show ID [options]
       dateline show --latest [options]

Prints one stored article: title, date (time, UTC offset, and whether it was
stated, estimated or supplied), site, agencies, authors, dateline, URL,
language, the clean body, the removed boilerplate spans, and diagnostics.
ID is the full id or a unique prefix of at least 6 characters.

Options:
  --latest       the most recently stored article
  --json         print the stored article as JSON (same shape as analyze)
  --db PATH      database file (default ./dateline.db)
  -h, --help     show this help

Exit status: 0 found, 1 not found or ambiguous, 2 usage error.

Examples:
  dateline show --latest
  dateline show 3f9a1c2b7d4e
  dateline show 3f9a1c --json`;

/** The ArticleJSON view of a stored article (the row id is internal). */
export function toArticleJSON(stored: StoredArticle): ArticleJSON {
  const { rowid: _rowid, ...json } = stored;
  return json;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const latest = args.bool('latest');
  const id = args.positionals[0];
  if (latest === (id !== undefined)) throw new UsageError('give an article ID or --latest (one of them)');
  const store = Store.open(dbPath(args), { mustExist: true });
  let article: StoredArticle | null;
  try {
    article = latest ? store.latest() : store.get(id);
  } finally {
    store.close();
  }
  if (!article) {
    io.stderr.write(latest ? `dateline show: ${dbPath(args)} holds no articles yet\n` : `dateline show: no article with id ${id} in ${dbPath(args)}\n`);
    return ExitCode.failed;
  }
  await write(io.stdout, args.bool('json') ? `${JSON.stringify(toArticleJSON(article), null, 2)}\n` : renderArticle(article));
  return ExitCode.ok;
}

export const showCommand: Command = {
  name: 'show',
  summary: 'print one stored article (readable, or --json)',
  help,
  flags: { ...globalFlags, latest: { type: 'boolean' }, json: { type: 'boolean' } },
  minPositionals: 0,
  maxPositionals: 1,
  run,
};
