// Two headings no size tells apart, given one level by the parser (`same-parser-level`, headings/walk.ts), on a
// hand-made page (our own words) modelled on Mistral's Markdown of an LNCS paper in the heading corpora: "## 1 Xen",
// then "## LXC", an unnumbered `\section*`, which first appearance nested under the numbered section. Controls: the
// weight at 0; levels that do not vary (every heading `#`) say nothing, nor does a level equal to the first heading's.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The hypervisor runs the guests side by side, each with the memory and devices the host gives it.';
const head = (page: number, text: string, level: number): Spec => ({
  page,
  type: 'title',
  text,
  bbox: null,
  hints: { level },
});
const body = (page: number): Spec => ({ page, type: 'text', text: BODY, bbox: null });

const paper = (levels: [number, number, number, number]): Spec[] => [
  head(1, 'Virtualization', levels[0]),
  head(2, '1 Xen', levels[1]),
  body(2),
  head(3, 'LXC', levels[2]),
  body(3),
  head(4, 'Containers at scale', levels[3]),
  body(4),
];

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const index = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return (t: string) => r.levels.get(index(t));
}

describe('one parser level, no size (same-parser-level)', () => {
  it('makes an unnumbered heading the sibling of the numbered one before it', () => {
    const level = run(paper([1, 2, 2, 3]));
    expect(['Virtualization', '1 Xen', 'LXC', 'Containers at scale'].map(level)).toEqual([1, 2, 2, 3]);
  });

  it('off, the unnumbered heading nests under the numbered one by first appearance', () => {
    const level = run(paper([1, 2, 2, 3]), { 'same-parser-level': 0 });
    expect(level('LXC')).toBe(3);
  });

  it("says nothing of a heading at the first heading's level (a title given `##` as its sections are)", () => {
    const specs = paper([2, 2, 2, 3]);
    const [on, off] = [run(specs), run(specs, { 'same-parser-level': 0 })];
    const texts = ['Virtualization', '1 Xen', 'LXC', 'Containers at scale'];
    expect(texts.map(on)).toEqual(texts.map(off));
  });

  it('says nothing where every heading has one level (flat): the same levels as with the weight at 0', () => {
    const [on, off] = [run(paper([1, 1, 1, 1])), run(paper([1, 1, 1, 1]), { 'same-parser-level': 0 })];
    const texts = ['Virtualization', '1 Xen', 'LXC', 'Containers at scale'];
    expect(texts.map(on)).toEqual(texts.map(off));
  });
});
