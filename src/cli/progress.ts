/**
 * One status line on a terminal, redrawn in place with `\r` at most ~10 times
 * a second; silent when stderr is not a terminal (logs stay clean).
 */
import type { ProgressEvent } from '../pipeline/runner.js';
import type { OutStream } from './io.js';

const INTERVAL_MS = 100;

export class ProgressLine {
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stream: OutStream,
    private readonly enabled: boolean,
    private readonly columns = 80,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(event: ProgressEvent): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = t;
    this.stream.write(`\r${this.render(event, t)}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the line before other output (the summary) is written. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  render(event: ProgressEvent, t = this.now()): string {
    const seconds = Math.max((t - this.started) / 1000, 0.001);
    const rate = event.processed / seconds;
    const head = `ingest: ${event.processed} docs, ${event.failed} failed, ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`;
    const room = this.columns - 1 - head.length - 3;
    if (!event.current || room < 8) return head.slice(0, this.columns - 1);
    const current = event.current.length <= room ? event.current : `…${event.current.slice(-(room - 1))}`;
    return `${head} · ${current}`;
  }
}
