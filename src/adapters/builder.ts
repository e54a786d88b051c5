// DocumentBuilder: what every adapter uses to emit elements, so that ids, box checks, refs,
// drops and warnings work the same way for every format.
import type { SourceFile } from '../io/load.js';
import type {
  BBox,
  BlockType,
  Diagnostic,
  DroppedElement,
  Element,
  ElementHints,
  PageInfo,
  ParsedDocument,
  TextMarkup,
} from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { clampBox, isSaneBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';

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

  constructor(
    private readonly format: string,
    private readonly source: string,
    /** How this format writes its text (see `TextMarkup`); elements may say otherwise. */
    private readonly markup: TextMarkup = 'plain',
  ) {}

  /** Declare a page (also pages without elements, so empty pages are counted). */
  page(info: PageInfo): void {
    const old = this.pages.get(info.page);
    this.pages.set(info.page, { ...old, ...info });
  }

  /** Add an element. A box outside the page is a schema error naming the file and pointer. */
  add(el: NewElement): Element {
    if (!Number.isInteger(el.page) || el.page < 1) {
      throw schemaError(el.file.path, el.pointer, `page number ${el.page} is not a positive integer`);
    }
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
    const element: Element = {
      id: this.elements.length,
      ref: makeRef(el.file.name, el.pointer),
      page: el.page,
      type: el.type,
      sourceType: el.sourceType,
      text: el.text,
      bbox,
    };
    if (el.html !== undefined) element.html = el.html;
    const markup = el.markup ?? this.markup;
    if (markup !== 'plain') element.markup = markup;
    if (el.hints && Object.keys(el.hints).length > 0) element.hints = el.hints;
    this.elements.push(element);
    return element;
  }

  /** Record a source object that does not become an element (with the reason). */
  drop(
    file: SourceFile,
    pointer: string,
    rule: string,
    reason: string,
    extra: { page?: number; text?: string } = {},
  ): void {
    this.dropped.push({ ref: makeRef(file.name, pointer), rule, reason, ...extra });
  }

  warn(rule: string, message: string, ref?: string): void {
    this.warnings.push(ref ? { rule, message, ref } : { rule, message });
  }

  get count(): number {
    return this.elements.length;
  }

  finish(): ParsedDocument {
    if (this.elements.length === 0 && this.dropped.length === 0) {
      throw new DocstitchError('empty', 'the document has no elements', { file: this.source });
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
      `expected ${minLength} or more numbers, found ${JSON.stringify(value)?.slice(0, 60)}`,
    );
  }
  return value as number[];
}

export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Text helper: string or '' (never undefined). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
