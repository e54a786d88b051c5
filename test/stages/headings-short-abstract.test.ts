// A short abstract is running text: the body-size habit holds after it (src/stages/headings/candidates.ts isProse).
// Hand-made after a fresh revtex paper (aps/prl preprint; session 22, head8; dev source "debian internals") as MinerU's
// content list gives it: a 264-character abstract and a 254-character first paragraph (under 300, the length that
// made a paragraph running text), then the `\section*` "THE DEBIAN DEVELOPERS" at body size before "I. THE ACTIVE
// ROLE OF USERS"; read as front matter, it was dropped as body text in six formats.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const ABSTRACT =
  'This is the only way to earn one’s stripes: do something useful and show that one has worked well. The ' +
  'Debian project is a large organization whose members work together on the distribution and on its tools.';
const AFFILIATION =
  'Ada Marsh, Department of Computer Science, Example University, 1 Example Road, Example City; Sam Kessler, ' +
  'Department of Mathematics, Example University; Elif Demir, Department of Physics, Example Institute';

function paper(front: string): Spec[] {
  const specs: Spec[] = [];
  let y = 0.05;
  let page = 1;
  const add = (type: Spec['type'], text: string, height: number, below: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.12, y, 0.12 + Math.min(0.76, text.length * 0.009), y + height] });
    y += height + below;
  };
  const body = () => {
    add('text', 'One line of body text in the column.', 0.016, 0.01);
    add('text', 'One line of body text in the column.', 0.016, 0.02);
  };
  add('title', 'The Inner Workings of the Debian Project', 0.03, 0.02);
  add('text', front, 0.05, 0.03);
  for (const t of ['THE DEBIAN DEVELOPERS', 'I. THE ACTIVE ROLE OF USERS', 'A. Reporting bugs', 'II. SENDING FIXES']) {
    add('title', t, 0.016, 0.012);
    body();
  }
  return specs;
}

function levelOf(front: string, text: string) {
  const specs = paper(front);
  const r = headingsOf(makeDoc(specs));
  return r.levels.get(specs.findIndex((s) => s.text === text));
}

describe('a short abstract before a body-size section', () => {
  it('is running text: the section after it keeps the habit and stands', () => {
    expect(ABSTRACT.length).toBeLessThan(300);
    expect(levelOf(ABSTRACT, 'THE DEBIAN DEVELOPERS')).toBe(2);
    expect(levelOf(ABSTRACT, 'I. THE ACTIVE ROLE OF USERS')).toBe(2);
  });

  it('an affiliation line of the same length is front matter: the rule for front matter holds', () => {
    expect(levelOf(AFFILIATION, 'THE DEBIAN DEVELOPERS')).toBeUndefined();
  });
});
