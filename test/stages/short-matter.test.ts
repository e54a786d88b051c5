// isShortMatter (src/stages/text-merge/short-matter.ts): a short line in title case with no punctuation at its end
// is a name, an affiliation or a label set inside a sentence; a field, a path, a sentence or lower-case text is
// not. Hand-made lines, of the kinds the rule's header lists.
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/model/element.js';
import { isShortMatter } from '../../src/stages/text-merge/short-matter.js';
import { makeDoc } from '../helpers/doc.js';

const el = (text: string, type: Element['type'] = 'text') => makeDoc([{ page: 1, type, text }]).elements[0];

describe('isShortMatter', () => {
  it('takes names and affiliations in title case', () => {
    for (const text of ['Tomas Reyes', 'Department of Computer Science, Example University Springfield, USA'])
      expect(isShortMatter(el(text)), text).toBe(true);
    expect(isShortMatter(el('Example University', 'title'))).toBe(true);
  });

  it('leaves fields, paths, sentences, lower case, long and multi-line text, and other types', () => {
    const not = [
      'and by analyzing their contents.',
      'Tomas Reyes.',
      'Author: Tomas Reyes',
      'Files in /usr/Share',
      'Tomas reyes wrote this',
      'Tomas Reyes\nExample University',
      `Tomas ${'Reyes '.repeat(20)}`,
      '',
    ];
    for (const text of not) expect(isShortMatter(el(text)), text).toBe(false);
    expect(isShortMatter(el('Tomas Reyes', 'list_item'))).toBe(false);
  });
});
