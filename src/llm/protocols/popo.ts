// The `popo` protocol: MinerU-Popo's served model's own prompts and answers (popo-format.ts), so that
// model works unchanged. Text, title and image-text requests hold the task's blocks chunked by pages,
// with the page images when a PDF is given; in `unsure` mode text and image-text blocks are kept to
// the pages of the questions (plus any asked block the task's filter would leave out). Titles are
// always sent whole. A table pair is one text-only request.
import { FLOAT_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { maxOf } from '../../util/arrays.js';
import { assignUnits, planChunks } from '../chunking.js';
import type { Reading, TaskQuery } from '../questions.js';
import { chunkImage } from '../render.js';
import type { ChunkRequest, RunContext } from '../run-context.js';
import {
  filterImageText,
  filterTitles,
  filterTruncation,
  imageBlock,
  type PopoBlock,
  type PopoTask,
  parseCellList,
  parsePopoLevels,
  parsePopoPairs,
  popoLine,
  popoPrompt,
  popoTablePrompt,
  titleBlock,
  truncationBlock,
} from './popo-format.js';
import { readLevels, readLinks } from './reading.js';
import { type AnsweredReply, protocolFrom } from './types.js';

/** Blocks from their filter (on the given pages) plus the forced ids, ordered by page (stable). */
function blocks(
  run: RunContext,
  filtered: PopoBlock[],
  forced: number[],
  make: (el: Element) => PopoBlock,
  pages?: Set<number>,
) {
  const list = filtered.filter((b) => !pages || pages.has(b.page));
  const have = new Set(list.map((b) => b.id));
  for (const id of [...new Set(forced)].sort((a, b) => a - b)) if (!have.has(id)) list.push(make(run.el(id)));
  return list
    .map((b, i) => ({ b, i }))
    .sort((x, y) => x.b.page - y.b.page || x.i - y.i)
    .map((x) => x.b);
}

/** The chunk's pages as one image, when a PDF was given and can be rendered. */
function image(run: RunContext, pages: number[]): string | undefined {
  if (!run.llm.pdf) return undefined;
  return chunkImage(run.llm.pdf, pages, (why) => {
    if (!run.renderNoted) run.note(`${why}; running text-only`);
    run.renderNoted = true;
  });
}

/** Chunk requests for one block task. */
function chunkRequests(run: RunContext, task: PopoTask, list: PopoBlock[]): ChunkRequest[] {
  const units = list.map((b) => ({ page: b.page, cost: popoLine(b).length + 1, block: b }));
  const ranges = planChunks(units, run.chunking);
  return assignUnits(units, ranges).map((chunk, k) => {
    const text = popoPrompt(
      task,
      chunk.map((u) => u.block),
    );
    const url = image(
      run,
      [...new Set(chunk.map((u) => u.page))].sort((a, b) => a - b),
    );
    return {
      range: ranges[k],
      ids: chunk.map((u) => u.block.id),
      content: url
        ? [
            { type: 'image_url', image_url: { url } },
            { type: 'text', text },
          ]
        : [{ type: 'text', text }],
    };
  });
}

/**
 * Truncation Detection answers: `src → tgt` links between blocks of the chunk (tgt after src); a
 * block named in no link continues into nothing, unless the answer was malformed or cut off before it.
 */
function readText(_query: TaskQuery, request: ChunkRequest, reply: AnsweredReply): Reading<number | null> {
  const inChunk = new Set(request.ids);
  const answers = new Map<number, number | null>();
  const faults = new Map<number, string>();
  const parsed = parsePopoPairs(reply.content);
  const bad = new Set<number>();
  for (const { src, tgt } of parsed.items) {
    if (!inChunk.has(src) || !inChunk.has(tgt) || tgt <= src) {
      if (inChunk.has(src)) bad.add(src);
      continue;
    }
    if (!answers.has(src)) answers.set(src, tgt);
  }
  const lastSrc = Math.max(-1, maxOf(answers.keys()));
  for (const id of request.ids) {
    if (bad.has(id)) {
      answers.delete(id);
      faults.set(id, 'the answer was out of range');
    } else if (!answers.has(id)) {
      if (parsed.malformed.length) faults.set(id, 'the answer was malformed');
      else if (reply.cutOff && id > lastSrc) faults.set(id, 'the answer was cut off');
      else answers.set(id, null);
    }
  }
  return { answers, faults };
}

function tableRequests(query: TaskQuery): ChunkRequest[] {
  return query.asked.map((q) => {
    const a = query.run.el(q.src);
    const b = query.run.el(q.tgt!);
    return {
      range: { start: a.page, end: b.page },
      ids: [q.src],
      content: [{ type: 'text', text: popoTablePrompt(a.html ?? '', b.html ?? '') }],
    };
  });
}

/** The answer's last list: non-empty means one table, a 1 that a column's cell continues the cut row. */
function readTable(_query: TaskQuery, request: ChunkRequest, reply: AnsweredReply) {
  const answers = new Map<number, { merge: boolean; joinCutRow: boolean }>();
  const faults = new Map<number, string>();
  const cells = parseCellList(reply.content);
  for (const id of request.ids) {
    if (!cells) faults.set(id, reply.cutOff ? 'the answer was cut off' : 'the answer was malformed');
    else answers.set(id, { merge: cells.length > 0, joinCutRow: cells.includes(1) });
  }
  return { answers, faults };
}

function imageRequests(query: TaskQuery): ChunkRequest[] {
  const { run, asked } = query;
  const forced = asked.flatMap((q) => [q.src, ...query.candidates!.get(q.src)!.map((e) => e.id)]);
  // A caption's float may stand on the page before or after it.
  const pages =
    run.mode === 'all'
      ? undefined
      : new Set(asked.flatMap((q) => [run.el(q.src).page - 1, run.el(q.src).page, run.el(q.src).page + 1]));
  const list = blocks(run, filterImageText(run.body, run.boxOf), forced, (el) => imageBlock(el, run.boxOf(el)), pages);
  return chunkRequests(run, 'image', list);
}

export const popo = protocolFrom('popo', {
  text: {
    requests: ({ run, asked }) => {
      const forced = asked.flatMap((q) => [q.src, q.tgt!]);
      return chunkRequests(
        run,
        'text',
        blocks(run, filterTruncation(run.body), forced, truncationBlock, run.pagesOf(forced)),
      );
    },
    read: readText,
  },
  table: { requests: tableRequests, read: readTable },
  title: {
    requests: ({ run, all }) =>
      chunkRequests(
        run,
        'title',
        blocks(
          run,
          filterTitles(run.body),
          all.map((q) => q.src),
          titleBlock,
        ),
      ),
    read: (_query, request, reply) => {
      const parsed = parsePopoLevels(reply.content);
      return readLevels(parsed.items, parsed.malformed.length > 0, request, reply);
    },
  },
  image: {
    requests: imageRequests,
    read: (query, request, reply) => {
      const parsed = parsePopoPairs(reply.content);
      const inChunk = new Set(request.ids);
      return readLinks(parsed.items, parsed.malformed.length > 0, request, reply, {
        asked: new Set(query.asked.map((q) => q.src)),
        // Their answer names any block of the chunk: only a float is a caption's target.
        allowed: (_src, tgt) => tgt !== null && inChunk.has(tgt) && FLOAT_TYPES.has(query.run.el(tgt)?.type ?? ''),
        silence: 'no-link',
      });
    },
  },
});
