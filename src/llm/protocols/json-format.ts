// The `json` protocol: compact prompts of our own for general chat models, each with a JSON schema
// for the answer (OpenAI `response_format: json_schema`, strict). Items carry our element ids; the
// answer names them back. Answers are validated here: anything not matching the schema is malformed.

export const JSON_SYSTEM =
  'You repair the structure of a document that a parser read page by page. Answer only with JSON that follows the given schema.';

export interface JsonTextPair {
  pair: string;
  page: number;
  /** End of the first fragment. */
  before: string;
  nextPage: number;
  /** Start of the second fragment. */
  after: string;
}

export interface JsonTitle {
  id: number;
  page: number;
  text: string;
}

export interface JsonCaption {
  id: number;
  page: number;
  kind: string;
  text: string;
  candidates: Array<{ id: number; kind: string; page: number; text: string }>;
}

export interface JsonTablePair {
  pair: string;
  lastRowsOfFirst: string[][];
  firstRowsOfSecond: string[][];
  caption?: string;
}

const schema = (name: string, properties: Record<string, unknown>, required: string[]) => ({
  type: 'json_schema',
  json_schema: {
    name,
    strict: true,
    schema: { type: 'object', properties, required, additionalProperties: false },
  },
});

const array = (items: Record<string, unknown>, required: string[]) => ({
  type: 'array',
  items: { type: 'object', properties: items, required, additionalProperties: false },
});

export const JSON_SCHEMAS = {
  text: schema(
    'continuations',
    { answers: array({ pair: { type: 'string' }, continues: { type: 'boolean' } }, ['pair', 'continues']) },
    ['answers'],
  ),
  title: schema(
    'heading_levels',
    { levels: array({ id: { type: 'integer' }, level: { type: 'integer' } }, ['id', 'level']) },
    ['levels'],
  ),
  image: schema(
    'caption_links',
    {
      links: array({ caption: { type: 'integer' }, target: { type: ['integer', 'null'] } }, ['caption', 'target']),
    },
    ['links'],
  ),
  table: schema('table_merge', { merge: { type: 'boolean' }, joinCutRow: { type: 'boolean' } }, [
    'merge',
    'joinCutRow',
  ]),
};

export function jsonTextPrompt(pairs: readonly JsonTextPair[]): string {
  return `Each pair is the end of one text fragment and the start of the next, separated by a page break, a column break or a figure. Does the second fragment continue the same paragraph (a sentence cut by the break)? Answer for every pair.\n${JSON.stringify({ pairs })}`;
}

export function jsonTitlePrompt(titles: readonly JsonTitle[]): string {
  return `These are the titles of part of a document, in reading order. Give each its heading level: 1 for the document title or top sections, 2 for their subsections, and so on; -1 if it is not a heading at all (a caption, a label, running text). Answer for every id.\n${JSON.stringify({ titles })}`;
}

export function jsonCaptionPrompt(captions: readonly JsonCaption[]): string {
  return `Each caption or footnote lists the figures and tables near it. Which one does it belong to? target is the id of that float, or null if none.\n${JSON.stringify({ captions })}`;
}

export function jsonTablePrompt(pair: JsonTablePair): string {
  return `A table may continue from one page to the next. Given the last row(s) of the first table and the first data row(s) of the second (repeated header rows left out), are they one table? joinCutRow: the second's first row completes the first's last row, cut by the page break.\n${JSON.stringify(pair)}`;
}

function parseObject(answer: string): Record<string, unknown> | undefined {
  const start = answer.indexOf('{');
  const end = answer.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    const value: unknown = JSON.parse(answer.slice(start, end + 1));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export interface JsonParsed<T> {
  items: T[];
  /** Entries that did not match the schema. */
  malformed: number;
  /** The whole answer was not a JSON object of the right shape. */
  invalid: boolean;
}

function parseList<T>(answer: string, key: string, item: (v: Record<string, unknown>) => T | undefined): JsonParsed<T> {
  const object = parseObject(answer);
  const list = object?.[key];
  if (!Array.isArray(list)) return { items: [], malformed: 0, invalid: true };
  const items: T[] = [];
  let malformed = 0;
  for (const v of list) {
    const parsed = v && typeof v === 'object' ? item(v as Record<string, unknown>) : undefined;
    if (parsed === undefined) malformed++;
    else items.push(parsed);
  }
  return { items, malformed, invalid: false };
}

export function parseJsonText(answer: string): JsonParsed<{ pair: string; continues: boolean }> {
  return parseList(answer, 'answers', (v) =>
    typeof v.pair === 'string' && typeof v.continues === 'boolean'
      ? { pair: v.pair, continues: v.continues }
      : undefined,
  );
}

export function parseJsonLevels(answer: string): JsonParsed<{ id: number; level: number }> {
  return parseList(answer, 'levels', (v) => (isInt(v.id) && isInt(v.level) ? { id: v.id, level: v.level } : undefined));
}

export function parseJsonLinks(answer: string): JsonParsed<{ caption: number; target: number | null }> {
  return parseList(answer, 'links', (v) =>
    isInt(v.caption) && (v.target === null || isInt(v.target)) ? { caption: v.caption, target: v.target } : undefined,
  );
}

export function parseJsonTable(answer: string): { merge: boolean; joinCutRow: boolean } | undefined {
  const o = parseObject(answer);
  if (!o || typeof o.merge !== 'boolean') return undefined;
  return { merge: o.merge, joinCutRow: o.joinCutRow === true };
}
