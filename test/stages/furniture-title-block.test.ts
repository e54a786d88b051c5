// The line under the title that opens the first page is the title block's, though running lines repeat its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { toDocument } from '../../src/pipeline.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

describe('the title block on the first page (issue #15)', () => {
  it('keeps the author line under an amsart title, drops the running heads that repeat it (Mistral, no boxes)', () => {
    const dir = fileURLToPath(new URL('../corpus-train/latex-amsart-debmake-en-ch02/mistral/', import.meta.url));
    const doc = toDocument(loadInput(`${dir}ocr_response.json`), {});
    const { kinds } = detectFurniture(input(doc));
    const gold = new Set(JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).furniture as string[]);
    const authors = doc.elements.filter((e) => e.text === 'TOMAS REYES AND SAM O. KESSLER');
    expect(authors.length).toBeGreaterThan(3);
    const [titleBlock, ...heads] = authors;
    expect(titleBlock.page).toBe(1);
    expect(gold.has(titleBlock.ref)).toBe(false);
    expect(kinds.has(titleBlock.id)).toBe(false);
    for (const head of heads) expect([gold.has(head.ref), kinds.has(head.id)]).toEqual([true, true]);
  });

  it("keeps a cover's subtitle that the running feet repeat, in the bottom band of a two-line page (no boxes)", () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Chapter 2. Prerequisites' },
      { page: 1, type: 'text', text: 'Guide for Debian Maintainers' },
    ];
    for (let p = 2; p <= 5; p++) {
      specs.push({ page: p, type: 'text', text: `Body paragraph ${p} with enough words to be body text.` });
      specs.push({ page: p, type: 'text', text: 'Guide for Debian Maintainers' });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    expect(kinds.has(doc.elements[1].id)).toBe(false);
    expect([3, 5, 7, 9].every((i) => kinds.has(doc.elements[i].id))).toBe(true);
  });
});
