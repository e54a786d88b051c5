// A section title in capitals that wraps in its column is measured by its line, not by its two-line box
// (src/stages/headings/sizes.ts, headingWidthEm). Hand-made after a fresh revtex paper (aps/prl, reprint; session
// 21, head7) as MinerU's content list gives it: "CUSTOMIZING HOW PACKAGES ARE DISPLAYED", two lines in its column,
// was read at lower-case widths as one line twice the body's height, a size no heading had; the other `\section*`
// titles, one line each at body size, were then dropped as body text "while the headings are larger" in six formats.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const LINE = 0.014;
const BODY = 'Each rule groups packages in one of its modes.'; // one line in the column
const PARA =
  'The package list can be grouped by several rules, which are applied one after another to the packages ' +
  'that remain once the earlier rules have sorted the others into their groups.';

/** Left column 0.088–0.489 of a two-column page; each block starts at y and is `lines` lines high. */
const at = (y: number, lines: number, right = 0.489, x = 0.088): BBox => [x, y, right, y + LINE * lines];

function doc(): Spec[] {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Customizing the package list', bbox: [0.365, 0.065, 0.642, 0.082] },
  ];
  let y = 0.1;
  const section = (text: string, box: BBox) => {
    specs.push({ page: 1, type: 'title', text, bbox: box });
    y = box[3] + 0.01;
    for (let i = 0; i < 3; i++) {
      specs.push({ page: 1, type: 'text', text: BODY, bbox: at(y, 1, 0.4) });
      specs.push({ page: 1, type: 'text', text: PARA, bbox: at(y + 0.02, 3) });
      y += 0.08;
    }
  };
  section('CUSTOMIZING HOW PACKAGES ARE DISPLAYED', [0.127, y, 0.45, y + 0.026]);
  section('CUSTOMIZING THE PACKAGE HIERARCHY', [0.1, y, 0.478, y + 0.012]);
  section('CUSTOMIZING HOW PACKAGES ARE SORTED', [0.089, y, 0.488, y + 0.013]);
  specs.push({ page: 1, type: 'title', text: 'ACKNOWLEDGMENTS', bbox: [0.2, y, 0.394, y + 0.012] });
  specs.push({ page: 1, type: 'text', text: PARA, bbox: at(y + 0.02, 3) });
  return specs;
}

describe('a section title in capitals wrapped in its column', () => {
  it('is measured by its line: the one-line titles at its size stay headings, all top sections', () => {
    const specs = doc();
    const r = headingsOf(makeDoc(specs));
    const level = (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
    expect(level('Customizing the package list')).toBe(1);
    expect(level('CUSTOMIZING HOW PACKAGES ARE DISPLAYED')).toBe(2);
    expect(level('CUSTOMIZING THE PACKAGE HIERARCHY')).toBe(2);
    expect(level('CUSTOMIZING HOW PACKAGES ARE SORTED')).toBe(2);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
  });
});
