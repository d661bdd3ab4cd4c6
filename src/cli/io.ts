/** What the CLI talks to, so `main` runs in-process in tests as it does from the terminal. */

export interface OutStream {
  /** Returns false when the caller should wait for `drain` (Node stream semantics). */
  write(chunk: string): boolean;
  once?(event: 'drain' | 'error', listener: (err?: Error) => void): unknown;
  off?(event: 'drain' | 'error', listener: (err?: Error) => void): unknown;
}

export interface CliIO {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Read by `ingest -` and `analyze -`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** stderr is a terminal: `ingest` draws its progress line. */
  readonly isTTY?: boolean;
  /** Terminal width for the progress line. */
  readonly columns?: number;
  /** Aborted on Ctrl-C: long commands stop cleanly after committing what they have. */
  readonly signal?: AbortSignal;
}

export const ExitCode = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** Writes and waits for `drain` when the stream asks for it, so large exports stay in bounded memory. */
export async function write(stream: OutStream, chunk: string): Promise<void> {
  const once = stream.once?.bind(stream);
  if (stream.write(chunk) || !once) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      stream.off?.('error', onError);
      resolve();
    };
    const onError = (err?: Error): void => {
      stream.off?.('drain', onDrain);
      reject(err ?? new Error('write failed'));
    };
    once('drain', onDrain);
    once('error', onError);
  });
}

/** Collects output in memory; used by tests and by callers that want the text. */
export class BufferStream implements OutStream {
  private readonly chunks: string[] = [];

  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }

  text(): string {
    return this.chunks.join('');
  }
}
