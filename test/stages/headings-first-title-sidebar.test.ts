// The document's first title stands even where its words read as a sidebar's label and title ("使用 cron 和 atd
// 运行计划任务": two CJK characters and a space, src/stages/headings/demotions.ts ADMONITION): a sidebar follows a
// heading, it does not open the document (`first-title-sidebar`, candidates.ts). Hand-made after a fresh ctexart and
// ctexbook (session 21, pdf7 and head7; train source) whose title was dropped as a sidebar's in eight formats.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: '默认情况下，所有用户都可以运行计划任务。每个用户有他们自己的 crontab，其中记录了要调度的命令。',
  headingHeight: 0.02,
  bodyHeight: 0.05,
  charWidth: 0.02,
};

describe("a sidebar's form in the first title", () => {
  const heads = ['1 crontab 文件的格式', '观点 Btrfs 融合 LVM 和 RAID', '2 使用 at 命令'];

  it('is the title; the same form later is still a sidebar', () => {
    const { level, features } = headingRun('使用 cron 和 atd 运行计划任务', heads, LAYOUT);
    expect(level('使用 cron 和 atd 运行计划任务')).toBe(1);
    expect(features('使用 cron 和 atd 运行计划任务')).toContain('headings.first-title-sidebar');
    expect(level('1 crontab 文件的格式')).toBe(2);
    expect(level('观点 Btrfs 融合 LVM 和 RAID')).toBeUndefined();
  });

  it('is dropped as a sidebar with the weight off', () => {
    const { level } = headingRun('使用 cron 和 atd 运行计划任务', heads, LAYOUT, { 'first-title-sidebar': 0 });
    expect(level('使用 cron 和 atd 运行计划任务')).toBeUndefined();
  });
});
