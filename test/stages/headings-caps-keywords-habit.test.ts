// The top keywords in capitals show the top sections' case habit beside a single numbered one
// (headings/case-below.ts, `mixed-below-caps-keywords`). Hand-made after a fresh revtex paper as Docling gives it
// (session 23, head9's set; train source "basic configuration"): one Roman section "I. CONFIGURING THE SYSTEM FOR
// ANOTHER LANGUAGE", its `\subsection*`s "Setting the Default Language" and "Migrating to UTF-8" around the lettered
// "A. Configuring the Keyboard", then "ACKNOWLEDGMENTS"; every heading one line tall (one size class).
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    'Basic Configuration: Network, Accounts, Printing',
    headings,
    {
      body: 'The locale of a system sets the language of its messages and the way dates and numbers are written.',
      headingHeight: 0.012,
      bodyHeight: 0.06,
      charWidth: 0.012,
    },
    weights,
  );
}

const PAPER = [
  'I. CONFIGURING THE SYSTEM FOR ANOTHER LANGUAGE',
  'Setting the Default Language',
  'A. Configuring the Keyboard',
  'Migrating to UTF-8',
  'ACKNOWLEDGMENTS',
];

describe('top keywords in capitals show the case habit beside one Roman section', () => {
  it('the mixed-case heading after the letters is their sibling, below the Roman section', () => {
    const { level, features } = levels(PAPER);
    expect(level('I. CONFIGURING THE SYSTEM FOR ANOTHER LANGUAGE')).toBe(2);
    expect(level('A. Configuring the Keyboard')).toBe(3);
    expect(level('Migrating to UTF-8')).toBe(3);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
    expect(features('Migrating to UTF-8')).toContain('headings.mixed-below-caps');
  });

  it('off (weight 0), its size class sets it with the Roman section', () => {
    const { level } = levels(PAPER, { 'mixed-below-caps-keywords': 0 });
    expect(level('Migrating to UTF-8')).toBe(2);
  });

  it('not when the keyword is in mixed case (no case habit shown)', () => {
    const { level } = levels([...PAPER.slice(0, -1), 'Acknowledgments']);
    expect(level('Migrating to UTF-8')).toBe(2);
  });
});
