// A lone numbered list item the next typed heading continues (headings/promote.ts, `promoted-numbered-text`).
// Hand-made, after an elsarticle paper as Mistral OCR gives it (the styles corpus's Debian handbook chapter on
// package meta-information): its Markdown made the first section "1. Description: the control File" a one-item
// list, and its subsections "1.1.", "1.2." headings; without the section the subsections stood at the top.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/doc.js';
import { makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'This file uses a structure similar to email headers and is fully described in the Debian Policy.';

function levels(before: Spec[]) {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Package Meta-Information', bbox: null },
    { page: 1, type: 'text', text: BODY, bbox: null },
    ...before,
    { page: 1, type: 'text', text: BODY, bbox: null },
    { page: 2, type: 'title', text: '1.1. Dependencies: the Depends Field', bbox: null },
    { page: 2, type: 'text', text: BODY, bbox: null },
    { page: 2, type: 'title', text: '1.2. Conflicts: the Conflicts field', bbox: null },
    { page: 2, type: 'text', text: BODY, bbox: null },
    { page: 3, type: 'title', text: '2. Configuration Scripts', bbox: null },
    { page: 3, type: 'text', text: BODY, bbox: null },
  ];
  const r = headingsOf(makeDoc(specs));
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  return (t: string) => r.levels.get(at(t));
}

describe('a numbered list item standing alone, the next typed heading its first child', () => {
  it('is the section the subsections belong to', () => {
    const level = levels([{ page: 1, type: 'list_item', text: '1. Description: the control File', bbox: null }]);
    expect(level('1. Description: the control File')).toBe(2);
    expect(level('1.1. Dependencies: the Depends Field')).toBe(3);
    expect(level('2. Configuration Scripts')).toBe(2);
  });

  it('not an item of a list (another item beside it)', () => {
    const level = levels([
      { page: 1, type: 'list_item', text: '1. Description: the control File', bbox: null },
      { page: 1, type: 'list_item', text: '2. Dependencies of the package', bbox: null },
    ]);
    expect(level('1. Description: the control File')).toBeUndefined();
  });
});
