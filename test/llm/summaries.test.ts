// Section summaries by the model: written where it answers, extractive where a request fails.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SectionNode, TreeNode } from '../../src/model/tree.js';
import { stitchSync } from '../../src/pipeline.js';
import { stitch } from '../../src/stitch.js';
import { type ScriptedServer, startServer, userText } from './server.js';

const example = fileURLToPath(
  new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json', import.meta.url),
);

function sections(node: TreeNode, out: SectionNode[] = []): SectionNode[] {
  if (node.type === 'section') out.push(node as SectionNode);
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as TreeNode[]) sections(c, out);
  return out;
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('section summaries', () => {
  it('every section has extractive keywords and a summary without a model', () => {
    const all = sections(stitchSync(example).tree);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      expect(s.data.keywords?.length, s.data.id).toBeGreaterThan(0);
      expect(typeof s.data.summary).toBe('string');
    }
  });

  it('takes the model summary where it answers and keeps the extractive one where it fails', async () => {
    const extractive = new Map(sections(stitchSync(example).tree).map((s) => [s.data.id, s.data.summary]));
    server = await startServer((body) => {
      const text = userText(body);
      if (!text.startsWith('Section:')) return { content: '' }; // decision requests: no opinion
      if (text.includes('Introduction')) return { status: 500 };
      return { content: `MODEL SUMMARY of ${text.split('\n')[0]}` };
    });
    const result = await stitch(example, {
      llm: { baseURL: server.url, model: 'm', mode: 'all', protocol: 'json', summaries: true, retries: 0, apiKey: 'x' },
    });
    const all = sections(result.tree);
    const intro = all.find(
      (s) => s.children[0].type === 'heading' && JSON.stringify(s.children[0]).includes('1 Introduction'),
    )!;
    expect(intro.data.summary).toBe(extractive.get(intro.data.id));
    const written = all.filter((s) => s.data.summary?.startsWith('MODEL SUMMARY of Section:'));
    expect(written.length).toBeGreaterThan(all.length / 2);
    expect(result.markdown()).toContain('1 Introduction');
  });
});
