// Generated tables for the office kinds (kinds.ts): what the real documents of the report set hold and the
// manuals lack — a datasheet's spec table in row groups (parameter, symbol, conditions, min/typ/max, unit), a
// balance sheet (line items in sections with subtotals, a note column, two year columns, negatives in
// brackets), a statistical release's rate table (dates down, rates across), an insurance rule's premium-rate
// table (age bands). Long enough to run over a page: LibreOffice repeats the head row
// (`table:table-header-rows`) on every page the table reaches, as the real documents do. All the text is
// generated from the seeded stream of the document; nothing here draws from another family's stream.
import type { Block, Lang } from '../blocks.js';
import type { Rng } from '../rng.js';

export type Table = Extract<Block, { kind: 'table' }>;

const L = <T>(lang: Lang, en: T, zh: T, ja: T): T => (lang === 'en' ? en : lang === 'zh' ? zh : ja);

/** 1234567 → "1,234,567"; negatives in brackets, as statements print them. */
export function money(n: number): string {
  const s = Math.abs(Math.round(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `(${s})` : s;
}

const fixed = (n: number, d: number) => n.toFixed(d);

const SPEC_GROUPS: Record<Lang, [string, [string, string, string][]][]> = {
  en: [
    [
      'Power supply',
      [
        ['Supply voltage', 'VDD', 'V'],
        ['Supply current, active', 'IDD', 'mA'],
        ['Supply current, sleep', 'ISLP', 'uA'],
        ['Power-on reset threshold', 'VPOR', 'V'],
      ],
    ],
    [
      'Digital inputs',
      [
        ['Input high voltage', 'VIH', 'V'],
        ['Input low voltage', 'VIL', 'V'],
        ['Input leakage current', 'ILK', 'nA'],
        ['Input capacitance', 'CIN', 'pF'],
      ],
    ],
    [
      'Timing',
      [
        ['Clock frequency', 'fCLK', 'MHz'],
        ['Start-up time', 'tSU', 'ms'],
        ['Conversion time', 'tCONV', 'us'],
        ['Hold time', 'tH', 'ns'],
      ],
    ],
    [
      'Thermal',
      [
        ['Operating temperature', 'TA', 'C'],
        ['Junction temperature', 'TJ', 'C'],
        ['Thermal resistance', 'RJA', 'C/W'],
      ],
    ],
  ],
  zh: [
    [
      '电源',
      [
        ['电源电压', 'VDD', 'V'],
        ['工作电流', 'IDD', 'mA'],
        ['休眠电流', 'ISLP', 'uA'],
        ['上电复位阈值', 'VPOR', 'V'],
      ],
    ],
    [
      '数字输入',
      [
        ['输入高电平', 'VIH', 'V'],
        ['输入低电平', 'VIL', 'V'],
        ['输入漏电流', 'ILK', 'nA'],
      ],
    ],
    [
      '时序',
      [
        ['时钟频率', 'fCLK', 'MHz'],
        ['启动时间', 'tSU', 'ms'],
        ['转换时间', 'tCONV', 'us'],
      ],
    ],
    [
      '热特性',
      [
        ['工作温度', 'TA', 'C'],
        ['结温', 'TJ', 'C'],
        ['热阻', 'RJA', 'C/W'],
      ],
    ],
  ],
  ja: [
    [
      '電源',
      [
        ['電源電圧', 'VDD', 'V'],
        ['動作電流', 'IDD', 'mA'],
        ['スリープ電流', 'ISLP', 'uA'],
      ],
    ],
    [
      'デジタル入力',
      [
        ['入力高レベル電圧', 'VIH', 'V'],
        ['入力低レベル電圧', 'VIL', 'V'],
        ['入力リーク電流', 'ILK', 'nA'],
      ],
    ],
    [
      'タイミング',
      [
        ['クロック周波数', 'fCLK', 'MHz'],
        ['起動時間', 'tSU', 'ms'],
        ['変換時間', 'tCONV', 'us'],
      ],
    ],
    [
      '熱特性',
      [
        ['動作温度', 'TA', 'C'],
        ['ジャンクション温度', 'TJ', 'C'],
      ],
    ],
  ],
};

/** A datasheet's electrical characteristics: row groups (a group label row), each parameter under several conditions. */
export function specTable(id: string, lang: Lang, rng: Rng, repeat: number): Table {
  const head = L(
    lang,
    ['Parameter', 'Symbol', 'Conditions', 'Min', 'Typ', 'Max', 'Unit'],
    ['参数', '符号', '条件', '最小值', '典型值', '最大值', '单位'],
    ['項目', '記号', '条件', '最小', '標準', '最大', '単位'],
  );
  const conds = ['VDD = 1.8 V', 'VDD = 3.3 V', 'VDD = 5.0 V', 'TA = 25 C', 'TA = 85 C', 'TA = -40 C'];
  const rows: string[][] = [];
  for (const [group, params] of SPEC_GROUPS[lang]) {
    rows.push([group, '', '', '', '', '', '']);
    for (const [name, sym, unit] of params) {
      const n = rng.int(1, repeat);
      const base = rng.next() * 50 + 0.5;
      for (let k = 0; k < n; k++) {
        const typ = base * (1 + k * 0.2);
        const lo = rng.chance(0.7) ? fixed(typ * 0.8, 2) : '';
        const hi = rng.chance(0.8) ? fixed(typ * 1.25, 2) : '';
        rows.push([k === 0 ? name : '', k === 0 ? sym : '', rng.pick(conds), lo, fixed(typ, 2), hi, unit]);
      }
    }
  }
  return { id, kind: 'table', headRows: [head], bodyRows: rows };
}

const BS_EN: [string, string[]][] = [
  [
    'Non-current assets',
    [
      'Property, plant and equipment',
      'Right-of-use assets',
      'Intangible assets',
      'Goodwill',
      'Investments in associates',
      'Deferred tax assets',
      'Other financial assets',
    ],
  ],
  [
    'Current assets',
    [
      'Inventories',
      'Trade receivables',
      'Contract assets',
      'Prepayments',
      'Derivative financial instruments',
      'Cash and cash equivalents',
    ],
  ],
  [
    'Equity',
    [
      'Share capital',
      'Share premium',
      'Retained earnings',
      'Translation reserve',
      'Hedging reserve',
      'Non-controlling interests',
    ],
  ],
  [
    'Non-current liabilities',
    ['Borrowings', 'Lease liabilities', 'Provisions', 'Deferred tax liabilities', 'Employee benefit obligations'],
  ],
  [
    'Current liabilities',
    [
      'Trade payables',
      'Accrued expenses',
      'Current tax liabilities',
      'Short-term borrowings',
      'Contract liabilities',
      'Dividends payable',
    ],
  ],
];
const BS_ZH: [string, string[]][] = [
  ['非流动资产', ['固定资产', '使用权资产', '无形资产', '商誉', '长期股权投资', '递延所得税资产', '其他金融资产']],
  ['流动资产', ['存货', '应收账款', '合同资产', '预付款项', '衍生金融资产', '货币资金']],
  ['所有者权益', ['实收资本', '资本公积', '未分配利润', '外币报表折算差额', '少数股东权益']],
  ['非流动负债', ['长期借款', '租赁负债', '预计负债', '递延所得税负债']],
  ['流动负债', ['应付账款', '应付职工薪酬', '应交税费', '短期借款', '合同负债', '应付股利']],
];
const BS_JA: [string, string[]][] = [
  ['固定資産', ['有形固定資産', '使用権資産', '無形固定資産', 'のれん', '関係会社株式', '繰延税金資産']],
  ['流動資産', ['棚卸資産', '売掛金', '契約資産', '前払費用', '現金及び預金']],
  ['純資産', ['資本金', '資本剰余金', '利益剰余金', '為替換算調整勘定', '非支配株主持分']],
  ['固定負債', ['長期借入金', 'リース債務', '引当金', '繰延税金負債']],
  ['流動負債', ['買掛金', '未払費用', '未払法人税等', '短期借入金', '契約負債']],
];

/** A balance sheet: sections of line items with a note number and two year columns, a total row per section. */
export function balanceSheet(id: string, lang: Lang, rng: Rng, year: number): Table {
  const head = L(
    lang,
    ['', 'Note', `31 Dec ${year}`, `31 Dec ${year - 1}`],
    ['项目', '附注', `${year}年12月31日`, `${year - 1}年12月31日`],
    ['科目', '注記', `${year}年12月31日`, `${year - 1}年12月31日`],
  );
  const total = L(lang, 'Total ', '', '');
  const totalEnd = L(lang, '', '合计', '合計');
  const rows: string[][] = [];
  let note = 3;
  for (const [section, items] of L(lang, BS_EN, BS_ZH, BS_JA)) {
    rows.push([section, '', '', '']);
    let a = 0;
    let b = 0;
    for (const item of items) {
      const x = Math.round((rng.next() * 900 + 10) * 1000) * (rng.chance(0.08) ? -1 : 1);
      const y = Math.round(x * (0.7 + rng.next() * 0.6));
      a += x;
      b += y;
      rows.push([item, rng.chance(0.6) ? String(note++) : '', money(x), money(y)]);
    }
    const name = lang === 'en' ? `${total}${section.toLowerCase()}` : `${section}${totalEnd}`;
    rows.push([name, '', money(a), money(b)]);
  }
  return { id, kind: 'table', headRows: [head], bodyRows: rows };
}

/** A statistical release's rate table: business days down, three or four rates across, a change column. */
export function rateTable(id: string, lang: Lang, rng: Rng, days: number): Table {
  const cols = L(
    lang,
    ['Overnight (%)', '1 month (%)', '3 months (%)', '12 months (%)'],
    ['隔夜（%）', '1个月（%）', '3个月（%）', '1年（%）'],
    ['翌日物（%）', '1か月（%）', '3か月（%）', '12か月（%）'],
  ).slice(0, rng.int(3, 4));
  const head = [L(lang, 'Date', '日期', '日付'), ...cols, L(lang, 'Change (bp)', '变动（基点）', '変化（bp）')];
  const start = new Date(Date.UTC(2025, rng.int(0, 11), rng.int(1, 28)));
  let r = cols.map((_, i) => 2 + i * 0.35 + rng.next());
  const rows: string[][] = [];
  for (let d = 0; rows.length < days; d++) {
    const t = new Date(start.getTime() + d * 86400000);
    if (t.getUTCDay() === 0 || t.getUTCDay() === 6) continue;
    const step = (rng.next() - 0.5) * 0.1;
    r = r.map((x) => Math.max(0.05, x + step + (rng.next() - 0.5) * 0.02));
    const date = t.toISOString().slice(0, 10);
    rows.push([date, ...r.map((x) => fixed(x, 3)), fixed(step * 100, 1)]);
  }
  return { id, kind: 'table', headRows: [head], bodyRows: rows };
}

/** An insurance rule's premium rates: age bands down, the rate per 1,000 of cover for each plan term. */
export function premiumTable(id: string, lang: Lang, rng: Rng, bands: number): Table {
  const terms = [5, 10, 15, 20].slice(0, rng.int(3, 4));
  const head = [
    L(lang, 'Age', '年龄', '年齢'),
    ...terms.map((t) => L(lang, `${t}-year term`, `${t}年期`, `${t}年満期`)),
  ];
  const rows: string[][] = [];
  const step = rng.pick([1, 2, 5]);
  // ages 18 to 80 at most
  for (let k = 0; k < Math.min(bands, Math.floor(62 / step) + 1); k++) {
    const age = 18 + k * step;
    const label = step === 1 ? String(age) : `${age}-${age + step - 1}`;
    rows.push([label, ...terms.map((t) => fixed(0.4 + age * age * 0.004 * (1 + t / 40) + rng.next() * 0.05, 2))]);
  }
  return { id, kind: 'table', headRows: [head], bodyRows: rows };
}
