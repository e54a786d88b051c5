// A numbered list item in the capitals every typed heading of its rank is set in continues the heading before it
// (`lone-item-caps`, headings/capitals.ts, promote.ts). Hand-made after a fresh amsart manual page as Azure DI gives it
// (session 28, head14; train source): the centred sections "1. NAME" … "4. EXAMPLES" typed sectionHeading, then
// "5. HELPER PACKAGES" and "6. CAVEAT" given as list paragraphs right after a bulleted list, before the typed
// "7. DEBUG"; "Appendix A. LICENSE" typed too. Controls: the rule off drops them; an item in mixed case is a list's.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The debmake command builds a Debian source package from an upstream tarball and its metadata.';

function page(fifth: string): Spec[] {
  const specs: Spec[] = [];
  let [y, page] = [0.05, 1];
  const add = (type: Spec['type'], text: string) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: col(y, y + 0.015) });
    y += 0.03;
  };
  add('title', 'DEBMAKE(1) MANPAGE');
  for (const t of ['1. NAME', '2. SYNOPSIS', '3. DESCRIPTION', '4. EXAMPLES']) {
    add('title', t);
    add('text', BODY);
  }
  add('list_item', '• debmake -a package-version.tar.gz -b":perl"');
  add('list_item', fifth);
  add('text', BODY);
  add('list_item', '• Python (version 3) programs may need the dh-python package.');
  add('list_item', '6. CAVEAT');
  add('text', BODY);
  for (const t of ['7. DEBUG', 'Appendix A. LICENSE']) {
    add('title', t);
    add('text', BODY);
  }
  return specs;
}

function levelOf(fifth: string, text: string, weights: Record<string, number> = {}) {
  const specs = page(fifth);
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return r.levels.get(specs.findIndex((s) => s.text === text));
}

describe('a numbered list item in the capitals of the typed sections', () => {
  it('continues the section before it, beside a bulleted list', () => {
    expect(levelOf('5. HELPER PACKAGES', '5. HELPER PACKAGES')).toBe(levelOf('5. HELPER PACKAGES', '4. EXAMPLES'));
    expect(levelOf('5. HELPER PACKAGES', '6. CAVEAT')).toBeDefined();
  });

  it('control: with the rule off it stays a list item; in mixed case it is a list’s entry', () => {
    expect(levelOf('5. HELPER PACKAGES', '5. HELPER PACKAGES', { 'lone-item-caps': 0 })).toBeUndefined();
    expect(levelOf('5. Install the helper packages', '5. Install the helper packages')).toBeUndefined();
  });
});
