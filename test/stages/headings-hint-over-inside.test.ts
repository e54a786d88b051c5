// An unnumbered heading between a section and its first subsection stays a top section when the parser's own levels
// (varying, agreeing with the numbering) give it the section's level (`hint-over-inside`, headings/inside-numbering.ts).
// Hand-made after a fresh elsarticle paper as Docling gives it (session 28, head14; train source, "Supervision"): every
// heading at the body's height, Docling's level 2 for "1. …" and the `\section*` "Monitoring Activity", 3 for "1.1. In Real
// Time"; `inside-numbering` had put the `\section*` under "1." in Docling and Marker. Control: without levels it is
// still read inside the numbering; the rule off puts it there too.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The logcheck program watches the log files and mails the odd lines.';
const HEADS: [string, number][] = [
  ['1. Monitoring Logs with logcheck', 2],
  ['Monitoring Activity', 2],
  ['1.1. In Real Time', 3],
  ['1.2. History', 3],
  ['2. Avoiding Intrusion', 2],
  ['2.1. Firewalls', 3],
];

function paper(withLevels: boolean): Spec[] {
  const specs: Spec[] = [{ page: 1, type: 'title', text: 'Supervision', bbox: [0.3, 0.04, 0.7, 0.07] }];
  let [y, page] = [0.1, 1];
  for (const [text, level] of HEADS) {
    if (y > 0.8) [page, y] = [page + 1, 0.05];
    const hints = withLevels ? { level } : undefined;
    specs.push({ page, type: 'title', text, bbox: [0.1, y, 0.1 + text.length * 0.01, y + 0.017], hints });
    for (const dy of [0.03, 0.05, 0.07])
      specs.push({ page, type: 'text', text: BODY, bbox: [0.1, y + dy, 0.9, y + dy + 0.017] });
    y += 0.13;
  }
  return specs;
}

function levelOf(text: string, withLevels: boolean, weights: Record<string, number> = {}) {
  const specs = paper(withLevels);
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return r.levels.get(specs.findIndex((s) => s.text === text));
}

describe("the parser's level over the numbering an unnumbered heading stands in", () => {
  it('keeps it a top section when the parser gives it the level of the section before it', () => {
    expect(levelOf('Monitoring Activity', true)).toBe(2);
    expect(levelOf('1.1. In Real Time', true)).toBe(3);
  });

  it('control: without levels, or with the rule off, it is inside the numbering', () => {
    expect(levelOf('Monitoring Activity', false)).toBe(3);
    expect(levelOf('Monitoring Activity', true, { 'hint-over-inside': 0 })).toBe(3);
  });
});
