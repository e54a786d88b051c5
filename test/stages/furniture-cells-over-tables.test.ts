// A table's header row cut out over each page the table runs onto (PaddleOCR, Azure DI and MinerU-v2 label its
// cells header) sets the height of the table's rows, not of the page's running head: a short line opening a later
// page at that height is body (issue #15: furniture never eats content). Hand-made as the office float documents.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function doc(): ReturnType<typeof makeDoc> {
  const specs: Spec[] = [];
  for (let p = 1; p <= 9; p++) {
    if (p >= 2 && p <= 6) {
      specs.push({ page: p, type: 'header', text: 'Escape', bbox: [0.119, 0.097, 0.233, 0.11] });
      specs.push({ page: p, type: 'header', text: 'Name', bbox: [0.274, 0.097, 0.306, 0.11] });
      specs.push({ page: p, type: 'header', text: 'Description', bbox: [0.734, 0.097, 0.767, 0.11] });
      specs.push({
        page: p,
        type: 'table',
        text: `%${p}\tvalue ${p}\tdescription of row ${p}`,
        bbox: [0.113, 0.117, 0.887, 0.8],
      });
    } else {
      const opener = { 1: 'Customizing the list', 7: 'Article 12', 8: 'filter(pattern)', 9: 'Example 2.7 Grouping' }[p];
      specs.push({ page: p, type: p === 7 ? 'title' : 'text', text: opener ?? '', bbox: [0.15, 0.101, 0.4, 0.116] });
      specs.push({
        page: p,
        type: 'text',
        text: `The rules of page ${p} are either terminal or not; a paragraph long enough to be body text of its own.`,
        bbox: [0.116, 0.128, 0.884, 0.3],
      });
    }
    specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.85, 0.935, 0.857, 0.946] });
  }
  return makeDoc(specs);
}

describe('a header row cut out over a running table', () => {
  it("keeps the short lines opening later pages at the row's height in the body", () => {
    const d = doc();
    const { kinds } = detectFurniture(input(d));
    const openers = d.elements.filter((e) => e.page >= 7 && e.bbox![1] === 0.101);
    expect(openers).toHaveLength(3);
    for (const o of openers) expect(kinds.has(o.id)).toBe(false);
    // the cut-out cells themselves still go, as repeated labelled furniture
    expect(d.elements.filter((e) => e.type === 'header').every((e) => kinds.has(e.id))).toBe(true);
  });
});
