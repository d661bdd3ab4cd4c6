/** Typed errors of the SQLite store; all carry the stable `DL-STORE-FAILED` code. */
import { DiagnosticCodes } from '../model/diagnostics.js';
import { DatelineError } from '../model/errors.js';

export class StoreError extends DatelineError {
  constructor(message: string, file?: string) {
    super(DiagnosticCodes.storeFailed, message, file);
  }
}

/** The database file is missing, unreadable, or not a Dateline database. */
export class StoreOpenError extends StoreError {}

/** The database was written by a newer Dateline (schema version unknown here). */
export class StoreVersionError extends StoreError {}

/** An id given by the user is not a full id nor a hex prefix of at least 6 characters. */
export class InvalidIdError extends StoreError {}

/** A short id matches several articles. */
export class AmbiguousIdError extends StoreError {
  constructor(
    readonly prefix: string,
    readonly candidates: readonly string[],
  ) {
    super(`id prefix ${prefix} is ambiguous; it matches ${candidates.join(', ')}`);
  }
}
