import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import { DiagnosticCodes } from './diagnostics.js';

/** Base of every error Dateline throws on purpose; carries a stable code. */
export class DatelineError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toDiagnostic(source: string): Diagnostic {
    return { code: this.code, severity: 'error', message: this.message, source, file: this.file, line: this.line };
  }
}

/** The input cannot be turned into a document (binary, empty, too large, bad encoding...). */
export class InputError extends DatelineError {}

/** An extraction or analysis stage failed on one document. */
export class StageError extends DatelineError {
  constructor(readonly stage: string, message: string, file?: string) {
    super(DiagnosticCodes.stageFailed, `stage ${stage} failed: ${message}`, file);
  }
}

/** Invalid pipeline definition: a stage requires something no earlier stage provides. */
export class PipelineDefinitionError extends Error {
  override name = 'PipelineDefinitionError';
}

/** Invalid annotation: out-of-range or inverted offsets. */
export class AnnotationRangeError extends RangeError {
  override name = 'AnnotationRangeError';
}
