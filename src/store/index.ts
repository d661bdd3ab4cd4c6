export { Store } from './store.js';
export type { OpenOptions, SearchHit } from './store.js';
export type { StoredArticle } from './reader.js';
export { bodyFromAnnotations } from './reader.js';
export type { SaveResult, StoreFailure } from './writer.js';
export { AmbiguousIdError, InvalidIdError, StoreError, StoreOpenError, StoreVersionError } from './errors.js';
export { latestVersion, migrate, migrations, schemaVersion } from './migrations.js';
export type { Migration } from './migrations.js';
export { makeSnippet, parseQuery } from './fts.js';
