import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArgsSpec } from './args.js';
import { parseArgs, UsageError } from './args.js';

const spec: ArgsSpec = {
  flags: {
    help: { type: 'boolean', short: 'h' },
    db: { type: 'string' },
    batch: { type: 'integer', min: 1 },
    format: { type: 'string', choices: ['jsonl', 'csv'] },
  },
  minPositionals: 0,
  maxPositionals: 3,
};

test('long flags with separate or inline values, short aliases, - and -- as positionals', () => {
  const args = parseArgs(['a', '--db', 'x.db', '--batch=5', '-h', '-', '--', '--not-a-flag'], spec);
  assert.deepEqual(args.positionals, ['a', '-', '--not-a-flag']);
  assert.equal(args.string('db'), 'x.db');
  assert.equal(args.integer('batch'), 5);
  assert.equal(args.bool('help'), true);
  assert.equal(args.string('format'), undefined);
  assert.equal(args.has('format'), false);
});

test('unknown flags, missing values, bad numbers and choices are usage errors', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--nope'], /unknown option --nope/],
    [['--nope=1'], /unknown option --nope/],
    [['-x'], /unknown option -x/],
    [['--db'], /--db needs a value/],
    [['--batch', 'ten'], /whole number/],
    [['--batch', '0'], /at least 1/],
    [['--format', 'xml'], /one of jsonl, csv/],
    [['--help=yes'], /takes no value/],
    [['a', 'b', 'c', 'd'], /unexpected argument "d"/],
    [['--constructor'], /unknown option/],
  ];
  for (const [argv, message] of cases) {
    assert.throws(() => parseArgs(argv, spec), (err: unknown) => err instanceof UsageError && message.test(err.message), argv.join(' '));
  }
  assert.throws(() => parseArgs([], { ...spec, minPositionals: 1 }), /missing argument/);
});
