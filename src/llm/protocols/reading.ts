// Reading steps both protocols share once an answer is parsed into items: which items are out of
// range, and why an item the request held got no answer.
import type { Reading } from '../questions.js';
import type { ChunkRequest } from '../run-context.js';
import type { AnsweredReply } from './types.js';

/** Heading levels answered for a chunk's titles: 1–12, or −1 for "not a heading". */
export function readLevels(
  items: ReadonlyArray<{ id: number; level: number }>,
  invalid: boolean,
  request: ChunkRequest,
  reply: AnsweredReply,
): Reading<number> {
  const inChunk = new Set(request.ids);
  const answers = new Map<number, number>();
  const faults = new Map<number, string>();
  const bad = new Set<number>();
  for (const { id, level } of items) {
    if (!inChunk.has(id)) continue;
    if (level === 0 || level < -1 || level > 12) bad.add(id);
    else if (!answers.has(id)) answers.set(id, level);
  }
  for (const id of request.ids) {
    if (bad.has(id)) {
      answers.delete(id);
      faults.set(id, 'the answer was out of range');
    } else if (!answers.has(id))
      faults.set(
        id,
        invalid ? 'the answer was malformed' : reply.cutOff ? 'the answer was cut off' : 'the answer left it out',
      );
  }
  return { answers, faults };
}

export interface LinkReadOptions {
  /** The sources asked about. */
  asked: ReadonlySet<number>;
  /** Whether the protocol's answer space holds this target. */
  allowed: (src: number, tgt: number | null) => boolean;
  /** An asked source the answer does not name: "no link" (popo lists only links) or left out (json). */
  silence: 'no-link' | 'left-out';
}

/** Caption → float links answered for a chunk's asked captions. */
export function readLinks(
  pairs: ReadonlyArray<{ src: number; tgt: number | null }>,
  malformed: boolean,
  request: ChunkRequest,
  reply: AnsweredReply,
  options: LinkReadOptions,
): Reading<number | null> {
  const inChunk = new Set(request.ids);
  const answers = new Map<number, number | null>();
  const faults = new Map<number, string>();
  const bad = new Set<number>();
  for (const { src, tgt } of pairs) {
    if (!options.asked.has(src) || !inChunk.has(src)) continue;
    if (!options.allowed(src, tgt)) bad.add(src);
    else if (!answers.has(src)) answers.set(src, tgt);
  }
  for (const id of request.ids.filter((x) => options.asked.has(x))) {
    if (bad.has(id)) {
      answers.delete(id);
      faults.set(id, 'the answer was out of range');
    } else if (!answers.has(id)) {
      if (malformed) faults.set(id, 'the answer was malformed');
      else if (reply.cutOff) faults.set(id, 'the answer was cut off');
      else if (options.silence === 'left-out') faults.set(id, 'the answer left it out');
      else answers.set(id, null);
    }
  }
  return { answers, faults };
}
