/** Runs `main` in-process against temp folders and databases (used by the CLI tests). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { OutStream } from './io.js';
import { BufferStream } from './io.js';
import { main } from './main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  isTTY?: boolean;
  signal?: AbortSignal;
  /** Called with every chunk written to stderr (e.g. to abort on the first progress frame). */
  onStderr?: (chunk: string) => void;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new BufferStream();
  const buffer = new BufferStream();
  const stderr: OutStream = {
    write(chunk: string): boolean {
      options.onStderr?.(chunk);
      return buffer.write(chunk);
    },
  };
  const stdin = Readable.from([Buffer.from(options.stdin ?? '', 'utf8')]);
  const code = await main(argv, { stdout, stderr, stdin, isTTY: options.isTTY ?? false, columns: 100, signal: options.signal });
  return { code, stdout: stdout.text(), stderr: buffer.text() };
}

/** A scratch folder; `write` creates files (and parent folders) inside it. */
export function scratch(): { dir: string; write: (name: string, content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A plain-text news article as scraped: title, date line, paragraphs, a trailing call to action. */
export function newsText(title: string, keyword: string): string {
  return [
    title,
    '',
    '14 December 2018 10:30 (UTC+04:00)',
    '',
    `Officials from both countries met on Thursday to discuss ${keyword} and the wider defence partnership, according to a statement released by the ministry.`,
    '',
    `"We are ready to expand our work together," the minister said, adding that talks on ${keyword} would continue next month in the capital.`,
    '',
    'The two sides also reviewed joint exercises held earlier this year and agreed to meet again before the end of 2019.',
    '',
    'Follow us on Telegram',
    '',
  ].join('\n');
}

/** The same kind of article as an HTML page with navigation around it. */
export function newsHtml(title: string, keyword: string): string {
  const paragraphs = newsText(title, keyword).split('\n\n').slice(2, 5).map((p) => `<p>${p.trim()}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>
${paragraphs}
</article>
<footer>Copyright 2018 Example News</footer></body></html>`;
}
