// A counter that restarts under each parent ("A." under "II." and again under "III.") is taken once per parent when
// headings typed as text are promoted (src/stages/headings/number-scope.ts, `restarting-number-scope`). Hand-made after
// fresh IEEEtran and revtex papers as PaddleOCR, Marker and Docling give them (session 24, head10; train sources): the
// parser typed "A. Managing Modules" as text under "II.", and a later typed "A. Writing a Policy" under "III." had taken
// the letter for the whole document.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'SELinux policies are sets of rules that define which operations each process may carry out on the system.';

function paper(headings: [string, 'title' | 'text'][], weights: Record<string, number> = {}) {
  const specs: Spec[] = [{ page: 1, type: 'title', text: 'Introduction to SELinux', bbox: null }];
  headings.forEach(([text, type], i) => {
    const page = 1 + Math.floor(i / 3);
    // a body of its own under each heading (one text repeated on every page reads as a running line)
    specs.push({ page, type, text, bbox: null }, { page, type: 'text', text: `${BODY} (${text})`, bbox: null });
  });
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  return (t: string) => r.levels.get(doc.elements.findIndex((e) => e.text === t));
}

const PAPER: [string, 'title' | 'text'][] = [
  ['I. PRINCIPLES', 'title'],
  ['II. MANAGING AN SELINUX SYSTEM', 'title'],
  ['A. Managing Modules', 'text'],
  ['B. Managing Identities', 'title'],
  ['III. ADAPTING THE RULES', 'title'],
  ['A. Writing a Policy', 'title'],
  ['B. Compiling the Files', 'title'],
];

describe('a restarting counter typed as text', () => {
  it('under its own parent, a letter a later section repeats is new: a heading', () => {
    const level = paper(PAPER);
    expect(level('A. Managing Modules')).toBe(3);
    expect(level('B. Managing Identities')).toBe(3);
  });

  it('off (weight 0): the later typed "A." takes the letter for the whole document', () => {
    expect(paper(PAPER, { 'restarting-number-scope': 0 })('A. Managing Modules')).toBeUndefined();
  });

  it('with no parent rank ever seen, a list item copies a typed letter: left as text', () => {
    const level = paper([
      ['1. Scope', 'title'],
      ['a) Covered events; or', 'text'],
      ['2. Exclusions', 'title'],
      ['a) The insured is a person:', 'text'],
      ['b) The insured is a company:', 'title'],
    ]);
    expect(level('a) The insured is a person:')).toBeUndefined();
  });
});
