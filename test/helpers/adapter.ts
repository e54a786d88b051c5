// Shared helpers of the adapter tests: read a committed fixture, find an element, compare a box.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import type { Element, ParsedDocument } from '../../src/model/element.js';

/** A reader for `test/fixtures/<format>/`: the detected adapter, the document and the raw JSON. */
export function fixtureReader(format: string) {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${format}/${name}`, import.meta.url));
  const read = (name: string) => {
    const { adapter, document } = readWithAdapter(loadInput(fixture(name)));
    return { adapter, doc: document, json: JSON.parse(readFileSync(fixture(name), 'utf8')) };
  };
  return { fixture, read };
}

export function byRef(doc: ParsedDocument, ref: string): Element {
  const el = doc.elements.find((e) => e.ref === ref);
  if (!el) throw new Error(`no element ${ref}`);
  return el;
}

/** Each coordinate equal to 6 decimals (expected values are arithmetic on the file's own numbers). */
export function expectBox(actual: number[] | null, expected: number[]): void {
  expect(actual).not.toBeNull();
  for (const [i, v] of (actual ?? []).entries()) expect(v).toBeCloseTo(expected[i], 6);
}
