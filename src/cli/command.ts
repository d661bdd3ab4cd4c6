/** The shape every `dateline` subcommand has. */
import type { FlagSpec, ParsedArgs } from './args.js';
import type { CliIO } from './io.js';

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full help: usage line, options, examples. */
  readonly help: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly minPositionals: number;
  readonly maxPositionals: number;
  /** Stops cleanly on io.signal (the binary then routes Ctrl-C to it). */
  readonly interruptible?: boolean;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Flags every command accepts. */
export const globalFlags: Readonly<Record<string, FlagSpec>> = {
  help: { type: 'boolean', short: 'h' },
  db: { type: 'string' },
};

export const DEFAULT_DB = './dateline.db';

export function dbPath(args: ParsedArgs): string {
  return args.string('db') ?? DEFAULT_DB;
}
