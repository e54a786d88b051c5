// An unnumbered heading the numbering runs on around is inside the open section (src/stages/headings/
// inside-numbering.ts, `inside-numbering`). Hand-made, after fresh papers as MinerU's content list gives them (session
// 20, head6): elsarticle's `\subsection*` "Requiring Authentication" between "3. Common Directives" and "3.1.
// Restricting Access", every heading the same height, was made a top section in eight formats of nine; revtex's
// "Specific Documentation" between "B. info Documents" and "C. Websites" likewise in seven.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingRun, headingsOf } from '../helpers/headings.js';

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

  it('an appendix opener in mixed case does not blur the capitals of the top sections (revtex, aip)', () => {
    // Session 21 (head7), from a fresh aip/cha revtex paper (train): "TIME SYNCHRONIZATION", a `\section*` between
    // "I. TIMEZONE" and "A. For Workstations", was made a subsection in six formats of nine: "Appendix A: List of Mount
    // Points", keyed with the Roman sections, had put mixed case among their cases.
    const aip = [
      'I. TIMEZONE',
      'TIME SYNCHRONIZATION',
      'A. For Workstations',
      'For Servers',
      'II. ROTATING LOG FILES',
      'III. SHARING ADMINISTRATOR RIGHTS',
      'Appendix A: List of Mount Points',
      'Appendix B: locate and updatedb',
      'ACKNOWLEDGMENTS',
    ];
    const { level } = headingRun('Other Configurations', aip, LAYOUT);
    expect(level('TIME SYNCHRONIZATION')).toBe(2);
    expect(level('A. For Workstations')).toBe(3);
    expect(level('For Servers')).toBe(3);
    expect(level('Appendix A: List of Mount Points')).toBe(2);
  });

  it('off (weight 0), the size habit makes it a top section', () => {
    const { level } = headingRun('Web Server (HTTP)', ELSARTICLE, LAYOUT, { 'inside-numbering': 0 });
    expect(level('Requiring Authentication')).toBe(2);
  });

  it('without sizes it tells nothing: a book’s unnumbered chapter between 1.5 and 1.6 stays a chapter', () => {
    // Session 20, from a fresh (non-test) book as Mistral gives it (Markdown levels, no boxes): the handbook's
    // "## Configuration Scripts", an unnumbered chapter between "### 1.5 …" and "### 1.6 …"; with no size to weigh,
    // the rule had made it a section of chapter 1 against the parser's own level.
    const heads: Array<[string, number]> = [
      ['Package Meta-Information', 1],
      ['Preface', 2],
      ['Chapter 1', 2],
      ['1.4 Provided Items: the Provides Field', 3],
      ['1.5 Replacing Files: The Replaces Field', 3],
      ['Configuration Scripts', 2],
      ['1.6 Installation and Upgrade', 3],
      ['Acknowledgments', 2],
    ];
    const body = 'The package manager reads the control file and acts on each field it finds there in order.';
    const specs: Spec[] = heads.flatMap(([text, hint], i) => [
      { page: 1 + i, type: 'title' as const, text, bbox: null, hints: { level: hint } },
      { page: 1 + i, type: 'text' as const, text: body, bbox: null },
    ]);
    const r = headingsOf(makeDoc(specs));
    const level = (t: string) => r.levels.get(specs.findIndex((x) => x.text === t));
    expect(level('Configuration Scripts')).toBe(level('Chapter 1'));
    expect(level('1.6 Installation and Upgrade')).toBe((level('Chapter 1') ?? 0) + 1);
    const decision = r.decisions.find((x) => x.ids[0] === specs.findIndex((s) => s.text === 'Configuration Scripts'));
    expect(decision?.features?.map((f) => f.id)).not.toContain('headings.inside-numbering');
  });
});
