/** `dateline search QUERY`: full-text search over titles and clean bodies. */
import { Store } from '../../store/index.js';
import type { SearchHit } from '../../store/index.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';

const help = `Usage: dateline search QUERY... [options]

Finds stored articles whose title or clean body contains every word of QUERY
(removed boilerplate is not searched). Words match their variants
("sanction" finds "sanctions"). "double quotes" search a phrase, word* a
prefix, and OR between words accepts either. Other punctuation is ignored.

Prints one line per hit, best first: short id, date, title, and a snippet.

Options:
  --limit N      at most N hits (default 20)
  --json         print the hits as a JSON array
  --db PATH      database file (default ./dateline.db)
  -h, --help     show this help

Exit status: 0 some hits, 1 no hit, 2 usage error.

Examples:
  dateline search S-400
  dateline search '"air defence" India' --limit 5
  dateline search helicop* OR frigate --json`;

export function formatHit(hit: SearchHit): string {
  const date = (hit.published ?? '').slice(0, 10).padEnd(10);
  return `${hit.id.slice(0, 12)}  ${date}  ${hit.title ?? '(untitled)'}  ${hit.snippet}`;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const query = args.positionals.join(' ');
  const store = Store.open(dbPath(args), { mustExist: true });
  let hits: SearchHit[];
  try {
    hits = store.search(query, { limit: args.integer('limit') ?? 20 });
  } finally {
    store.close();
  }
  if (args.bool('json')) {
    const json = hits.map(({ rowid: _rowid, ...hit }) => hit);
    await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const hit of hits) await write(io.stdout, `${formatHit(hit)}\n`);
  }
  if (hits.length === 0) {
    io.stderr.write(`no article matches ${JSON.stringify(query)}\n`);
    return ExitCode.failed;
  }
  return ExitCode.ok;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles',
  help,
  flags: { ...globalFlags, limit: { type: 'integer', min: 1 }, json: { type: 'boolean' } },
  minPositionals: 1,
  maxPositionals: Infinity,
  run,
};
