// The DEV set's datasheet leftover (issue #15, gold3's "noticed"): MinerU nests a subsection's heading set right above
// its table in the table's entry, as table_caption ("1.5.1 最小脉冲放电截止电压 …"). Hand-made pages after that datasheet:
// a caption opening with a section number that continues the headings' sequence is a heading (promote.ts,
// section-captions.ts); controls: a labelled caption ("Table 1.2 …") and a one-rank number ("1 Results …") stay captions.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  '脉冲放电必须严格符合本产品标准所述的充电状态和电芯温度条件。 The pulse current and its duration follow the table.';
const TABLE = '<table><tr><td>-30°C≤T<55C</td><td>2.0 V</td></tr></table>';

function page(captions: [string, string]): Spec[] {
  return [
    { page: 1, type: 'title', text: '1.4 放电模式 Discharge mode', bbox: col(0.05, 0.07) },
    { page: 1, type: 'text', text: BODY, bbox: col(0.08, 0.15) },
    { page: 1, type: 'title', text: '1.5 脉冲放电模式 Pulse discharge specification', bbox: col(0.17, 0.19) },
    { page: 1, type: 'text', text: BODY, bbox: col(0.2, 0.27) },
    { page: 1, type: 'table_caption', text: captions[0], bbox: col(0.29, 0.31) },
    { page: 1, type: 'table', text: '-30°C≤T<55C 2.0 V', html: TABLE, bbox: col(0.32, 0.4) },
    { page: 1, type: 'table_caption', text: captions[1], bbox: col(0.42, 0.44) },
    { page: 1, type: 'table', text: '-30°C≤T<55C 2.0 V', html: TABLE, bbox: col(0.45, 0.55) },
    {
      page: 1,
      type: 'title',
      text: '1.5.3 脉冲后保护模式 Protection mode after pulse discharge',
      bbox: col(0.57, 0.59),
    },
    { page: 1, type: 'text', text: BODY, bbox: col(0.6, 0.67) },
  ];
}

function levels(captions: [string, string]) {
  const specs = page(captions);
  const r = headingsOf(makeDoc(specs));
  return specs.map((s, i) => (s.type === 'table_caption' || s.text?.startsWith('1.5') ? r.levels.get(i) : null));
}

describe('a section heading typed as a table caption', () => {
  it('"1.5.1 …" and "1.5.2 …" continue the sequence under "1.5": headings beside "1.5.3"', () => {
    const l = levels([
      '1.5.1 最小脉冲放电截止电压 Minimum pulse discharge limit voltage',
      '1.5.2 允许的脉冲放电功率 Pulse power',
    ]);
    expect([l[2], l[4], l[6], l[8]]).toEqual([1, 2, 2, 2]);
  });

  it('control: a labelled caption and a one-rank number stay captions', () => {
    const l = levels(['Table 1.2 Minimum pulse discharge limit voltage', '1 Results by cell temperature']);
    expect([l[4], l[6]]).toEqual([undefined, undefined]);
  });
});
