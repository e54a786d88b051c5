// An appendix's section numbered with its word ("Appendix B.4. …", elsarticle) keeps every part of its number
// (src/text/numbering.ts: [66, 4], as "B.4" alone reads), so a later one is no copy of an earlier one. Hand-made after a
// fresh elsarticle paper as Unstructured gives it (session 24, head10's set; a train source): the parser typed "Appendix
// B.4. Variables for debian/rules" as text; read as [66] it carried the number of "Appendix B.1." before it and was
// never promoted.
import { describe, expect, it } from 'vitest';
import { parseNumbering } from '../../src/text/numbering.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The debian/rules file is the executable script which builds the Debian package with the dh command.';

function paper(texts: string[]) {
  const specs: Spec[] = [{ page: 1, type: 'title', text: 'Basics', bbox: null }];
  ['1. Packaging workflow', 'Appendix A. Native Debian package', 'Appendix B. debian/rules', ...texts].forEach(
    (t, i) => {
      const page = 1 + Math.floor(i / 3);
      const type = t.startsWith('Appendix B.4.') ? 'text' : 'title';
      specs.push({ page, type, text: t, bbox: null }, { page, type: 'text', text: BODY, bbox: null });
    },
  );
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return (t: string) => r.levels.get(doc.elements.findIndex((e) => e.text === t));
}

describe('an appendix section numbered with its word', () => {
  it('keeps its letter and its number', () => {
    expect(parseNumbering('Appendix B.4. Variables for debian/rules')?.values).toEqual([66, 4]);
    expect(parseNumbering('Appendix C.2.3 Tools')?.values).toEqual([67, 2, 3]);
    expect(parseNumbering('B.4 Variables')?.values).toEqual([66, 4]);
  });

  it('typed as text, it follows the one before: a heading', () => {
    const level = paper([
      'Appendix B.1. dh',
      'Appendix B.2. Simple debian/rules',
      'Appendix B.3. Customized debian/rules',
      'Appendix B.4. Variables for debian/rules',
      'Appendix B.5. Reproducible build',
    ]);
    expect(level('Appendix B. debian/rules')).toBe(2);
    expect(level('Appendix B.4. Variables for debian/rules')).toBe(3);
  });
});
