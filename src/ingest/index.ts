/** Ingest: turns files, folders and stdin into source documents (or failures). */
export { ingestPaths } from './ingest.js';
export type { IngestOptions, SkipReason } from './options.js';
export { DEFAULT_MAX_BYTES } from './options.js';
export { sniffFormat, looksLikeJsonl } from './sniff.js';
export { decodeBytes } from './decode.js';
export type { Decoded, DecodeAs } from './decode.js';
export { ACCEPTED_EXTENSIONS, formatOfPath } from './formats.js';
export type { FileFormat, FileKind } from './formats.js';
