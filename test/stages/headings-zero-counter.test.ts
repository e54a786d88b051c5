// A number whose top counter never started ("0.1. Tools": LaTeX's `\subsection` after a `\section*`) lies inside the
// open unnumbered top section (src/stages/headings/zero-counter.ts, `zero-counter-inside`). Hand-made after a fresh
// elsarticle paper (session 21, head7; dev source) as MinerU's content list gives it, every heading the same height:
// "0.1. Tools" and its eight "0.1.x" children stood one level too high in two formats, beside "Learning to Make
// Packages" (`\section*`) instead of inside it.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: 'Debian developers use a handful of tools to build, check and upload the packages they maintain in the archive.',
  headingHeight: 0.017,
  bodyHeight: 0.1,
  charWidth: 0.01,
};

const HEADINGS = [
  'Learning to Make Packages',
  'Rules',
  'Procedures',
  '0.1. Tools',
  '0.1.1. devscripts',
  '0.1.2. lintian',
  '1. Acceptance Process',
  '1.1. Prerequisites',
  'Acknowledgments',
];

describe('a number whose top counter is 0', () => {
  it('lies inside the open unnumbered top section; its children below it', () => {
    const { level, features } = headingRun('Becoming a Package Maintainer', HEADINGS, LAYOUT);
    expect(level('Learning to Make Packages')).toBe(2);
    expect(level('0.1. Tools')).toBe(3);
    expect(features('0.1. Tools')).toContain('headings.zero-counter-inside');
    expect(level('0.1.1. devscripts')).toBe(4);
    expect(level('1. Acceptance Process')).toBe(2);
    expect(level('1.1. Prerequisites')).toBe(3);
  });

  it('off (weight 0), it stood beside the unnumbered section', () => {
    const { level } = headingRun('Becoming a Package Maintainer', HEADINGS, LAYOUT, { 'zero-counter-inside': 0 });
    expect(level('0.1. Tools')).toBe(2);
  });
});
