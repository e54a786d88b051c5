// A float's note typed text is the float's, not a paragraph's fragment (src/stages/text-merge/float-notes.ts):
// modelled on the float-habits corpora (session 28), a paragraph cut by a table whose note line the parser typed text.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const groups = (specs: Spec[]) => {
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i)).groups;
};

const table = '<table><tr><th>Option</th><th>Default</th></tr><tr><td>-x*</td><td>none</td></tr></table>';
const cut = (note: string, before: Spec['type'] = 'table'): Spec[] => [
  {
    page: 3,
    type: 'text',
    text: 'If the rules get long, copy the relevant code to debian/rules or write a simpler alterna-',
    bbox: [0.1, 0.1, 0.9, 0.16],
  },
  before === 'table'
    ? { page: 3, type: 'table', html: table, text: 'Option Default -x* none', bbox: [0.1, 0.2, 0.9, 0.5] }
    : { page: 3, type: 'image', text: '', bbox: [0.1, 0.2, 0.9, 0.5] },
  { page: 3, type: 'text', text: note, bbox: [0.1, 0.52, 0.9, 0.54] },
  { page: 3, type: 'text', text: 'tive in it. Please keep debian/rules simple.', bbox: [0.1, 0.6, 0.9, 0.64] },
];

describe("a float's note typed text (text-merge float notes)", () => {
  it('passes over a note line under a table: the paragraph the table cut goes on after it', () => {
    expect(groups(cut('Notes: options marked with an asterisk are optional; defaults are shown.'))).toEqual([[0, 3]]);
    expect(groups(cut('* Not available on every architecture.', 'image'))).toEqual([[0, 3]]);
  });

  it('takes a line that opens so elsewhere for what it is', () => {
    // after a paragraph, not a float: "Source: …" opens a paragraph of its own, and the cut one does not run past it
    const specs = cut('Source: the maintainer, who keeps the rules file short.');
    specs.splice(1, 1);
    expect(groups(specs)).not.toContainEqual([0, 2]);
  });
});
