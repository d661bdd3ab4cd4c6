/**
 * A tiny argument parser: long flags (`--db PATH`, `--db=PATH`), a few short
 * aliases (`-h`), `-` as a positional (stdin) and `--` ending the options.
 * Anything unknown is a UsageError (exit code 2).
 */

export class UsageError extends Error {
  override name = 'UsageError';
}

export type FlagType = 'boolean' | 'string' | 'integer';

export interface FlagSpec {
  readonly type: FlagType;
  readonly short?: string;
  /** Allowed values of a string flag. */
  readonly choices?: readonly string[];
  /** Smallest value of an integer flag. */
  readonly min?: number;
}

export interface ArgsSpec {
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly minPositionals: number;
  readonly maxPositionals: number;
}

export class ParsedArgs {
  constructor(
    readonly positionals: string[],
    private readonly values: Map<string, string | number | boolean>,
  ) {}

  bool(name: string): boolean {
    return this.values.get(name) === true;
  }

  string(name: string): string | undefined {
    const v = this.values.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  integer(name: string): number | undefined {
    const v = this.values.get(name);
    return typeof v === 'number' ? v : undefined;
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}

function convert(name: string, spec: FlagSpec, raw: string): string | number {
  if (spec.type === 'integer') {
    if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} needs a whole number, got "${raw}"`);
    const n = Number(raw);
    if (spec.min !== undefined && n < spec.min) throw new UsageError(`--${name} must be at least ${spec.min}, got ${n}`);
    return n;
  }
  if (spec.choices && !spec.choices.includes(raw)) {
    throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, got "${raw}"`);
  }
  return raw;
}

export function parseArgs(argv: readonly string[], spec: ArgsSpec): ParsedArgs {
  const values = new Map<string, string | number | boolean>();
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec.flags).filter(([, f]) => f.short).map(([name, f]) => [f.short as string, name]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1));
      if (long === undefined) throw new UsageError(`unknown option ${arg}`);
      name = long;
    }
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!flag) throw new UsageError(`unknown option ${arg.startsWith('--') ? `--${name}` : arg}`);
    if (flag.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      values.set(name, true);
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    values.set(name, convert(name, flag, raw));
  }
  // `--help` is answered whatever else is missing.
  if (values.get('help') === true) return new ParsedArgs(positionals, values);
  if (positionals.length < spec.minPositionals) throw new UsageError('missing argument');
  if (positionals.length > spec.maxPositionals) throw new UsageError(`unexpected argument "${positionals[spec.maxPositionals]}"`);
  return new ParsedArgs(positionals, values);
}
