/**
 * `dateline tag --conll IN`: the entity tagger on CoNLL-2003 column files.
 * Echoes every input line with the predicted tag (BIO over PER/ORG/LOC/MISC)
 * appended as a last column; -DOCSTART- and blank lines are kept. Each
 * document (between -DOCSTART- lines) is tagged as one, as the model was trained.
 */
import { readFile } from 'node:fs/promises';
import { readConll, writeConll } from '../../language/conll.js';
import { tagDocument } from '../../language/tagger/index.js';
import { UsageError, type ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';

const help = `Usage: dateline tag --conll FILE|-

Tags named entities in a CoNLL-2003 file (token in the first column,
blank lines between sentences, -DOCSTART- between documents) and prints
every line with the predicted tag appended: B-/I- over PER, ORG, LOC, MISC.

Options:
  --conll        the input is CoNLL column format (required)
  -h, --help     show this help

Examples:
  dateline tag --conll valid.txt > predicted.txt
  cat test.txt | dateline tag --conll -`;

async function readAll(path: string, io: CliIO): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  if (!io.stdin) throw new UsageError('no stdin to read');
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  if (!args.bool('conll')) throw new UsageError('dateline tag needs --conll (the only input format it reads)');
  const path = args.positionals[0];
  let content: string;
  try {
    content = await readAll(path, io);
  } catch (err) {
    io.stderr.write(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return ExitCode.failed;
  }
  for (const doc of readConll(content)) await write(io.stdout, writeConll(doc, tagDocument(doc.sentences)));
  return ExitCode.ok;
}

export const tagCommand: Command = {
  name: 'tag',
  summary: 'tag named entities in CoNLL-2003 column files',
  help,
  flags: { ...globalFlags, conll: { type: 'boolean' } },
  minPositionals: 1,
  maxPositionals: 1,
  run,
};
