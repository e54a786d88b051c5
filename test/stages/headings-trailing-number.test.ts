// Section numbers printed after the words (headings/trailing-numbers.ts, `trailing-number`). Hand-made, after a Korean
// policy brief as Docling gives it: every section_header at level 1, one line tall, the sections "들어가며 1" …
// "개선과제 4" with their number at the end, the subsections "(1)" … "(4)" restarting under each.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    '코로나-19 관련 보험약관상 재해보험금 지급문제 및 개선과제',
    headings,
    {
      body: '본문 단락은 여러 줄에 걸쳐 이어지며 마침표로 끝난다. 두 번째 문장도 있다.',
      headingHeight: 0.016,
      bodyHeight: 0.05,
      charWidth: 0.02,
    },
    weights,
  );
}

const BRIEF = [
  '들어가며 1',
  '코로나-19 관련 보험 현황 2',
  '(1) 「감염병의 예방 및 관리에 관한 법률」 개정',
  '(2) 생명보험 표준약관 재해분류표',
  '문제점 3',
  '(1) 상위법에 반하는 보험약관의 해석',
  '(2) 감독당국의 표준약관 개정작업 소홀',
  '개선과제 4',
  '(1) 「약관규제법」에 따른 보험금 지급 검토 필요',
];

describe('section numbers printed after the words', () => {
  it('make the top sections, and "(1)" … restarting under each nest below them', () => {
    const { level, features } = levels(BRIEF);
    expect(level('들어가며 1')).toBe(2);
    expect(level('코로나-19 관련 보험 현황 2')).toBe(2);
    expect(level('(2) 생명보험 표준약관 재해분류표')).toBe(3);
    expect(level('문제점 3')).toBe(2);
    expect(level('(1) 상위법에 반하는 보험약관의 해석')).toBe(3);
    expect(level('개선과제 4')).toBe(2);
    expect(level('(1) 「약관규제법」에 따른 보험금 지급 검토 필요')).toBe(3);
    expect(features('문제점 3')).toContain('headings.trailing-number');
  });

  it('not for one word and a counter ("Step 1", "Step 2", "Step 3")', () => {
    const { features } = levels(['Step 1', 'Step 2', 'Step 3']);
    expect(features('Step 2')).not.toContain('headings.trailing-number');
  });

  it('off (weight 0), the sections and their "(n)" subsections are siblings', () => {
    const { level } = levels(BRIEF, { 'trailing-number': 0 });
    expect(level('(1) 상위법에 반하는 보험약관의 해석')).toBe(level('문제점 3'));
  });
});
