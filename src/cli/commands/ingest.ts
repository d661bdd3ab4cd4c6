/** `dateline ingest PATH...`: read, extract and store documents in batches. */
import { ingestPaths } from '../../ingest/index.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { runPipeline } from '../../pipeline/runner.js';
import { Store } from '../../store/index.js';
import type { ParsedArgs } from '../args.js';
import { BatchSaver, MAX_LISTED_FAILURES } from '../batch-saver.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode } from '../io.js';
import { ProgressLine } from '../progress.js';

const help = `Usage: dateline ingest PATH... [options]

Reads files, folders (recursively; hidden entries and other extensions are
skipped), or - for stdin; extracts each article and stores it. Accepted:
.txt, .html, .htm, .xhtml, .json (one record), .jsonl / .ndjson (one record
per line), each optionally gzip-compressed (.gz). Documents already stored
(same content) are skipped, so re-running on the same folder is cheap.

Options:
  --db PATH          database file (default ./dateline.db, created if missing)
  --batch N          articles per transaction (default 200)
  --max-bytes N      refuse documents larger than N bytes
  --quiet            no progress line and no summary (failures are still listed)
  -h, --help         show this help

Exit status: 0 all stored, 1 some documents failed, 2 usage error,
130 interrupted (every batch committed before Ctrl-C is kept).

Examples:
  dateline ingest articles/
  dateline ingest feed.jsonl.gz --db news.db --batch 500
  cat page.html | dateline ingest -`;

/** Stops pulling input once the signal fires; the item in hand is left for the next run. */
async function* untilAborted<T>(items: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  for await (const item of items) {
    if (signal?.aborted) return;
    yield item;
  }
}

/** `(2 unknown extension, 1 hidden)` from ingest's skip reason codes. */
function describeSkips(skipReasons: Map<string, number>): string {
  if (skipReasons.size === 0) return '';
  return ` (${[...skipReasons].map(([reason, n]) => `${n} ${reason.replace(/-/g, ' ')}`).join(', ')})`;
}

function summaryLine(saver: BatchSaver, skipReasons: Map<string, number>, seconds: number): string {
  const s = saver.stats;
  const reasons = describeSkips(skipReasons);
  return `ingested ${s.ingested}, already stored ${s.alreadyStored}, failed ${s.failed}, skipped files ${s.skippedFiles}${reasons} in ${seconds.toFixed(1)} s`;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const started = Date.now();
  const quiet = args.bool('quiet');
  const store = Store.open(dbPath(args));
  const saver = new BatchSaver(store, args.integer('batch') ?? 200);
  const skipReasons = new Map<string, number>();
  const progress = new ProgressLine(io.stderr, Boolean(io.isTTY) && !quiet, io.columns ?? 80);
  try {
    const input = ingestPaths(args.positionals, {
      maxBytes: args.integer('max-bytes'),
      stdin: io.stdin,
      onSkippedFile: (_path: string, reason: string) => {
        saver.stats.skippedFiles++;
        skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
      },
    });
    const results = runPipeline(defaultPipeline(), untilAborted(input, io.signal), {
      skip: (doc) => saver.isKnown(doc.id),
      onSkip: () => saver.stats.alreadyStored++,
      onProgress: (event) => progress.update(event),
    });
    for await (const result of results) saver.add(result);
  } finally {
    // Whatever was processed before an error or Ctrl-C is committed.
    saver.flush();
    progress.clear();
    store.close();
  }
  const interrupted = io.signal?.aborted === true;
  if (!quiet) {
    if (interrupted) io.stderr.write('interrupted: stopped after committing the documents processed so far\n');
    io.stderr.write(`${summaryLine(saver, skipReasons, (Date.now() - started) / 1000)}\n`);
  }
  for (const line of saver.failureLines) io.stderr.write(`${line}\n`);
  const unlisted = saver.stats.failed - saver.failureLines.length;
  if (unlisted > 0) io.stderr.write(`… and ${unlisted} more failures (only the first ${MAX_LISTED_FAILURES} are listed)\n`);
  if (interrupted) return ExitCode.interrupted;
  return saver.stats.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract and store articles from files, folders, JSONL or stdin',
  help,
  flags: {
    ...globalFlags,
    batch: { type: 'integer', min: 1 },
    'max-bytes': { type: 'integer', min: 1 },
    quiet: { type: 'boolean', short: 'q' },
  },
  minPositionals: 1,
  maxPositionals: Infinity,
  interruptible: true,
  run,
};
