/** Which files ingest reads, decided by extension (case-insensitive). */

/** How a file's bytes become documents. */
export type FileKind = 'text' | 'html' | 'json' | 'jsonl';

export interface FileFormat {
  readonly kind: FileKind;
  /** Name ends in `.gz`: decompressed transparently. */
  readonly gzip: boolean;
}

const KIND_BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const ACCEPTED_EXTENSIONS: readonly string[] = Object.keys(KIND_BY_EXTENSION);

/** One-line list for messages: `.txt, .html, ... (each optionally + .gz)`. */
export function describeAcceptedExtensions(): string {
  return `${ACCEPTED_EXTENSIONS.join(', ')} (each optionally followed by .gz)`;
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // A leading dot is a hidden-file marker, not an extension (".txt" alone has none).
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format of a path, or null when its extension is not accepted. */
export function formatOfPath(path: string): FileFormat | null {
  let name = path;
  let gzip = false;
  if (extensionOf(name) === '.gz') {
    gzip = true;
    name = name.slice(0, -3);
  }
  const kind = KIND_BY_EXTENSION[extensionOf(name)];
  return kind ? { kind, gzip } : null;
}

/** The extension as written, for messages (`.docx`, `.tar.gz`, or `(none)`). */
export function displayExtension(path: string): string {
  const ext = extensionOf(path);
  if (ext === '.gz') {
    const inner = extensionOf(path.slice(0, -3));
    return inner ? `${inner}.gz` : ext;
  }
  return ext || '(none)';
}
