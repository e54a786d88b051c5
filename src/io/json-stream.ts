// JSON written in pieces: the same characters as `JSON.stringify(value, null, indent)`, handed to `write` a
// piece at a time, so a large output (document.json of a long document) never has to exist as one string.
// The outer `depth` levels of arrays and plain objects are walked here; anything deeper is one
// JSON.stringify call, its lines indented to where it stands (a JSON string holds no raw line break).

import { deflateRawSync, inflateRawSync } from 'node:zlib';

export type Write = (chunk: string) => void;

/**
 * An array written as the array of `map(item)` (its `toJSON`): the walk maps it slice by slice as it writes, so
 * the mapped copy of a long list (document.json's `elements`: 209,394 objects at 10,000 pages) never exists whole.
 */
export class MappedItems<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}
  toJSON(): unknown[] {
    return this.items.map((item) => this.map(item));
  }
}

/** Characters of written JSON deflated together (`WrittenJson` with `deflate`): a few calls, each buffer small. */
const DEFLATE_GROUP_CHARS = 1 << 22;

/**
 * A member already written as `writeJson` writes it at its place in a file (the file's indent, its level, the levels
 * walked), held as those pieces until the file reaches it, so the objects it was made from can go before the file is
 * written (src/cli/outputs.ts, `consume`). With `deflate`, the pieces are held deflated, a group of about
 * `DEFLATE_GROUP_CHARS` at a time (document.json's decisions at 10,000 pages: 52 MB of objects, 25 M characters of
 * text, 1 MB deflated), and inflated as they are written. `writeJson` writes the pieces of a member given as one,
 * after checking they were written for that place; any other serializer gets the value back (`toJSON`).
 */
export class WrittenJson {
  private constructor(
    private readonly parts: ReadonlyArray<string | Uint8Array>,
    readonly step: string,
    readonly at: string,
  ) {}

  /** `value` as a member `level` levels deep (1: of the top object) of a file indented by `indent`, `depth` walked. */
  static of(value: unknown, indent: number, level: number, depth: number, options: { deflate?: boolean } = {}) {
    const json = jsonValue(value, '');
    if (json === undefined) throw new TypeError('WrittenJson: the value has no JSON form');
    const step = ' '.repeat(indent);
    const at = step.repeat(level);
    const parts: Array<string | Uint8Array> = [];
    let group: string[] = [];
    let chars = 0;
    const flush = () => {
      if (group.length) parts.push(deflateRawSync(Buffer.from(group.join(''), 'utf8'), { level: 1 }));
      group = [];
      chars = 0;
    };
    walk(
      json,
      step,
      at,
      (chunk) => {
        if (!options.deflate) return void parts.push(chunk);
        group.push(chunk);
        chars += chunk.length;
        if (chars >= DEFLATE_GROUP_CHARS) flush();
      },
      depth,
    );
    flush();
    return new WrittenJson(parts, step, at);
  }

  /** The pieces, in order (inflated one group at a time). */
  write(write: Write): void {
    for (const part of this.parts) write(typeof part === 'string' ? part : inflateRawSync(part).toString('utf8'));
  }

  toJSON(): unknown {
    const pieces: string[] = [];
    this.write((chunk) => pieces.push(chunk));
    return JSON.parse(pieces.join(''));
  }
}

/**
 * Write `value` as `JSON.stringify(value, null, indent)` would (`indent` spaces, ≥ 1), walking `depth` levels
 * (each a JSON.stringify call per member: walk only as deep as the pieces need to be small), or for a member
 * of the top object named in `memberDepth`, that many levels below it.
 */
export function writeJson(
  value: unknown,
  indent: number,
  write: Write,
  depth = 2,
  memberDepth: Readonly<Record<string, number>> = {},
): void {
  const json = jsonValue(value, '');
  if (json === undefined) throw new TypeError('writeJson: the value has no JSON form');
  walk(json, ' '.repeat(indent), '', write, depth, memberDepth);
}

/** The value JSON.stringify would serialize for `value` under `key` (its `toJSON`), or undefined when omitted. */
function jsonValue(value: unknown, key: string): unknown {
  const v =
    value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON: (key: string) => unknown }).toJSON(key)
      : value;
  return v === undefined || typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
}

/** Plain arrays and objects are walked; boxed primitives and the rest go to JSON.stringify whole. */
function walkable(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function walk(
  v: unknown,
  step: string,
  at: string,
  write: Write,
  depth: number,
  memberDepth: Readonly<Record<string, number>> = {},
): void {
  if (Array.isArray(v) && v.length > 0 && depth <= 1) {
    writeItems(v, step, at, write);
    return;
  }
  if (depth <= 0 || !walkable(v)) {
    const s = JSON.stringify(v, null, step);
    write(at && s.includes('\n') ? s.replaceAll('\n', `\n${at}`) : s);
    return;
  }
  const inner = at + step;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      write('[]');
      return;
    }
    write('[');
    for (let i = 0; i < v.length; i++) {
      write(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const item = jsonValue(v[i], String(i));
      if (item === undefined) write('null');
      else walk(item, step, inner, write, depth - 1);
    }
    write(`\n${at}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(v)) {
    const member = (v as Record<string, unknown>)[key];
    if (member instanceof WrittenJson) {
      if (member.step !== step || member.at !== inner)
        throw new TypeError(`writeJson: "${key}" was written for another place`);
      write(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      member.write(write);
      continue;
    }
    const below = Object.hasOwn(memberDepth, key) ? memberDepth[key] : depth - 1;
    // a mapped list written as its slices are mapped (what `walk` does with the array its toJSON makes)
    const mapped = member instanceof MappedItems && member.items.length > 0 && below <= 1 ? member : undefined;
    const item = mapped ?? jsonValue(member, key);
    if (item === undefined) continue;
    write(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    if (mapped) writeItems(mapped.items, step, inner, write, mapped.map);
    else walk(item, step, inner, write, below);
  }
  write(first ? '{}' : `\n${at}}`);
}

/** Items of an array written whole per JSON.stringify call. */
const ITEMS_PER_CALL = 256;

/**
 * The items of an array, each written whole, `ITEMS_PER_CALL` per JSON.stringify call: the call is given them
 * nested in as many arrays as the array stands deep, so they come out indented already, and the brackets
 * around them are cut off (no re-indenting pass over the text). Items with a `toJSON` go one by one, as
 * `toJSON` is told their index. With `map`, each slice is mapped before it is written (`MappedItems`).
 */
function writeItems<T>(v: readonly T[], step: string, at: string, write: Write, map?: (item: T) => unknown): void {
  const levels = at.length / step.length;
  let prefix = '[';
  for (let j = 1; j <= levels; j++) prefix += `\n${step.repeat(j)}[`;
  prefix += `\n${at}${step}`;
  let suffix = `\n${at}]`;
  for (let j = levels - 1; j >= 0; j--) suffix += `\n${step.repeat(j)}]`;
  write('[');
  for (let from = 0; from < v.length; from += ITEMS_PER_CALL) {
    const slice = v.slice(from, from + ITEMS_PER_CALL);
    const items: unknown[] = map ? slice.map(map) : slice;
    if (items.some(hasToJson)) {
      items.forEach((item, k) => {
        write(from + k === 0 ? `\n${at}${step}` : `,\n${at}${step}`);
        const json = jsonValue(item, String(from + k));
        walk(json === undefined ? null : json, step, at + step, write, 0);
      });
      continue;
    }
    let nested: unknown = items;
    for (let j = 0; j < levels; j++) nested = [nested];
    const s = JSON.stringify(nested, null, step);
    write(`${from === 0 ? '\n' : ',\n'}${at}${step}${s.slice(prefix.length, s.length - suffix.length)}`);
  }
  write(`\n${at}]`);
}

const hasToJson = (item: unknown) =>
  item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function';

/** A writer that gathers pieces into chunks of about `size` characters before passing them on. */
export function buffered(flush: (chunk: string) => void, size = 1 << 20): { write: Write; end: () => void } {
  let parts: string[] = [];
  let length = 0;
  const out = () => {
    if (parts.length) flush(parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    write: (chunk) => {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) out();
    },
    end: out,
  };
}
