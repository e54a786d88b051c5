// An unnumbered heading the numbering runs on around is inside the open section (src/stages/headings/
// inside-numbering.ts, `inside-numbering`). Hand-made, after fresh papers as MinerU's content list gives them (session
// 20, head6): elsarticle's `\subsection*` "Requiring Authentication" between "3. Common Directives" and "3.1.
// Restricting Access", every heading the same height, was made a top section in eight formats of nine; revtex's
// "Specific Documentation" between "B. info Documents" and "C. Websites" likewise in seven.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: 'The Apache configuration files hold the directives that set how the server answers each request it gets.',
  headingHeight: 0.017,
  bodyHeight: 0.1,
  charWidth: 0.01,
};

const ELSARTICLE = [
  '1. Installing Apache',
  '2. Adding support for SSL',
  'Configuring Virtual Hosts',
  '3. Common Directives',
  'Requiring Authentication',
  '3.1. Restricting Access',
  'Acknowledgments',
];

describe('an unnumbered heading between a section and its first subsection', () => {
  it('is one of the subsections; one between two sections stays a section', () => {
    const { level, features } = headingRun('Web Server (HTTP)', ELSARTICLE, LAYOUT);
    expect(level('Configuring Virtual Hosts')).toBe(2);
    expect(level('3. Common Directives')).toBe(2);
    expect(level('Requiring Authentication')).toBe(3);
    expect(features('Requiring Authentication')).toContain('headings.inside-numbering');
    expect(level('3.1. Restricting Access')).toBe(3);
    expect(level('Acknowledgments')).toBe(2);
  });

  it('between two lettered subsections under Roman sections it is their sibling', () => {
    const revtex = ['I. DOCUMENTATION SOURCES', 'A. Manual Pages', 'B. info Documents', 'Specific Documentation'];
    const { level } = headingRun('Solving Problems', [...revtex, 'C. Websites', 'ACKNOWLEDGMENTS'], LAYOUT);
    expect(level('B. info Documents')).toBe(3);
    expect(level('Specific Documentation')).toBe(3);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
  });

  it('set in the capitals of the top sections alone, it stays a top section (IEEEtran’s \\section*)', () => {
    const ieee = [
      'I. INSTALLING APACHE',
      'II. ADDING SUPPORT FOR SSL',
      'COMMON DIRECTIVES',
      'A. Requiring Authentication',
    ];
    const { level } = headingRun('Web Server (HTTP)', ieee, LAYOUT);
    expect(level('COMMON DIRECTIVES')).toBe(2);
    expect(level('A. Requiring Authentication')).toBe(3);
  });

  it('off (weight 0), the size habit makes it a top section', () => {
    const { level } = headingRun('Web Server (HTTP)', ELSARTICLE, LAYOUT, { 'inside-numbering': 0 });
    expect(level('Requiring Authentication')).toBe(2);
  });
});
