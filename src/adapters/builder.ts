// DocumentBuilder: what every adapter uses to emit elements, so that ids, box checks, refs,
// drops and warnings work the same way for every format.

import { LIMITS } from '../io/limits.js';
import type { SourceFile } from '../io/load.js';
import {
  type BBox,
  type BlockType,
  type Diagnostic,
  type DroppedElement,
  droppedElement,
  type Element,
  type ElementHints,
  type PageInfo,
  type ParsedDocument,
  type TextMarkup,
  warning,
} from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { clampBox, isSaneBox } from '../model/geometry.js';
import { escapeToken, makeRef } from '../model/pointer.js';

export interface NewElement {
  /** The source file the element comes from (its `name` becomes the ref prefix when non-empty). */
  file: SourceFile;
  /** JSON pointer inside that file. */
  pointer: string;
  page: number;
  type: BlockType;
  sourceType: string;
  text: string;
  html?: string;
  /** How `text` is written, when it differs from the builder's default. */
  markup?: TextMarkup;
  bbox: BBox | null;
  hints?: ElementHints;
}

export class DocumentBuilder {
  private readonly elements: Element[] = [];
  private readonly dropped: DroppedElement[] = [];
  private readonly warnings: Diagnostic[] = [];
  private readonly pages = new Map<number, PageInfo>();
  /**
   * Elements by ref: one source object is one element, even when the input links it twice. Not kept for an adapter
   * whose pointers name each source object once (`uniqueRefs`): a Map of every ref was a fifth of `add`'s time.
   */
  private readonly byRef = new Map<string, Element>();
  /** Elements and characters per page, for the per-page bounds. */
  private readonly perPage = new Map<number, { elements: number; chars: number }>();

  constructor(
    private readonly format: string,
    private readonly source: string,
    /** How this format writes its text (see `TextMarkup`); elements may say otherwise. */
    private readonly markup: TextMarkup = 'plain',
    /**
     * The adapter never links a source object twice (each pointer is read once, from its own place: content_list's
     * entries by index and their nested arrays), so no duplicate can reach `add` and no Map of refs is kept.
     */
    private readonly uniqueRefs = false,
  ) {}

  /** Declare a page (also pages without elements, so empty pages are counted). */
  page(info: PageInfo): void {
    if (!Number.isInteger(info.page) || info.page < 1 || info.page > LIMITS.maxPages) {
      throw new DocstitchError(
        'schema',
        `page number ${info.page} is not a whole number from 1 to ${LIMITS.maxPages}`,
        {
          file: this.source,
        },
      );
    }
    // A size is a positive finite number: 1e999 parses to Infinity, which document.json would write as null.
    for (const side of ['width', 'height'] as const) {
      const value = info[side];
      if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
        throw new DocstitchError('schema', `page ${info.page}: ${side} ${value} is not a positive finite number`, {
          file: this.source,
        });
      }
    }
    const old = this.pages.get(info.page);
    this.pages.set(info.page, { ...old, ...info });
  }

  /** Add an element. A box outside the page is a schema error naming the file and pointer. */
  add(el: NewElement): Element {
    if (!Number.isInteger(el.page) || el.page < 1 || el.page > LIMITS.maxPages) {
      throw schemaError(
        el.file.path,
        el.pointer,
        `page number ${el.page} is not a whole number from 1 to ${LIMITS.maxPages.toLocaleString('en')}`,
      );
    }
    const ref = makeRef(el.file.name, el.pointer);
    const existing = this.uniqueRefs ? undefined : this.byRef.get(ref);
    if (existing) {
      this.warn('input.duplicate-ref', `${ref} is linked from more than one place; read at its first place`, ref);
      return existing;
    }
    this.checkBounds(el);
    let bbox = el.bbox;
    if (bbox) {
      if (!isSaneBox(bbox)) {
        throw schemaError(
          el.file.path,
          el.pointer,
          `bbox ${JSON.stringify(bbox.map((v) => Math.round(v * 1000) / 1000))} (normalized) lies outside the page`,
        );
      }
      bbox = clampBox(bbox);
    }
    if (!this.pages.has(el.page)) this.pages.set(el.page, { page: el.page });
    const markup = el.markup ?? this.markup;
    const hints = el.hints && Object.keys(el.hints).length > 0 ? el.hints : undefined;
    const element = newElement(this.elements.length, ref, el, bbox, markup === 'plain' ? undefined : markup, hints);
    this.elements.push(element);
    if (!this.uniqueRefs) this.byRef.set(ref, element);
    return element;
  }

  /** Enforce the per-element and per-page bounds (LIMITS) before an element is kept. */
  private checkBounds(el: NewElement): void {
    const chars = el.text.length + (el.html?.length ?? 0);
    if (el.text.length > LIMITS.maxElementChars || (el.html?.length ?? 0) > LIMITS.maxElementChars) {
      throw schemaError(
        el.file.path,
        el.pointer,
        `element holds ${Math.max(el.text.length, el.html?.length ?? 0).toLocaleString('en')} characters, over the limit of ${LIMITS.maxElementChars.toLocaleString('en')}`,
      );
    }
    const seen = this.perPage.get(el.page) ?? { elements: 0, chars: 0 };
    seen.elements++;
    seen.chars += chars;
    this.perPage.set(el.page, seen);
    if (seen.elements > LIMITS.maxElementsPerPage) {
      throw schemaError(
        el.file.path,
        el.pointer,
        `page ${el.page} has more than ${LIMITS.maxElementsPerPage.toLocaleString('en')} elements (the limit per page)`,
      );
    }
    if (seen.chars > LIMITS.maxPageChars) {
      throw schemaError(
        el.file.path,
        el.pointer,
        `page ${el.page} holds more than ${LIMITS.maxPageChars.toLocaleString('en')} characters (the limit per page)`,
      );
    }
  }

  /** Record a source object that does not become an element (with the reason). */
  drop(
    file: SourceFile,
    pointer: string,
    rule: string,
    reason: string,
    extra: { page?: number; text?: string } = {},
  ): void {
    this.dropped.push(droppedElement(makeRef(file.name, pointer), rule, reason, extra));
  }

  /** A warning about the input (`rule`: `<adapter>.<rule>`), placed on `ref` when given. */
  warn(rule: string, reason: string, ref?: string): void {
    this.warnings.push(warning(rule, reason, ref));
  }

  get count(): number {
    return this.elements.length;
  }

  finish(): ParsedDocument {
    if (this.elements.length === 0 && this.dropped.length === 0) {
      throw new DocstitchError('empty', 'the document has no elements', { file: this.source });
    }
    if (this.pages.size > LIMITS.maxPages) {
      throw new DocstitchError(
        'schema',
        `the document has ${this.pages.size} pages, over the limit of ${LIMITS.maxPages}`,
        {
          file: this.source,
        },
      );
    }
    return {
      source: this.source,
      format: this.format,
      pages: [...this.pages.values()].sort((a, b) => a.page - b.page),
      elements: this.elements,
      dropped: this.dropped,
      warnings: this.warnings,
    };
  }
}

/** Narrowing helpers for adapters reading untyped JSON; each throws a schema error with the pointer. */
/**
 * The elements of a file's top-level array: from the disk one at a time for a streamed file (io/load.ts
 * readInput), else the parsed array (a schema error when the top level is not an array).
 */
export function topLevelEntries(file: SourceFile): Iterable<unknown> {
  return file.streamed ? file.streamed.entries() : expectArray(file, '', file.json);
}

export function expectArray(file: SourceFile, pointer: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw schemaError(file.path, pointer, `expected an array, found ${kindOf(value)}`);
  return value;
}

export function expectObject(file: SourceFile, pointer: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw schemaError(file.path, pointer, `expected an object, found ${kindOf(value)}`);
  }
  return value as Record<string, unknown>;
}

export function expectNumber(file: SourceFile, pointer: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw schemaError(file.path, pointer, `expected a number, found ${kindOf(value)}`);
  }
  return value;
}

/** A numeric box [a,b,c,d] (or longer polygon) or a schema error. */
export function expectNumbers(file: SourceFile, pointer: string, value: unknown, minLength = 4): number[] {
  if (
    !Array.isArray(value) ||
    value.length < minLength ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    throw schemaError(
      file.path,
      pointer,
      `expected ${minLength} or more numbers, found ${Array.isArray(value) ? JSON.stringify(value).slice(0, 60) : kindOf(value)}`,
    );
  }
  return value as number[];
}

export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  // JSON has no NaN, but a literal like 1e999 parses to Infinity.
  if (typeof value === 'number' && !Number.isFinite(value)) return `a number out of range (${value})`;
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${value})`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A 0- or 1-based page index field → the 1-based page number, or a schema error naming the field's own
 * value (never the shifted one) and its path.
 */
export function expectPageIndex(file: SourceFile, pointer: string, value: unknown, firstPage: 0 | 1): number {
  const n = expectNumber(file, pointer, value);
  const last = LIMITS.maxPages - 1 + firstPage;
  if (!Number.isInteger(n) || n < firstPage || n > last) {
    throw schemaError(
      file.path,
      pointer,
      `page ${firstPage === 0 ? 'index' : 'number'} ${n} is not a whole number from ${firstPage} to ${last.toLocaleString('en')}`,
    );
  }
  return n + 1 - firstPage;
}

/** A table cell's row or column index (0-based): a whole number below LIMITS.maxTableIndex, or a schema error. */
export function expectCellIndex(file: SourceFile, pointer: string, value: unknown): number {
  const n = expectNumber(file, pointer, value);
  if (!Number.isInteger(n) || n < 0 || n >= LIMITS.maxTableIndex) {
    throw schemaError(
      file.path,
      pointer,
      `table row/column index ${n} is not a whole number from 0 to ${(LIMITS.maxTableIndex - 1).toLocaleString('en')}`,
    );
  }
  return n;
}

/** A text field: a string, or '' when absent/null; any other type is a schema error (never silently ''). */
export function expectText(file: SourceFile, pointer: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw schemaError(file.path, pointer, `expected a string, found ${kindOf(value)}`);
  return value;
}

/** An optional number field: undefined when absent/null; any other non-number is a schema error. */
export function optionalNumber(file: SourceFile, pointer: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  return expectNumber(file, pointer, value);
}

/** An optional array field: [] when absent/null; any other non-array is a schema error. */
export function optionalArray(file: SourceFile, pointer: string, value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return expectArray(file, pointer, value);
}

/**
 * Check a source object's text and number fields once, where its pointer is known (absent or null is
 * fine), so that later reads cannot turn a wrong type into '' or undefined without a word.
 */
export function checkFields(
  file: SourceFile,
  pointer: string,
  obj: Record<string, unknown>,
  fields: { text?: readonly string[]; number?: readonly string[] },
): void {
  for (const key of fields.text ?? []) expectText(file, `${pointer}/${escapeToken(key)}`, obj[key]);
  for (const key of fields.number ?? []) optionalNumber(file, `${pointer}/${escapeToken(key)}`, obj[key]);
}

/** Text helper: string or '' (never undefined). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * One element as one object literal naming every member it has (`html`, `markup`, `hints` only when set, in that
 * order, after the others): V8 keeps a literal's members in the object itself, where members added afterwards go
 * to a store of their own (about 40 bytes more for each element: 8 MB at 10,000 pages, held to the end).
 */
function newElement(
  id: number,
  ref: string,
  el: NewElement,
  bbox: Element['bbox'],
  markup: Element['markup'],
  hints: Element['hints'],
): Element {
  const { page, type, sourceType, text, html } = el;
  if (html === undefined) {
    if (markup === undefined) {
      if (hints === undefined) return { id, ref, page, type, sourceType, text, bbox };
      return { id, ref, page, type, sourceType, text, bbox, hints };
    }
    if (hints === undefined) return { id, ref, page, type, sourceType, text, bbox, markup };
    return { id, ref, page, type, sourceType, text, bbox, markup, hints };
  }
  if (markup === undefined) {
    if (hints === undefined) return { id, ref, page, type, sourceType, text, bbox, html };
    return { id, ref, page, type, sourceType, text, bbox, html, hints };
  }
  if (hints === undefined) return { id, ref, page, type, sourceType, text, bbox, html, markup };
  return { id, ref, page, type, sourceType, text, bbox, html, markup, hints };
}
