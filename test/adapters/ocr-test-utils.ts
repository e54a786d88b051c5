// Checks shared by the PaddleOCR, dots.ocr, DeepSeek-OCR and Mistral OCR adapter tests (and their
// test-samples): refs unique and resolvable, boxes sane, every source object accounted for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AdapterInput } from '../../src/io/load.js';
import type { BBox, ParsedDocument } from '../../src/model/element.js';
import { isSaneBox } from '../../src/model/geometry.js';
import { resolvePointer, splitRef } from '../../src/model/pointer.js';

/** Resolve a ref against the loaded input. Refs into a string block (`…/raw_output:3`) resolve their pointer part. */
export function resolveRef(input: AdapterInput, ref: string): unknown {
  const { file, pointer } = splitRef(ref);
  const source = input.files.find((f) => f.name === file);
  if (!source) throw new Error(`no input file "${file}" for ref ${ref}`);
  const colon = /:(\d+)$/.exec(pointer);
  return resolvePointer(source.json, colon ? pointer.slice(0, colon.index) : pointer);
}

/** Every element and dropped ref is unique and resolves; every box is sane. */
export function checkDocument(input: AdapterInput, doc: ParsedDocument): void {
  const refs = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])];
  expect(new Set(refs).size).toBe(refs.length);
  for (const ref of refs) expect(resolveRef(input, ref), ref).not.toBeUndefined();
  doc.elements.forEach((e, i) => {
    expect(e.id).toBe(i);
    if (e.bbox) expect(isSaneBox(e.bbox), `${e.ref} ${e.bbox}`).toBe(true);
    expect(doc.pages.some((p) => p.page === e.page)).toBe(true);
  });
}

export function expectBox(actual: BBox | null, expected: number[]): void {
  expect(actual).not.toBeNull();
  for (const [i, v] of (actual as BBox).entries()) expect(v).toBeCloseTo(expected[i], 6);
}

/** Write hand-made files into a fresh temp folder (strings as raw text, anything else as JSON); returns the folder. */
export function tempFiles(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docstitch-ocr-'));
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}
