/**
 * Scale and crash-safety benchmark (npm run bench:ingest):
 * - generates N documents (default 10,000) from the bundled examples, each
 *   made unique by reordering paragraphs and a numbered reference line;
 * - ingests them with the CLI in a child process, sampling its RSS to show
 *   memory stays flat; the peer in the same run is a bare loader (read files,
 *   insert raw text into SQLite in batches) — the I/O floor;
 * - kills an ingest with SIGKILL mid-run, re-runs it, and checks the store
 *   ends with exactly N documents.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT, seededRandom } from './shared-data.js';

const N = Number(process.env.DOCS ?? 10000);
const BIN = join(PROJECT_ROOT, 'bin', 'dateline.js');

function generate(dir: string): void {
  const examples = readdirSync(join(PROJECT_ROOT, 'examples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(PROJECT_ROOT, 'examples', f), 'utf8'));
  const r = seededRandom(7);
  for (let i = 0; i < N; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const lines = examples[i % examples.length].split('\n');
    // Swap two lines in the middle so texts differ beyond the reference line.
    const a = 2 + Math.floor(r() * Math.max(1, lines.length - 4));
    const b = 2 + Math.floor(r() * Math.max(1, lines.length - 4));
    [lines[a], lines[b]] = [lines[b], lines[a]];
    lines.splice(Math.min(lines.length, 3), 0, `Reference number ${i} in the generated corpus.`);
    writeFileSync(join(sub, `doc-${String(i).padStart(5, '0')}.txt`), lines.join('\n'));
  }
}

interface RunStats { seconds: number; peakRssMb: number; rssSamplesMb: number[]; code: number | null; stderr: string }

function runChild(args: string[], killAfterMs?: number): Promise<RunStats> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const samples: number[] = [];
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (kb) samples.push(kb / 1024);
      } catch {
        /* process gone */
      }
    }, 250);
    if (killAfterMs) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (Date.now() - started) / 1000, peakRssMb: Math.max(0, ...samples), rssSamplesMb: samples, code, stderr });
    });
  });
}

function countDocs(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  const n = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  db.close();
  return n;
}

const work = mkdtempSync(join(tmpdir(), 'dateline-scale-'));
try {
  const corpus = join(work, 'corpus');
  generate(corpus);
  console.log(`generated ${N} documents in ${corpus}`);

  const peer = await runChild([join(PROJECT_ROOT, 'dist', 'bench', 'peer-loader.js'), corpus, join(work, 'peer.db')]);

  const full = await runChild([BIN, 'ingest', corpus, '--db', join(work, 'full.db'), '--quiet']);
  const fullCount = countDocs(join(work, 'full.db'));
  const quarter = (q: number) => full.rssSamplesMb[Math.floor((full.rssSamplesMb.length - 1) * q)]?.toFixed(0);

  const crashDb = join(work, 'crash.db');
  const killed = await runChild([BIN, 'ingest', corpus, '--db', crashDb, '--quiet'], Math.round(full.seconds * 500));
  const afterKill = countDocs(crashDb);
  const resumed = await runChild([BIN, 'ingest', corpus, '--db', crashDb, '--quiet']);
  const afterResume = countDocs(crashDb);

  const docsPerSec = N / full.seconds;
  const peerPerSec = N / peer.seconds;
  const report = {
    docs: N,
    dateline: { seconds: full.seconds, docsPerSec, peakRssMb: full.peakRssMb, exit: full.code, stored: fullCount },
    peer: { name: 'bare loader (read + raw insert)', seconds: peer.seconds, docsPerSec: peerPerSec, peakRssMb: peer.peakRssMb },
    ratioToPeer: docsPerSec / peerPerSec,
    rssAtQuartersMb: [0.25, 0.5, 0.75, 1].map(quarter),
    crash: { killedAfterSeconds: killed.seconds, storedAtKill: afterKill, storedAfterResume: afterResume, exact: afterResume === N, resumeExit: resumed.code },
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'ingest-scale.json'), JSON.stringify(report, null, 2));
  if (!report.crash.exact || fullCount !== N) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
