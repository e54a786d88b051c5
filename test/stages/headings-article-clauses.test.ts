// Articles whose clauses carry their number (headings/article-clauses.ts, `article-holds-clauses`). Hand-made, after
// Vietnamese insurance terms as DeepSeek-OCR gives them: every heading typed sub_title at one height, the articles
// "ĐIỀU n:" in capitals, the clauses "n.m." and "n.m.k." under them.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    'QUY TẮC VÀ ĐIỀU KHOẢN SẢN PHẨM BẢO HIỂM LIÊN KẾT CHUNG',
    headings,
    {
      body: 'Một dòng văn bản của điều khoản, kết thúc bằng dấu chấm.',
      titleHeight: 0.016,
      headingHeight: 0.016,
      bodyHeight: 0.016,
      charWidth: 0.012,
    },
    weights,
  );
}

const TERMS = [
  'ĐIỀU 1: ĐỊNH NGHĨA',
  'ĐIỀU 4: BẢO HIỂM TẠM THỜI',
  '4.1. Thời gian bảo hiểm tạm thời',
  '4.2. Quyền lợi bảo hiểm tạm thời',
  'ĐIỀU 5: QUYỀN LỢI BẢO HIỂM',
  '5.1. Quyền lợi tử vong',
  'ĐIỀU 17: THỦ TỤC GIẢI QUYẾT QUYỀN LỢI BẢO HIỂM',
  '17.1. Thứ tự ưu tiên nhận quyền lợi bảo hiểm',
  '17.1.1. Đối với Quyền lợi đáo hạn:',
  '17.2. Thời hạn nộp yêu cầu giải quyết quyền lợi bảo hiểm',
];

describe('articles that hold clauses numbered with their number', () => {
  it('the articles are the top sections, "n.m" under them, "n.m.k" under those', () => {
    const { level, features } = levels(TERMS);
    expect(level('ĐIỀU 1: ĐỊNH NGHĨA')).toBe(2);
    expect(level('ĐIỀU 4: BẢO HIỂM TẠM THỜI')).toBe(2);
    expect(level('4.1. Thời gian bảo hiểm tạm thời')).toBe(3);
    expect(level('ĐIỀU 5: QUYỀN LỢI BẢO HIỂM')).toBe(2);
    expect(level('17.1.1. Đối với Quyền lợi đáo hạn:')).toBe(4);
    expect(level('17.2. Thời hạn nộp yêu cầu giải quyết quyền lợi bảo hiểm')).toBe(3);
    expect(features('ĐIỀU 4: BẢO HIỂM TẠM THỜI')).toContain('headings.article-holds-clauses');
  });

  it('clauses that do not carry the article numbers leave the articles the smallest unit', () => {
    const { level } = levels(['1.1. Scope', 'ĐIỀU 1: ĐỊNH NGHĨA', '2.1. Other', 'ĐIỀU 2: HỢP ĐỒNG', '3.4. Third']);
    expect(level('ĐIỀU 1: ĐỊNH NGHĨA')).toBeGreaterThan(level('1.1. Scope')!);
  });

  it('off (weight 0), an article stays below every other numbering', () => {
    const { level } = levels(TERMS, { 'article-holds-clauses': 0 });
    // "4.1" is then the top numbering and the next article falls under it.
    expect(level('4.1. Thời gian bảo hiểm tạm thời')).toBe(2);
    expect(level('ĐIỀU 5: QUYỀN LỢI BẢO HIỂM')).toBeGreaterThan(level('ĐIỀU 4: BẢO HIỂM TẠM THỜI')!);
  });
});
