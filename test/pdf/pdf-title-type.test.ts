// The document's first title in a note label's shape, set in the PDF's largest type (session 22, bookmarked set).
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdfAt = (fontSize: number, fontName = 'FandolHei-Regular') => ({
  pdf: { textLayer: true, fontSize, fontName, match: 1 },
});
const BODY = 'cron 是一个守护进程，负责执行计划的和周期性的命令，例如每天、每周、每月执行的命令。';
const body = (page: number): Spec => ({ page, type: 'text', text: BODY, hints: pdfAt(10.54, 'FandolSong-Regular') });

describe('a first title opening like a note label, in the largest type (pdf-title-type.ts)', () => {
  // ctexart × MinerU (session 21's fresh set, handbook zh task-scheduling): the title "使用 cron 和 atd 运行计划任务"
  // (20.74 pt over a 10.54 pt body) reads as the label "使用" and a note's title (demotions.ts `admonition`), and the
  // document lost its title (TEDS 0.833 in all four formats, with and without --pdf); ctexbook sets its title (17.22 pt)
  // smaller than its chapter headings (20.74 pt), on a page of its own.
  const specs = (titleSize?: number): Spec[] => [
    {
      page: 1,
      type: 'title',
      text: '使用 cron 和 atd 运行计划任务',
      ...(titleSize ? { hints: pdfAt(titleSize) } : {}),
    },
    body(1),
    { page: 1, type: 'title', text: '1 crontab 文件的格式', hints: pdfAt(14.35) },
    body(1),
    { page: 2, type: 'title', text: '注意 特殊的时间标记', hints: pdfAt(10.54) },
    body(2),
    { page: 2, type: 'title', text: '2 使用 at 命令', hints: pdfAt(20.74) },
    body(2),
  ];
  // first-title-sidebar (candidates.ts, the first title's place alone) keeps it too: off here, so the PDF rule is tested.
  const PDF_ONLY = { weights: { headings: { 'first-title-sidebar': 0 } } };
  const levelsOf = (titleSize?: number) => {
    const levels = headingsOf(makeDoc(specs(titleSize), 2), PDF_ONLY).levels;
    return specs().flatMap((s, i) => (levels.has(i) ? [[s.text, levels.get(i)]] : []));
  };
  it('keeps it the title with the PDF, the later note label demoted', () => {
    expect(levelsOf(17.22)).toEqual([
      ['使用 cron 和 atd 运行计划任务', 1],
      ['1 crontab 文件的格式', 2],
      ['2 使用 at 命令', 2],
    ]);
  });
  it('demotes it without the PDF, or at a section heading size', () => {
    for (const size of [undefined, 12])
      expect(levelsOf(size).map(([t]) => t)).toEqual(['1 crontab 文件的格式', '2 使用 at 命令']);
  });
  it("names the PDF type as the evidence where it holds, else the first title's place", () => {
    const features = (titleSize?: number) =>
      headingsOf(makeDoc(specs(titleSize), 2))
        .decisions.find((d) => d.ids[0] === 0)
        ?.features?.map((f) => f.id) ?? [];
    expect(features(17.22)).toContain('headings.pdf-title-type');
    expect(features(12)).toContain('headings.first-title-sidebar');
    expect(features(12)).not.toContain('headings.pdf-title-type');
  });
});
