/**
 * CoNLL-2003 column files: one token per line (token first), blank lines
 * between sentences, `-DOCSTART-` lines between documents. The reader
 * groups lines into documents of sentences and keeps every line verbatim,
 * so the writer can echo the input with one predicted column appended.
 */

export interface ConllLine {
  /** The line as read, without its line break. */
  readonly raw: string;
  /** First column; null for blank and -DOCSTART- lines. */
  readonly token: string | null;
}

export interface ConllDocument {
  /** Every line of the document, separators included, in input order. */
  readonly lines: ConllLine[];
  /** Token texts per sentence. */
  readonly sentences: string[][];
}

/** Splits CoNLL text into documents; a file without -DOCSTART- is one document. */
export function readConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { lines: [], sentences: [] };
  let sentence: string[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) doc.sentences.push(sentence);
    sentence = [];
  };
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      endSentence();
      if (doc.lines.length > 0) docs.push(doc);
      doc = { lines: [{ raw, token: null }], sentences: [] };
      continue;
    }
    if (trimmed === '') {
      endSentence();
      doc.lines.push({ raw, token: null });
      continue;
    }
    const token = trimmed.split(/\s+/)[0];
    sentence.push(token);
    doc.lines.push({ raw, token });
  }
  endSentence();
  if (doc.lines.length > 0) docs.push(doc);
  return docs;
}

/** The document's lines with `tags` (one per token, in order) appended as a last column. */
export function writeConll(doc: ConllDocument, tags: readonly (readonly string[])[]): string {
  const flat = tags.flat();
  let k = 0;
  const out: string[] = [];
  for (const line of doc.lines) {
    if (line.token === null) out.push(line.raw);
    else out.push(`${line.raw.replace(/\s+$/, '')} ${flat[k++] ?? 'O'}`);
  }
  return `${out.join('\n')}\n`;
}
