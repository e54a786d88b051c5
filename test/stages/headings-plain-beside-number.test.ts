// The first unnumbered heading nothing ranks, right after a numbered one, is its sibling (headings/walk.ts,
// `plain-beside-number`). Hand-made, after a paper as Unstructured gives it without boxes (the styles corpus's
// elsarticle debmake chapter): "6.1. gbp import-dscs" then a `\subsection*` "Upstream git repository", every heading
// a Title with no level; first appearance nested the unnumbered heading under "6.1.".
import { describe, expect, it } from 'vitest';
import { boxlessRun } from '../helpers/headings.js';

const BODY = 'You can import the source packages of a Debian package into a git repository with this command.';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return boxlessRun('Tips', BODY, headings, weights);
}

const PAPER = ['5. bts', '6. git-buildpackage', '6.1. gbp import-dscs', 'Upstream git repository', '7. dgit'];

describe('an unnumbered heading right after a numbered one, nothing else known', () => {
  it('is its sibling', () => {
    const { level, features } = levels(PAPER);
    expect(level('6.1. gbp import-dscs')).toBe(3);
    expect(level('Upstream git repository')).toBe(3);
    expect(level('7. dgit')).toBe(2);
    expect(features('Upstream git repository')).toContain('headings.plain-beside-number');
  });

  it('under a chapter numbered in words it stays the chapter’s child (a \\section* in a chapter)', () => {
    const { level } = levels(['Chapter 1', 'Chapter 2', 'Creating Profiles', '2.1 Configuring build-simple-cdd']);
    expect(level('Chapter 2')).toBe(2);
    expect(level('Creating Profiles')).toBe(3);
  });

  it('off (weight 0), first appearance nests it under the number', () => {
    const { level } = levels(PAPER, { 'plain-beside-number': 0 });
    expect(level('Upstream git repository')).toBe(4);
  });
});
