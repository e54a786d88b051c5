// The `json` protocol: compact prompts of our own for general chat models, each with a strict JSON
// schema for the answer (json-format.ts). Items carry our element ids and the answer names them back;
// an item the answer leaves out gets no answer (unlike popo, silence is not "no").
import { assignUnits, planChunks } from '../chunking.js';
import type { Reading, TaskQuery } from '../questions.js';
import type { ChunkRequest, RunContext } from '../run-context.js';
import {
  JSON_SCHEMAS,
  JSON_SYSTEM,
  jsonCaptionPrompt,
  jsonTablePrompt,
  jsonTextPrompt,
  jsonTitlePrompt,
  parseJsonLevels,
  parseJsonLinks,
  parseJsonTable,
  parseJsonText,
} from './json-format.js';
import { firstDataRows, lastRows, popoHeaderRows } from './popo-format.js';
import { readLevels, readLinks } from './reading.js';
import { type AnsweredReply, protocolFrom } from './types.js';

/** Items chunked by pages into requests of one prompt and schema. */
function chunks<T>(
  run: RunContext,
  units: Array<{ page: number; item: T; ids: number[] }>,
  prompt: (items: T[]) => string,
  responseFormat: Record<string, unknown>,
): ChunkRequest[] {
  const costed = units.map((u) => ({ ...u, cost: JSON.stringify(u.item).length + 1 }));
  const ranges = planChunks(costed, run.chunking);
  return assignUnits(costed, ranges).map((chunk, k) => ({
    range: ranges[k],
    ids: chunk.flatMap((u) => u.ids),
    system: JSON_SYSTEM,
    responseFormat,
    content: prompt(chunk.map((u) => u.item)),
  }));
}

function textRequests({ run, asked }: TaskQuery): ChunkRequest[] {
  const units = asked.map((q) => ({
    page: run.el(q.src).page,
    item: {
      pair: `${q.src}-${q.tgt}`,
      page: run.el(q.src).page,
      before: run.el(q.src).text.trim().slice(-200),
      nextPage: run.el(q.tgt!).page,
      after: run.el(q.tgt!).text.trim().slice(0, 200),
    },
    ids: [q.src],
  }));
  return chunks(run, units, (items) => jsonTextPrompt(items), JSON_SCHEMAS.text);
}

function readText(query: TaskQuery, request: ChunkRequest, reply: AnsweredReply): Reading<number | null> {
  const inChunk = new Set(request.ids);
  const answers = new Map<number, number | null>();
  const faults = new Map<number, string>();
  const parsed = parseJsonText(reply.content);
  const byPair = new Map(parsed.items.map((a) => [a.pair, a.continues]));
  for (const q of query.asked) {
    if (!inChunk.has(q.src)) continue;
    const v = byPair.get(`${q.src}-${q.tgt}`);
    if (parsed.invalid) faults.set(q.src, 'the answer was malformed');
    else if (v === undefined) faults.set(q.src, reply.cutOff ? 'the answer was cut off' : 'the answer left it out');
    else answers.set(q.src, v ? q.tgt! : null);
  }
  return { answers, faults };
}

function tableRequests({ run, asked }: TaskQuery): ChunkRequest[] {
  return asked.map((q) => {
    const a = run.el(q.src);
    const b = run.el(q.tgt!);
    const html1 = a.html ?? '';
    const html2 = b.html ?? '';
    return {
      range: { start: a.page, end: b.page },
      ids: [q.src],
      system: JSON_SYSTEM,
      responseFormat: JSON_SCHEMAS.table,
      content: jsonTablePrompt({
        pair: `${q.src}-${q.tgt}`,
        lastRowsOfFirst: lastRows(html1),
        firstRowsOfSecond: firstDataRows(html2, popoHeaderRows(html1, html2)),
      }),
    };
  });
}

function readTable(_query: TaskQuery, request: ChunkRequest, reply: AnsweredReply) {
  const answers = new Map<number, { merge: boolean; joinCutRow: boolean }>();
  const faults = new Map<number, string>();
  const parsed = parseJsonTable(reply.content);
  for (const id of request.ids) {
    if (!parsed) faults.set(id, 'the answer was malformed');
    else answers.set(id, { merge: parsed.merge, joinCutRow: parsed.joinCutRow });
  }
  return { answers, faults };
}

function titleRequests({ run, all }: TaskQuery): ChunkRequest[] {
  const ids = [...new Set([...run.body.filter((e) => e.type === 'title').map((e) => e.id), ...all.map((q) => q.src)])];
  const units = ids
    .sort((a, b) => a - b)
    .map((id) => ({
      page: run.el(id).page,
      item: { id, page: run.el(id).page, text: run.el(id).text.trim().slice(0, 120) },
      ids: [id],
    }));
  return chunks(run, units, (items) => jsonTitlePrompt(items), JSON_SCHEMAS.title);
}

function imageRequests({ run, asked, candidates }: TaskQuery): ChunkRequest[] {
  const units = asked.map((q) => {
    const el = run.el(q.src);
    return {
      page: el.page,
      ids: [q.src],
      item: {
        id: q.src,
        page: el.page,
        kind: el.type,
        text: el.text.trim().slice(0, 160),
        candidates: candidates!.get(q.src)!.map((e) => ({
          id: e.id,
          kind: e.type,
          page: e.page,
          text: e.text.trim().slice(0, 80),
        })),
      },
    };
  });
  return chunks(run, units, (items) => jsonCaptionPrompt(items), JSON_SCHEMAS.image);
}

export const json = protocolFrom('json', {
  text: { requests: textRequests, read: readText },
  table: { requests: tableRequests, read: readTable },
  title: {
    requests: titleRequests,
    read: (_query, request, reply) => {
      const parsed = parseJsonLevels(reply.content);
      return readLevels(parsed.items, parsed.invalid, request, reply);
    },
  },
  image: {
    requests: imageRequests,
    read: (query, request, reply) => {
      const parsed = parseJsonLinks(reply.content);
      const pairs = parsed.items.map((l) => ({ src: l.caption, tgt: l.target }));
      return readLinks(pairs, parsed.invalid || parsed.malformed > 0, request, reply, {
        asked: new Set(query.asked.map((q) => q.src)),
        // The answer picks among the candidates offered, or none.
        allowed: (src, tgt) => tgt === null || query.candidates!.get(src)!.some((e) => e.id === tgt),
        silence: 'left-out',
      });
    },
  },
});
