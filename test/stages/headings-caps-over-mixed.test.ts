// Capitals over mixed case where nothing is numbered (src/stages/headings/caps-over-mixed.ts, `caps-over-mixed`).
// Hand-made after a fresh revtex paper (aps/prapplied, preprint; session 21, head7; train/dev sources only): every
// section starred, "SYSTEM BOOT" (`\section*`) over "The systemd init system" and "The System V init system"
// (`\subsection*`), then "ACKNOWLEDGMENTS". The parsers' boxes put the abstract's heading larger than the sections, so
// the size classes nested "SYSTEM BOOT" and the acknowledgments under "Abstract" in seven formats of nine; without
// boxes (Mistral, Unstructured) the subsections stood beside "SYSTEM BOOT".
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { boxlessRun, headingsOf } from '../helpers/headings.js';

const BODY = 'The init system starts the services in the order their dependencies ask for, then waits for logins.';
const HEADINGS = ['SYSTEM BOOT', 'The systemd init system', 'The System V init system', 'ACKNOWLEDGMENTS'];

/** The title and "Abstract" at 0.019, the sections at 0.015–0.016, each over a paragraph of three lines. */
function boxed(): Spec[] {
  const specs: Spec[] = [];
  let y = 0.05;
  const add = (text: string, height: number) => {
    specs.push({ page: 1, type: 'title', text, bbox: [0.1, y, 0.1 + text.length * 0.012, y + height] });
    specs.push({ page: 1, type: 'text', text: BODY, bbox: [0.1, y + height + 0.01, 0.9, y + height + 0.058] });
    y += height + 0.08;
  };
  add('Unix Services', 0.019);
  add('Abstract', 0.019);
  add('SYSTEM BOOT', 0.015);
  add('The systemd init system', 0.015);
  add('The System V init system', 0.016);
  add('ACKNOWLEDGMENTS', 0.015);
  return specs;
}

function levelsOf(weights: Record<string, number> = {}) {
  const specs = boxed();
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
}

describe('headings in capitals over mixed case, nothing numbered', () => {
  it('the capitals and the keywords are the top sections, the mixed case one rank below', () => {
    const level = levelsOf();
    expect(level('Unix Services')).toBe(1);
    expect(level('Abstract')).toBe(2);
    expect(level('SYSTEM BOOT')).toBe(2);
    expect(level('The systemd init system')).toBe(3);
    expect(level('The System V init system')).toBe(3);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
  });

  it('without boxes too', () => {
    const { level, features } = boxlessRun('Unix Services', BODY, HEADINGS);
    expect(level('SYSTEM BOOT')).toBe(2);
    expect(level('The systemd init system')).toBe(3);
    expect(features('The systemd init system')).toContain('headings.caps-over-mixed');
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
  });

  it('a mixed-case heading before the first in capitals leaves the habit unshown', () => {
    const { features } = boxlessRun('Unix Services', BODY, ['Starting the Machine', ...HEADINGS]);
    expect(features('SYSTEM BOOT')).not.toContain('headings.caps-over-mixed');
    expect(features('The systemd init system')).not.toContain('headings.caps-over-mixed');
  });

  it('off (weight 0), the larger "Abstract" holds the sections', () => {
    const level = levelsOf({ 'caps-over-mixed': 0 });
    expect(level('SYSTEM BOOT')).toBe(3);
  });
});
