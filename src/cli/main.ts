/**
 * `dateline` entry point. `main(argv, io)` returns the exit code and never
 * calls process.exit, so tests run it in-process.
 */
import { readFileSync } from 'node:fs';
import { DatelineError } from '../model/errors.js';
import { AmbiguousIdError, InvalidIdError } from '../store/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { quotesCommand } from './commands/quotes.js';
import { eventsCommand } from './commands/events.js';
import { showCommand } from './commands/show.js';
import { tagCommand } from './commands/tag.js';
import type { CliIO } from './io.js';
import { ExitCode, write } from './io.js';

export type { CliIO } from './io.js';
export { ExitCode } from './io.js';

export const commands: readonly Command[] = [ingestCommand, showCommand, searchCommand, exportCommand, analyzeCommand, extractCommand, tagCommand, quotesCommand, eventsCommand];

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function topLevelHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: dateline COMMAND [options]

Reads news articles, separates the article from the page around it, and keeps
a sourced record in a SQLite database.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Global options:
  --db PATH       database file (default ./dateline.db)
  -h, --help      help for dateline or for a command
  --version       print the version

Examples:
  dateline ingest articles/
  dateline show --latest
  dateline search "air defence"
  dateline export --format csv --out articles.csv
  dateline analyze article.txt
  dateline extract pages/ --jsonl
  dateline events --actor IND --type CONSULT

Run 'dateline COMMAND --help' for the options of a command.
`;
}

interface Resolved {
  command?: Command;
  argv: string[];
  /** `help`, `--help` or `--version` at top level. */
  early?: 'help' | 'version';
  unknown?: string;
}

/** Splits leading global options (`--db`, `--help`, `--version`) from the command and its arguments. */
function resolve(argv: readonly string[]): Resolved {
  const globals: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { argv: [], early: 'help' };
    if (arg === '--version') return { argv: [], early: 'version' };
    if (arg === '--db') globals.push(arg, argv[++i] ?? '');
    else if (arg.startsWith('--db=')) globals.push(arg);
    else break;
  }
  const name = argv[i];
  if (name === undefined) return { argv: [] };
  if (name === 'help') {
    const target = argv[i + 1];
    const command = commands.find((c) => c.name === target);
    if (target !== undefined && !command) return { argv: [], unknown: target };
    return command ? { command, argv: ['--help'] } : { argv: [], early: 'help' };
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return { argv: [], unknown: name };
  return { command, argv: [...globals, ...argv.slice(i + 1)] };
}

/** True when the command in argv stops cleanly on io.signal (the binary routes Ctrl-C to it). */
export function handlesInterrupt(argv: readonly string[]): boolean {
  return resolve(argv).command?.interruptible === true;
}

function usageError(io: CliIO, where: string, message: string, helpHint: string): number {
  io.stderr.write(`${where}: ${message}\nRun '${helpHint}' for usage.\n`);
  return ExitCode.usage;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const resolved = resolve(argv);
  if (resolved.early === 'help') {
    await write(io.stdout, topLevelHelp());
    return ExitCode.ok;
  }
  if (resolved.early === 'version') {
    await write(io.stdout, `dateline ${version()}\n`);
    return ExitCode.ok;
  }
  if (resolved.unknown !== undefined) {
    const hint = resolved.unknown.startsWith('-') ? `unknown option ${resolved.unknown}` : `unknown command "${resolved.unknown}"`;
    return usageError(io, 'dateline', hint, 'dateline --help');
  }
  const command = resolved.command;
  if (!command) {
    io.stderr.write(topLevelHelp());
    return ExitCode.usage;
  }
  const where = `dateline ${command.name}`;
  try {
    const args = parseArgs(resolved.argv, command);
    if (args.bool('help')) {
      await write(io.stdout, `${command.help}\n`);
      return ExitCode.ok;
    }
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InvalidIdError) return usageError(io, where, err.message, `${where} --help`);
    if (err instanceof AmbiguousIdError) {
      io.stderr.write(`${where}: id prefix ${err.prefix} matches several articles; give more characters:\n${err.candidates.map((c) => `  ${c}`).join('\n')}\n`);
      return ExitCode.failed;
    }
    if (err instanceof DatelineError) {
      io.stderr.write(`${where}: error ${err.code}: ${err.message}\n`);
      return ExitCode.failed;
    }
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`${where}: unexpected error: ${message}\n`);
    return ExitCode.failed;
  }
}
