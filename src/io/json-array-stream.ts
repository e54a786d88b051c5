// A JSON file whose top level is an array, read element by element from the disk: a megabyte of the file at a
// time is decoded, scanned for where each top-level element ends (outside strings, at bracket depth 0) and
// that element's text handed to JSON.parse, so neither the whole text nor the whole parsed tree is ever alive.
// This path only ever reads a file that the whole-file path (load.ts) would parse the same way: anything it does
// not vouch for (not an array, not UTF-8, a syntax error, nesting past LIMITS.maxJsonDepth, a cut-off end) makes it
// throw StreamFallback, and the caller reads the file again the whole-file way, which then reports the same
// one-line error (or repairs the same truncation) as before. Errors are rare; they pay for the second read.
import { closeSync, openSync, readSync } from 'node:fs';
import { LIMITS } from './limits.js';

/** The file is not one this reader vouches for: read it whole (load.ts) for the answer, error or value. */
export class StreamFallback extends Error {}

/** How many elements detection sees (every adapter's detect looks at the first 20 at most). */
export const HEAD_LENGTH = 20;
const CHUNK_BYTES = 1 << 20;

export interface StreamedArray {
  /** The first HEAD_LENGTH elements (all of them in a shorter array), parsed. */
  head: unknown[];
  /** Every element in order, parsed from the file as they are asked for; throws StreamFallback on a bad file. */
  entries(): Generator<unknown, void, undefined>;
}

/**
 * The file as a streamed array, or undefined when it does not start (after white space and a byte-order mark)
 * with `[` or fails within its first elements: then the whole-file path reads it.
 */
export function openJsonArray(path: string): StreamedArray | undefined {
  const head: unknown[] = [];
  try {
    for (const element of scanArray(path)) {
      head.push(element);
      if (head.length === HEAD_LENGTH) break;
    }
  } catch (error) {
    if (error instanceof StreamFallback) return undefined;
    throw error;
  }
  return { head, entries: () => scanArray(path) };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Where the scanner stands between elements. */
const At = {
  /** Before the opening `[`. */
  Start: 0,
  /** After `[`: an element or `]`. */
  First: 1,
  /** After `,`: an element. */
  Next: 2,
  /** After an element: `,` or `]`. */
  After: 3,
  /** After the closing `]`: white space only. */
  End: 4,
} as const;

/** The elements of the array in the file, each parsed once its text is complete (a chunk's worth at a time). */
function* scanArray(path: string): Generator<unknown, void, undefined> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new StreamFallback('cannot open');
  }
  try {
    // fatal: a byte sequence that is not UTF-8 is the whole-file path's error to name; the BOM is skipped
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const bytes = Buffer.allocUnsafe(CHUNK_BYTES);
    const scanner = new ArrayScanner();
    let position = 0;
    for (;;) {
      const n = readSync(fd, bytes, 0, CHUNK_BYTES, position);
      position += n;
      let s: string;
      try {
        s = n === 0 ? decoder.decode() : decoder.decode(bytes.subarray(0, n), { stream: true });
      } catch {
        throw new StreamFallback('not UTF-8');
      }
      for (const element of scanner.feed(s)) yield parseElement(element);
      if (n === 0) break;
    }
    // a cut-off file: the whole-file path decides whether to repair it
    if (scanner.at !== At.End) throw new StreamFallback('cut off');
  } finally {
    closeSync(fd);
  }
}

/** Finds where each top-level element of the array begins and ends, across chunks of the text. */
class ArrayScanner {
  at: number = At.Start;
  /** The element being read: its text in earlier chunks, bracket depth, string state. */
  private parts: string[] = [];
  private inValue = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private done: string[] = [];

  /** The texts of the elements that end in this chunk. */
  feed(s: string): string[] {
    this.done = [];
    let start = 0;
    // Inside a string only a quote or a backslash matters: the scan jumps to the next one (most of a parser's
    // file is string content), the next backslash's position kept so that each is searched for once per chunk.
    let nextBackslash = -1;
    for (let i = 0; i < s.length; i++) {
      if (this.inString && !this.escaped) {
        if (nextBackslash !== -2 && nextBackslash < i) {
          nextBackslash = s.indexOf('\\', i);
          if (nextBackslash < 0) nextBackslash = -2; // none left in this chunk
        }
        const quote = s.indexOf('"', i);
        let stop = quote < 0 ? s.length : quote;
        if (nextBackslash >= 0 && nextBackslash < stop) stop = nextBackslash;
        if (stop >= s.length) break;
        i = stop;
      }
      const c = s.charCodeAt(i);
      if (this.inValue) {
        const end = this.inElement(c, i);
        if (end >= 0) {
          this.parts.push(s.slice(start, end));
          this.done.push(this.parts.length === 1 ? this.parts[0] : this.parts.join(''));
          this.parts = [];
          this.inValue = false;
          this.at = At.After;
          // a number or literal ends at the character after it, which is read again as a separator
          if (end === i) i--;
        }
      } else if (!isSpace(c)) {
        this.between(c);
        if (this.inValue) start = i;
      }
    }
    if (this.inValue) this.parts.push(s.slice(start));
    return this.done;
  }

  /** One character inside an element: where the element ends (exclusive), or -1 while it goes on. */
  private inElement(c: number, i: number): number {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) {
        this.inString = false;
        if (this.depth === 0) return i + 1;
      }
      return -1;
    }
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // a container at the depth that the whole-file path refuses (checkDepth, root = 0)
      if (++this.depth >= LIMITS.maxJsonDepth) throw new StreamFallback('too deep');
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (this.depth === 0) return i;
      if (--this.depth === 0) return i + 1;
    } else if (this.depth === 0 && (c === COMMA || isSpace(c))) return i;
    return -1;
  }

  /** One character between elements (not white space): the array's brackets, commas, an element's start. */
  private between(c: number): void {
    if (this.at === At.Start) {
      if (c !== OPEN_BRACKET) throw new StreamFallback('not an array');
      this.at = At.First;
    } else if (this.at === At.After) {
      if (c === COMMA) this.at = At.Next;
      else if (c === CLOSE_BRACKET) this.at = At.End;
      else throw new StreamFallback('expected , or ]');
    } else if (this.at === At.First && c === CLOSE_BRACKET) {
      this.at = At.End;
    } else if (this.at === At.First || this.at === At.Next) {
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA) throw new StreamFallback('expected an element');
      this.inValue = true;
      this.depth = c === OPEN_BRACE || c === OPEN_BRACKET ? 1 : 0;
      this.inString = c === QUOTE;
      this.escaped = false;
    } else {
      throw new StreamFallback('text after the array');
    }
  }
}

/** JSON.parse of one element's text; a syntax error is the whole-file path's to locate. */
function parseElement(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StreamFallback('invalid element');
  }
}
