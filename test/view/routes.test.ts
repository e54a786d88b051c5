// The view's hono routes without a browser: assets, data files, and saving a reviewed structure
// (validated against the structure.json schema and the document's refs; a read-only source refuses).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOutputs } from '../../src/cli/outputs.js';
import { writeOutputs } from '../../src/cli/write.js';
import { EXIT_CODES } from '../../src/model/errors.js';
import { stitchSync } from '../../src/pipeline.js';
import { folderSource, serviceSource, viewRoutes } from '../../src/view/routes.js';

const fixture = new URL('../fixtures/docling/normal_4pages.json', import.meta.url).pathname;
let out: string;
let structureText: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'docstitch-view-routes-'));
  writeOutputs(out, renderOutputs(stitchSync(fixture), ['tree', 'structure']));
  structureText = readFileSync(join(out, 'structure.json'), 'utf8');
});

const post = (body: string) =>
  viewRoutes(folderSource(out)).request('/data/structure.reviewed.json', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('viewRoutes', () => {
  it('serves the page and its modules, and nothing else from disk', async () => {
    const app = viewRoutes(folderSource(out));
    const page = await app.request('/');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<script type="module" src="assets/view.js">');
    for (const name of ['view.js', 'model.js', 'draw.js', 'view.css']) {
      expect((await app.request(`/assets/${name}`)).status).toBe(200);
    }
    expect((await app.request('/assets/routes.ts')).status).toBe(404);
    expect((await app.request('/assets/..%2Froutes.ts')).status).toBe(404);
    expect((await app.request('/data/..%2Fstructure.json')).status).toBe(404);
  });

  it('serves the output files, and 404 for one the folder does not have', async () => {
    const app = viewRoutes(folderSource(out));
    const doc = await (await app.request('/data/document.json')).json();
    expect(doc.elements.length).toBe(doc.accounting.read);
    expect(await (await app.request('/data/structure.json')).text()).toBe(structureText);
    const chunks = await app.request('/data/chunks.jsonl');
    expect(chunks.status).toBe(404);
    expect((await chunks.json()).error).toContain('chunks.jsonl');
    expect(await (await app.request('/data/source')).json()).toEqual({ name: out, canSave: true, service: false });
  });

  it('saves a valid structure as structure.reviewed.json', async () => {
    const edited = JSON.parse(structureText);
    edited.furniture = edited.furniture.slice(1);
    const response = await post(JSON.stringify(edited));
    expect(response.status).toBe(200);
    expect((await response.json()).saved).toBe(join(out, 'structure.reviewed.json'));
    expect(JSON.parse(readFileSync(join(out, 'structure.reviewed.json'), 'utf8'))).toEqual(edited);
  });

  it('refuses a body that is not a structure, or that names refs the document does not have', async () => {
    const notJson = await post('{');
    expect(notJson.status).toBe(400);
    const wrong = await post(
      JSON.stringify({ ...JSON.parse(structureText), headings: [{ ref: '/texts/0', level: 0 }] }),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toBe(
      'not a structure.json: /headings/0/level: Too small: expected number to be >=1',
    );
    const invented = await post(JSON.stringify({ ...JSON.parse(structureText), furniture: ['/texts/99999'] }));
    expect(invented.status).toBe(400);
    expect((await invented.json()).error).toBe('unknown refs: /texts/99999');
  });

  it('a source without saveReviewed is read-only', async () => {
    const source = { name: 'response', read: () => structureText };
    const response = await viewRoutes(source).request('/data/structure.reviewed.json', {
      method: 'POST',
      body: structureText,
    });
    expect(response.status).toBe(405);
    expect(await (await viewRoutes(source).request('/data/source')).json()).toEqual({
      name: 'response',
      canSave: false,
      service: false,
    });
  });
});

describe('docstitch view, bad input', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  const view = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), 'view', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout };
  };

  it('a folder without document.json: one line naming the file, exit 3', () => {
    const empty = mkdtempSync(join(tmpdir(), 'docstitch-view-empty-'));
    const r = view(empty);
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr).toBe(
      `docstitch: ${join(empty, 'document.json')}: no document.json here: write one with \`docstitch INPUT --out DIR\`\n`,
    );
    expect(r.stdout).toBe('');
  });

  it('a document.json without element boxes (an older docstitch): exit 6 naming /elements', () => {
    const old = join(mkdtempSync(join(tmpdir(), 'docstitch-view-old-')), 'out');
    mkdirSync(old);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8'));
    delete doc.elements;
    writeFileSync(join(old, 'document.json'), JSON.stringify(doc));
    const r = view(old);
    expect(r.code).toBe(EXIT_CODES.schema);
    expect(r.stderr).toBe(
      `docstitch: ${join(old, 'document.json')}#/elements: no element boxes (written by an older docstitch): stitch the input again\n`,
    );
  });

  it('a port out of range is a usage error', () => {
    expect(view(out, '--port', '70000').code).toBe(EXIT_CODES.usage);
  });
  it('the service source (docstitch serve) says so and has no data of its own', async () => {
    const app = viewRoutes(serviceSource());
    expect(await (await app.request('/data/source')).json()).toEqual({
      name: 'docstitch serve',
      canSave: false,
      service: true,
    });
    expect((await app.request('/data/document.json')).status).toBe(404);
    expect((await app.request('/')).status).toBe(200);
  });
});
