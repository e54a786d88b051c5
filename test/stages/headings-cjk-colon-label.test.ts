// A short CJK topic, a colon and a title ("不相容性: 中断字段") is a heading's form, not a note's label (src/stages/
// headings/demotions.ts, ADMONITION: a note's label stands before its title with a space alone, "注意 Release 和
// Release.gpg 的发展"). Hand-made after a fresh ctexbook (session 21, head7; train source): the unnumbered
// `\subsection*` "不相容性: 中断字段" among "1.1 依赖：Depends 字段" and "1.2 冲突：冲突字段" was dropped as a
// sidebar's title in all nine formats.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: '软件包的元信息由控制文件中的字段给出，包管理器按照这些字段决定安装顺序和依赖关系。',
  headingHeight: 0.02,
  bodyHeight: 0.05,
  charWidth: 0.02,
};

describe('a CJK topic, a colon and a title', () => {
  it('is a heading; a label and a space before the title is still a note', () => {
    const heads = ['第一章 软件包元信息', '1.1 依赖：Depends 字段', '1.2 冲突：冲突字段', '不相容性: 中断字段'];
    const { level } = headingRun(
      '软件包元信息',
      [...heads, '注意 Release 和 Release.gpg 的发展', '1.3 提供项：Provides 字段'],
      LAYOUT,
    );
    expect(level('不相容性: 中断字段')).toBeDefined();
    expect(level('注意 Release 和 Release.gpg 的发展')).toBeUndefined();
    expect(level('1.3 提供项：Provides 字段')).toBe(3);
  });
});
