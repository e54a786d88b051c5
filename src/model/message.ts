// One diagnostic shape, modelled on vfile-message: every decision, warning, dropped element and error
// says which rule (ruleId), why (reason), where (place) and how serious (severity), in the same fields.

export type Severity = 'error' | 'warning' | 'info';

/** Where a message points: the input file and JSON pointer, and/or the elements (refs) and page it is about. */
export interface MessagePlace {
  /** Input file, when the message is about a file (errors). */
  file?: string;
  /** JSON pointer (or element path for markup input) inside `file`. */
  pointer?: string;
  /** Element refs the message is about, in reading order. */
  refs?: string[];
  /** 1-based page, when known. */
  page?: number;
}

export interface Message {
  /** Machine-readable rule id, `<stage or adapter>.<rule>`, e.g. `furniture.repeated-text`, `dots.truncated-json`. */
  ruleId: string;
  /** One human sentence. */
  reason: string;
  place: MessagePlace;
  severity: Severity;
}
