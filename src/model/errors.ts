// Errors docstitch reports to users. Each names the file and the JSON path and maps to an exit code,
// and reads as a Message (src/model/message.ts) like warnings and decisions: ruleId, reason, place, severity.
import type { Message, MessagePlace } from './message.js';

export const EXIT_CODES = {
  ok: 0,
  /** Bad command-line usage. */
  usage: 2,
  /** File missing or unreadable, output not writable. */
  io: 3,
  /** The input is not JSON (or not recoverable JSON). */
  json: 4,
  /** No adapter recognises the input, or --format names an unknown format. */
  format: 5,
  /** JSON of a known format, but a field is missing, of the wrong type, or absurd. */
  schema: 6,
  /** The document has no elements at all. */
  empty: 7,
  /** The input is larger than the configured limit. */
  tooLarge: 8,
  /** A PDF (the input, or the one given with --pdf) that cannot be read: not a PDF, encrypted, damaged. */
  pdf: 9,
  /** An unexpected internal failure (a bug: please report it). */
  internal: 70,
} as const;

export type ErrorKind = Exclude<keyof typeof EXIT_CODES, 'ok'>;

export class DocstitchError extends Error implements Message {
  readonly kind: ErrorKind;
  readonly file?: string;
  readonly pointer?: string;
  /** `error.<kind>` (e.g. `error.schema`): errors are told apart by kind, which also gives the exit code. */
  readonly ruleId: string;
  readonly severity = 'error' as const;

  constructor(kind: ErrorKind, message: string, where: { file?: string; pointer?: string } = {}) {
    super(message);
    this.name = 'DocstitchError';
    this.kind = kind;
    this.file = where.file;
    this.pointer = where.pointer;
    this.ruleId = `error.${kind}`;
  }

  /** The one sentence (the Error's message). */
  get reason(): string {
    return this.message;
  }

  /** The input file and JSON pointer, when known. */
  get place(): MessagePlace {
    return {
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(this.pointer === undefined ? {} : { pointer: this.pointer }),
    };
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }

  /** One line for the terminal: `file#/pointer: message`. */
  toLine(): string {
    const where = this.file ? `${this.file}${this.pointer !== undefined ? `#${this.pointer}` : ''}: ` : '';
    // One line whatever the message quotes (an attribute value of the input may hold a line break).
    return `docstitch: ${where}${this.message}`.replace(/\r\n?|\n|\u2028|\u2029/g, '\\n');
  }
}

/** Shorthand for the common adapter failure: a field of a known format is wrong. */
export function schemaError(file: string, pointer: string, message: string): DocstitchError {
  return new DocstitchError('schema', message, { file, pointer });
}
