// Each protocol behind the one interface: the requests it builds for every task, and how it reads a
// reply into per-item answers in the task's terms (what silence, an unknown target or a bad level means).
import { describe, expect, it } from 'vitest';
import { protocolNamed } from '../../src/llm/protocols/index.js';
import { json } from '../../src/llm/protocols/json.js';
import { popo } from '../../src/llm/protocols/popo.js';
import type { TaskName, TaskQuery } from '../../src/llm/questions.js';
import type { RunContext } from '../../src/llm/run-context.js';
import { imageTask } from '../../src/llm/tasks/image.js';
import { tableTask } from '../../src/llm/tasks/table.js';
import { textTask } from '../../src/llm/tasks/text.js';
import { titleTask } from '../../src/llm/tasks/title.js';
import { context, requestText, sample } from './context.js';

const TASKS = { text: textTask, table: tableTask, title: titleTask, image: imageTask };

function query(run: RunContext, task: TaskName): TaskQuery {
  const all = TASKS[task].questions(run);
  const candidates = new Map([[4, [run.el(3), run.el(6)]]]);
  return { run, asked: all, all, candidates };
}

const reply = (content: string, cutOff = false) => ({ content, cutOff });

describe('registry', () => {
  it('looks protocols up by name', () => {
    expect(protocolNamed('popo')).toBe(popo);
    expect(protocolNamed('json')).toBe(json);
    expect(() => protocolNamed('xml' as 'json')).toThrow(/xml/);
  });
});

describe('popo protocol', () => {
  const run = context(sample(), { protocol: 'popo' });

  it('builds MinerU-Popo prompts for every task', () => {
    const text = popo.buildRequests('text', query(run, 'text'));
    expect(requestText(text[0])).toMatch(/^<image>\nTruncation Detection: <\|id\|>1<\|page\|>1<\|box\|>/);
    const title = popo.buildRequests('title', query(run, 'title'));
    expect(title.flatMap((r) => r.ids)).toEqual([0, 5]);
    const image = popo.buildRequests('image', query(run, 'image'));
    expect(requestText(image[0])).toContain('<|id|>3<|type|>image<|page|>2');
    const table = popo.buildRequests('table', query(run, 'table'));
    expect(requestText(table[0])).toMatch(/^\n## Table 1 \(Previous Page - Last Table\)/);
    expect(text.concat(title, image, table).every((r) => r.system === undefined)).toBe(true);
  });

  it('reads links: a block named in none continues into nothing; a backward link is out of range', () => {
    const q = query(run, 'text');
    const [request] = popo.buildRequests('text', q);
    const read = popo.parseAnswer('text', q, request, reply('<|src_id|>1<|tgt_id|>2'));
    expect(read.answers.get(1)).toBe(2);
    expect(read.answers.get(2)).toBeNull();
    const backward = popo.parseAnswer('text', q, request, reply('<|src_id|>2<|tgt_id|>1'));
    expect(backward.faults.get(2)).toMatch(/out of range/);
    expect(popo.parseAnswer('text', q, request, reply('no idea')).faults.get(1)).toMatch(/malformed/);
  });

  it('reads the table cell list and the title levels', () => {
    const tq = query(run, 'table');
    const [table] = popo.buildRequests('table', tq);
    expect(popo.parseAnswer('table', tq, table, reply('[0, 1]')).answers.get(6)).toEqual({
      merge: true,
      joinCutRow: true,
    });
    expect(popo.parseAnswer('table', tq, table, reply('[]')).answers.get(6)).toEqual({
      merge: false,
      joinCutRow: false,
    });
    expect(popo.parseAnswer('table', tq, table, reply('yes', true)).faults.get(6)).toMatch(/cut off/);
    const hq = query(run, 'title');
    const [title] = popo.buildRequests('title', hq);
    const levels = popo.parseAnswer('title', hq, title, reply('<|id|>0<|level|>1\n<|id|>5<|level|>0'));
    expect(levels.answers.get(0)).toBe(1);
    expect(levels.faults.get(5)).toMatch(/out of range/);
  });

  it('takes only a float of the chunk as a caption’s target', () => {
    const q = query(run, 'image');
    const [request] = popo.buildRequests('image', q);
    expect(popo.parseAnswer('image', q, request, reply('<|src_id|>4<|tgt_id|>3')).answers.get(4)).toBe(3);
    expect(popo.parseAnswer('image', q, request, reply('<|src_id|>4<|tgt_id|>5')).faults.get(4)).toMatch(
      /out of range/,
    );
    expect(popo.parseAnswer('image', q, request, reply('')).answers.get(4)).toBeNull();
  });
});

describe('json protocol', () => {
  const run = context(sample(), { protocol: 'json' });

  it('builds prompts with a system message and a strict schema for every task', () => {
    for (const task of ['text', 'table', 'title', 'image'] as const) {
      const requests = json.buildRequests(task, query(run, task));
      expect(requests.length).toBeGreaterThan(0);
      for (const r of requests) {
        expect(r.system).toBeTruthy();
        expect((r.responseFormat as { json_schema: { strict: boolean } }).json_schema.strict).toBe(true);
      }
    }
    const [text] = json.buildRequests('text', query(run, 'text'));
    expect(JSON.parse(requestText(text).slice(requestText(text).indexOf('\n') + 1)).pairs[0].pair).toBe('1-2');
  });

  it('reads answers by id; an item left out gets none', () => {
    const q = query(run, 'text');
    const [request] = json.buildRequests('text', q);
    const yes = json.parseAnswer('text', q, request, reply('{"answers":[{"pair":"1-2","continues":true}]}'));
    expect(yes.answers.get(1)).toBe(2);
    const left = json.parseAnswer('text', q, request, reply('{"answers":[]}'));
    expect(left.answers.size).toBe(0);
    expect(left.faults.get(1)).toMatch(/left it out/);
    expect(json.parseAnswer('text', q, request, reply('nonsense')).faults.get(1)).toMatch(/malformed/);
  });

  it('takes a caption target only among the candidates offered, or none', () => {
    const q = query(run, 'image');
    const [request] = json.buildRequests('image', q);
    const read = (s: string) => json.parseAnswer('image', q, request, reply(s));
    expect(read('{"links":[{"caption":4,"target":6}]}').answers.get(4)).toBe(6);
    expect(read('{"links":[{"caption":4,"target":null}]}').answers.get(4)).toBeNull();
    expect(read('{"links":[{"caption":4,"target":5}]}').faults.get(4)).toMatch(/out of range/);
    expect(read('{"links":[]}').faults.get(4)).toMatch(/left it out/);
  });

  it('reads the table merge and the title levels', () => {
    const tq = query(run, 'table');
    const [table] = json.buildRequests('table', tq);
    expect(json.parseAnswer('table', tq, table, reply('{"merge":true,"joinCutRow":false}')).answers.get(6)).toEqual({
      merge: true,
      joinCutRow: false,
    });
    const hq = query(run, 'title');
    const [title] = json.buildRequests('title', hq);
    const levels = json.parseAnswer('title', hq, title, reply('{"levels":[{"id":0,"level":2},{"id":5,"level":-1}]}'));
    expect([levels.answers.get(0), levels.answers.get(5)]).toEqual([2, -1]);
  });
});
