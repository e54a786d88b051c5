import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) =>
    r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? ([] as string[]);
  return { level: (t: string) => r.levels.get(at(t)), features };
}

/** Hand-made, after revtex as MinerU's content list gives it: the title set larger, every heading at the body size. */
function revtex(headings: string[]): Spec[] {
  const specs: Spec[] = [];
  let y = 0.05;
  let page = 1;
  const add = (type: Spec['type'], text: string, height: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.1, y, 0.1 + Math.min(0.8, text.length * 0.012), y + height] });
    y += height + 0.02;
  };
  add('title', 'Maintenance and Updates: The APT Tools', 0.03);
  for (const h of headings) {
    add('title', h, 0.013);
    for (let k = 0; k < 2; k++) add('text', 'One line of body text in the column.', 0.013);
  }
  return specs;
}

describe('numbering that restarts under another numbered kind lies below it (numbering-restarts)', () => {
  // latex-extra (train source, revtex): a `\section*` in capitals, its subsections lettered, their subsections
  // plain-numbered; "1." restarts after "C." alone.
  const headings = [
    'FILLING IN THE SOURCES.LIST FILE',
    'A. Syntax',
    'B. Repositories for Stable Users',
    '1. Security Updates',
    '2. Stable Updates',
    'C. Repositories for Testing/Unstable Use',
    '1. The Experimental Repository',
    'D. Using Alternate Mirrors',
  ];

  it('the plain numbers nest under the letters, the letters stay siblings', () => {
    const { level, features } = levels(revtex(headings));
    const b = level('B. Repositories for Stable Users')!;
    expect(level('1. Security Updates')).toBe(b + 1);
    expect(level('2. Stable Updates')).toBe(b + 1);
    expect(level('C. Repositories for Testing/Unstable Use')).toBe(b);
    expect(level('1. The Experimental Repository')).toBe(b + 1);
    expect(level('D. Using Alternate Mirrors')).toBe(b);
    expect(features('1. Security Updates')).toContain('headings.numbering-restarts');
  });

  it('off (weight 0), the two ladders are siblings by their size', () => {
    const { level } = levels(revtex(headings), { 'numbering-restarts': 0 });
    expect(level('1. Security Updates')).toBe(level('B. Repositories for Stable Users'));
  });

  it('a counter that runs on across the other kind tells nothing', () => {
    // "3." after "C." continues the plain numbers: they are not the letters' children.
    const running = ['A. Syntax', '1. Security Updates', '2. Stable Updates', 'B. Mirrors', '3. Proposed', 'C. Other'];
    running.push('1. Experimental', 'D. Last');
    const { features } = levels(revtex(running));
    expect(features('1. Experimental')).not.toContain('headings.numbering-restarts');
  });
});

describe('under Roman top sections the ladder goes I → A → 1 (roman-letter-number)', () => {
  // latex-extra (train source, revtex): "1." right after "C." is a subsubsection, not a section's sibling.
  const headings = [
    'I. FULLY AUTOMATIC INSTALLER (FAI)',
    'II. PRESEEDING DEBIAN-INSTALLER',
    'A. Using a Preseed File',
    'B. Creating a Preseed File',
    'C. Creating a Customized Boot Media',
    '1. Booting From the Network',
    '2. Preparing a Bootable USB Key',
    'III. SIMPLE-CDD: THE ALL-IN-ONE SOLUTION',
    'A. Creating Profiles',
  ];

  it('a plain number after a lettered subsection is one rank below it', () => {
    const { level, features } = levels(revtex(headings));
    expect(level('II. PRESEEDING DEBIAN-INSTALLER')).toBe(2);
    expect(level('C. Creating a Customized Boot Media')).toBe(3);
    expect(level('1. Booting From the Network')).toBe(4);
    expect(level('2. Preparing a Bootable USB Key')).toBe(4);
    expect(level('III. SIMPLE-CDD: THE ALL-IN-ONE SOLUTION')).toBe(2);
    expect(level('A. Creating Profiles')).toBe(3);
    expect(features('1. Booting From the Network')).toContain('headings.roman-letter-number');
  });

  it('off (weight 0), the plain number is no subsection of the letters', () => {
    // The run "1.", "2." between "C." and "III." is also a child run (child-runs.ts, session 20): both off.
    const off = { 'roman-letter-number': 0, 'numbering-child-run': 0 };
    expect(levels(revtex(headings), off).level('1. Booting From the Network')).not.toBe(4);
  });

  it('with roman-letter-number off, the child run alone still nests the plain numbers under "C."', () => {
    const { level, features } = levels(revtex(headings), { 'roman-letter-number': 0 });
    expect(level('1. Booting From the Network')).toBe(4);
    expect(features('1. Booting From the Network')).toContain('headings.numbering-child-run');
  });
});
