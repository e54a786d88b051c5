// A sidebar's label and title in capitals, where the document sets no other heading in capitals and labels its
// sidebars in capitals elsewhere, is no heading (src/stages/headings/caps-sidebar.ts, `demoted-caps-sidebar`).
// Hand-made after the amsart "network services" paper of the full LaTeX corpus (train) as MinerU gives it, and head7's
// fresh elsarticle (Mistral OCR): "VOCABULARY ISP" and "GOING FURTHER RAID-10" typed titles were kept as sections.
import { describe, expect, it } from 'vitest';
import { boxlessRun } from '../helpers/headings.js';

const BODY = 'CAUTION Virtual domains and canonical domains. None of the virtual domains must be referenced there.';
const PLAIN = 'The mail server receives messages from other servers and delivers them to the local users.';

describe('a sidebar title in capitals', () => {
  const heads = ['Mail Server', 'VOCABULARY ISP', 'Web Server', 'Acknowledgments'];

  it('is not a heading where no other heading is in capitals and sidebars are labelled in capitals', () => {
    const { level, features } = boxlessRun('Network Services', BODY, heads);
    expect(level('VOCABULARY ISP')).toBeUndefined();
    expect(features('VOCABULARY ISP')).toContain('headings.demoted-caps-sidebar');
    expect(level('Mail Server')).toBe(2);
    expect(level('Web Server')).toBe(2);
  });

  it('stands without labelled sidebars, beside other headings in capitals, or with the weight off', () => {
    expect(boxlessRun('Network Services', PLAIN, heads).level('VOCABULARY ISP')).toBeDefined();
    const caps = ['MAIL SERVER', 'VOCABULARY ISP', 'WEB SERVER', 'ACKNOWLEDGMENTS'];
    expect(boxlessRun('Network Services', BODY, caps).level('VOCABULARY ISP')).toBeDefined();
    expect(
      boxlessRun('Network Services', BODY, heads, { 'demoted-caps-sidebar': 0 }).level('VOCABULARY ISP'),
    ).toBeDefined();
  });
});
