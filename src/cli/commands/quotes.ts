/** `dateline quotes`: stored quotes with speaker, article and date. */
import { Store, type StoredQuote } from '../../store/index.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';

const help = `Usage: dateline quotes [--speaker NAME] [options]

Lists the quotes and reported statements stored by dateline ingest, oldest
article first: date, speaker (the person or organisation in the article the
source resolves to; "via" names the outer reporter of a nested quote),
article id and the quoted text.

Options:
  --speaker NAME   only quotes whose speaker contains NAME (case-insensitive)
  --all            also beliefs, findings and stances ("X thinks", "a poll shows")
  --limit N        at most N quotes (default 1000)
  --json           print the quotes as a JSON array
  --db PATH        database file (default ./dateline.db)
  -h, --help       show this help

Exit status: 0 some quotes, 1 none, 2 usage error.

Examples:
  dateline quotes --speaker Shoigu
  dateline quotes --json | jq -r '.[].speaker' | sort | uniq -c`;

const MAX_CONTENT = 160;

export function formatQuote(q: StoredQuote): string {
  const flat = q.content.replace(/\s+/g, ' ');
  const content = flat.length > MAX_CONTENT ? `${flat.slice(0, MAX_CONTENT)}…` : flat;
  const via = q.reportedBy ? ` (via ${q.reportedBy})` : '';
  return `${(q.published ?? '').slice(0, 10).padEnd(10)}  ${q.speaker ?? '(unknown)'}${via}  ${q.articleId.slice(0, 12)}\n    ${content}`;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const store = Store.open(dbPath(args), { mustExist: true });
  let quotes: StoredQuote[];
  try {
    quotes = store.quotes({ speaker: args.string('speaker'), limit: args.integer('limit'), all: args.bool('all') });
  } finally {
    store.close();
  }
  if (args.bool('json')) await write(io.stdout, `${JSON.stringify(quotes, null, 2)}\n`);
  else for (const q of quotes) await write(io.stdout, `${formatQuote(q)}\n`);
  if (quotes.length === 0) {
    io.stderr.write(`no quotes${args.string('speaker') ? ` by a speaker matching "${args.string('speaker')}"` : ''}\n`);
    return ExitCode.failed;
  }
  return ExitCode.ok;
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list stored quotes with speaker, article and date',
  help,
  flags: { ...globalFlags, speaker: { type: 'string' }, limit: { type: 'integer', min: 1 }, json: { type: 'boolean' }, all: { type: 'boolean' } },
  minPositionals: 0,
  maxPositionals: 0,
  run,
};
