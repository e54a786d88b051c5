// A later Roman section sets the top when the first numbered heading is lettered (levels.ts topNumbering,
// `roman-top-later`), and capitals tell a top section where the size class is shared (headings/caps-shared-size.ts,
// `caps-top-shared-size`). Hand-made after a fresh revtex paper as MinerU 2 gives it (session 21, head7's set;
// train source "other configurations"): the parser lost "I. TIMEZONE", so "A. For Workstations" is the first
// numbered heading; "TIME SYNCHRONIZATION" is a `\section*` in capitals, "II." and "III." Roman sections in
// capitals, every heading one line tall (one size class).
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    'Other Configurations: Time Synchronization, Logs, Sharing Access',
    headings,
    {
      body: 'Time synchronization, which may seem superfluous on a computer, is very important on a network.',
      headingHeight: 0.012,
      bodyHeight: 0.06,
      charWidth: 0.012,
    },
    weights,
  );
}

const PAPER = [
  'TIME SYNCHRONIZATION',
  'A. For Workstations',
  'For Servers',
  'II. ROTATING LOG FILES',
  'III. SHARING ADMINISTRATOR RIGHTS',
  'A. Using sudo',
  'Appendix A: List of Mount Points',
  'ACKNOWLEDGMENTS',
  'REFERENCES',
];

describe('a later Roman section sets the top; capitals name the top where the size class is shared', () => {
  it('the capitals are a top section, the letters and what follows them below it', () => {
    const { level, features } = levels(PAPER);
    expect(level('TIME SYNCHRONIZATION')).toBe(2);
    expect(level('A. For Workstations')).toBe(3);
    expect(level('For Servers')).toBe(3);
    expect(level('II. ROTATING LOG FILES')).toBe(2);
    expect(level('A. Using sudo')).toBe(3);
    expect(level('Appendix A: List of Mount Points')).toBe(2);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
    expect(features('II. ROTATING LOG FILES')).toContain('headings.roman-top-later');
    expect(features('TIME SYNCHRONIZATION')).toContain('headings.caps-top-shared-size');
  });

  it('roman-top-later off (weight 0): the letters set the top, the capitals are their sibling', () => {
    const { level } = levels(PAPER, { 'roman-top-later': 0 });
    expect(level('A. For Workstations')).toBe(level('TIME SYNCHRONIZATION'));
  });

  it('caps-top-shared-size off (weight 0): the capitals take the letters’ key by their size', () => {
    const { level } = levels(PAPER, { 'caps-top-shared-size': 0 });
    expect(level('A. For Workstations')).toBe(level('TIME SYNCHRONIZATION'));
  });

  it('not when the letters are in capitals too (the case tells no kind from the other)', () => {
    const caps = PAPER.map((h) => (/^A\. /.test(h) ? h.toUpperCase() : h));
    const { level, features } = levels(caps);
    expect(features('TIME SYNCHRONIZATION')).not.toContain('headings.caps-top-shared-size');
    expect(level('A. FOR WORKSTATIONS')).toBe(level('TIME SYNCHRONIZATION'));
  });

  it('not a heading in capitals the next numbered one is a top section after (it holds no deeper heading: contents)', () => {
    const front = ['A. Before the sections', 'CONTENTS OF THE CHAPTER', ...PAPER.slice(3)];
    const { features } = levels(front);
    expect(features('CONTENTS OF THE CHAPTER')).not.toContain('headings.caps-top-shared-size');
  });

  it('a lone "I." after the letters is no Roman top (a lettered list runs A … I)', () => {
    const listed = ['A. First', 'B. Second', 'I. Ninth', 'TIME SYNCHRONIZATION'];
    const { features } = levels(listed);
    expect(features('I. Ninth')).not.toContain('headings.roman-top-later');
  });
});
