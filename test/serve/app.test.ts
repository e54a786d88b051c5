// The HTTP service through app.request (no socket): outputs equal to the CLI's, uploads, every error status,
// the token, the limits, and the OpenAPI document.
import { createHash } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { chunksJsonl } from '../../src/retrieval/chunk.js';
import { createApp, type ErrorResponse, type StitchResponse, stitchResponseSchema } from '../../src/serve/app.js';
import { errorResponseSchema } from '../../src/serve/schemas.js';
import { cliOutputs, documentJsonOf, fixturePath, postJson, readFixture, SAMPLES } from './helpers.js';

const app = createApp();

async function errorOf(response: Response): Promise<ErrorResponse['error']> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return errorResponseSchema.parse(await response.json()).error;
}

describe('POST /v1/stitch with a JSON body', () => {
  test.each(SAMPLES)('$file: the CLI’s outputs, byte for byte', async ({ file, format }) => {
    const path = fixturePath(file);
    const query = `?emit=elements,tree,md,structure,chunks,decisions&name=${encodeURIComponent(path)}`;
    const response = await app.request(...postJson(readFixture(file), query));
    expect(response.status).toBe(200);
    const body = (await response.json()) as StitchResponse;
    // Checked against the schema of the OpenAPI document (zod's parse would reorder the keys, so only check).
    expect(stitchResponseSchema.safeParse(body).error).toBeUndefined();
    expect(body.format).toBe(format);
    expect(body.document?.elements).toHaveLength(body.accounting.read);
    // Every element keeps its box (or null) and its ref into the uploaded file.
    const read = readWithAdapter(loadInput(path)).document;
    expect(body.document?.elements.map((e) => [e.ref, e.bbox])).toEqual(read.elements.map((e) => [e.ref, e.bbox]));

    const cli = cliOutputs(path, ['tree', 'md', 'structure', 'chunks']);
    expect(documentJsonOf(body)).toBe(cli['document.json']);
    expect(body.markdown).toBe(cli['document.md']);
    expect(`${JSON.stringify(body.structure, null, 2)}\n`).toBe(cli['structure.json']);
    expect(chunksJsonl(body.chunks ?? [])).toBe(cli['chunks.jsonl']);
  });

  test('without emit: the CLI’s default outputs (tree, md, structure) and no others', async () => {
    const body = (await (
      await app.request(...postJson(readFixture('marker/handmade-two-pages.json')))
    ).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ['accounting', 'docstitch', 'format', 'markdown', 'source', 'structure', 'tree', 'warnings'].sort(),
    );
    expect(body.source).toBe('body.json');
  });

  test('emit= (empty) gives the accounting only; chunkTokens sets the chunk budget', async () => {
    const text = readFixture('docling/multi_page.json');
    const bare = (await (await app.request(...postJson(text, '?emit='))).json()) as Record<string, unknown>;
    expect(bare.tree).toBeUndefined();
    expect(bare.markdown).toBeUndefined();
    const small = (await (
      await app.request(...postJson(text, '?emit=chunks&chunkTokens=64'))
    ).json()) as StitchResponse;
    const large = (await (
      await app.request(...postJson(text, '?emit=chunks&chunkTokens=1024'))
    ).json()) as StitchResponse;
    expect(small.chunks?.length).toBeGreaterThan(large.chunks?.length ?? 0);
    expect(Math.max(...(small.chunks ?? []).filter((c) => !c.oversize).map((c) => c.tokens))).toBeLessThanOrEqual(64);
  });

  test('engine options change the result (a threshold no merge reaches keeps every fragment apart)', async () => {
    const text = readFixture('mineru/api-pipeline3-naacl2024-long116_content_list.json');
    const base = (await (await app.request(...postJson(text, '?emit=structure'))).json()) as StitchResponse;
    const options = encodeURIComponent(JSON.stringify({ textMerge: { threshold: 1000 } }));
    const strict = (await (
      await app.request(...postJson(text, `?emit=structure&options=${options}`))
    ).json()) as StitchResponse;
    expect(base.structure?.paragraphMerges.length).toBeGreaterThan(0);
    expect(strict.structure?.paragraphMerges).toEqual([]);
  });

  test('format names the adapter instead of detecting it', async () => {
    const text = readFixture('mineru/api-pipeline3-naacl2024-long116_content_list.json');
    const response = await app.request(...postJson(text, '?format=docling'));
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe('schema');
  });
});

describe('POST /v1/stitch with multipart/form-data', () => {
  const folder = 'paddleocr/ppstructurev3-handmade';
  const page = (name: string) => new Blob([readFixture(`${folder}/${name}`)], { type: 'application/json' });

  test('a folder of per-page files: named and ordered as the folder reader names them, same outputs', async () => {
    const form = new FormData();
    // Sent out of order, with a top folder and a file the folder reader would not read.
    form.append('files', page('b_res.json'), 'ppstructurev3-handmade/b_res.json');
    form.append('files', new Blob(['page images are not read']), 'ppstructurev3-handmade/notes.txt');
    form.append('files', page('a_res.json'), 'ppstructurev3-handmade/a_res.json');
    form.append('emit', 'elements,md,structure');
    const response = await app.request('/v1/stitch', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const body = (await response.json()) as StitchResponse;
    const fromDisk = readWithAdapter(loadInput(fixturePath(folder))).document;
    expect(body.source).toBe('ppstructurev3-handmade');
    expect(body.document?.elements.map((e) => e.ref)).toEqual(fromDisk.elements.map((e) => e.ref));
    expect(new Set(body.document?.elements.map((e) => e.ref.split('#')[0]))).toEqual(
      new Set(['a_res.json', 'b_res.json']),
    );
    const cli = cliOutputs(fixturePath(folder), ['md', 'structure']);
    expect(body.markdown).toBe(cli['document.md']);
    expect(`${JSON.stringify(body.structure, null, 2)}\n`).toBe(cli['structure.json']);
    expect(body.warnings.filter((w) => w.ruleId === 'serve.file-not-read').map((w) => w.reason)).toEqual([
      expect.stringContaining('ppstructurev3-handmade/notes.txt'),
    ]);
  });

  test('files without a shared top folder are the folder itself', async () => {
    const form = new FormData();
    form.append('files', page('a_res.json'), 'a_res.json');
    form.append('files', page('b_res.json'), 'b_res.json');
    const body = (await (
      await app.request('/v1/stitch?emit=elements', { method: 'POST', body: form })
    ).json()) as StitchResponse;
    expect(body.source).toBe('upload');
    expect(new Set(body.document?.elements.map((e) => e.ref.split('#')[0]))).toEqual(
      new Set(['a_res.json', 'b_res.json']),
    );
  });

  test('one file is a file input; the PDF is checked and reported', async () => {
    const pdfBytes = new TextEncoder().encode('%PDF-1.4\n% hand-made, not a real document\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([readFixture('marker/handmade-two-pages.json')]), 'marker.json');
    form.append('pdf', new Blob([pdfBytes], { type: 'application/pdf' }), 'paper.pdf');
    form.append('format', 'marker');
    const body = (await (await app.request('/v1/stitch', { method: 'POST', body: form })).json()) as StitchResponse;
    expect(body.format).toBe('marker');
    expect(body.source).toBe('marker.json');
    expect(body.pdf).toEqual({
      name: 'paper.pdf',
      bytes: pdfBytes.byteLength,
      sha256: createHash('sha256').update(pdfBytes).digest('hex'),
    });
  });

  test('a "pdf" that is not a PDF is refused (422 format)', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFixture('marker/handmade-two-pages.json')]), 'marker.json');
    form.append('pdf', new Blob(['{"not": "a pdf"}']), 'paper.pdf');
    const response = await app.request('/v1/stitch', { method: 'POST', body: form });
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toMatchObject({ code: 'format', exitCode: 5, file: 'paper.pdf' });
  });

  test('a broken page names its file in the folder', async () => {
    const form = new FormData();
    form.append('files', page('a_res.json'), 'scan/a_res.json');
    form.append('files', new Blob(['{"parsing_res_list": [1, 2']), 'scan/b_res.json');
    const response = await app.request('/v1/stitch', { method: 'POST', body: form });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.file).toBe('scan/b_res.json');
  });
});

describe('errors: the CLI’s kinds and exit codes, as HTTP statuses', () => {
  const marker = readFixture('marker/handmade-two-pages.json');
  const cases: Array<[string, () => Response | Promise<Response>, number, Partial<ErrorResponse['error']>]> = [
    ['unknown query field', () => app.request(...postJson(marker, '?emitt=md')), 400, { code: 'usage', exitCode: 2 }],
    ['unknown output', () => app.request(...postJson(marker, '?emit=md,pdf')), 400, { code: 'usage' }],
    ['unknown format name', () => app.request(...postJson(marker, '?format=word')), 400, { code: 'usage' }],
    ['too small chunk budget', () => app.request(...postJson(marker, '?chunkTokens=8')), 400, { code: 'usage' }],
    ['a field twice', () => app.request(...postJson(marker, '?emit=md&emit=tree')), 400, { code: 'usage' }],
    [
      'misspelt engine option',
      () => app.request(...postJson(marker, `?options=${encodeURIComponent('{"textMerge":{"treshold":1}}')}`)),
      400,
      { code: 'usage', file: 'options', pointer: '/textMerge/treshold' },
    ],
    [
      'engine option of the wrong type',
      () => app.request(...postJson(marker, `?options=${encodeURIComponent('{"unsureBelow":"high"}')}`)),
      400,
      { code: 'usage', pointer: '/unsureBelow' },
    ],
    ['options not JSON', () => app.request(...postJson(marker, '?options=%7Bnope')), 400, { code: 'usage' }],
    [
      'unsupported content type',
      () => app.request('/v1/stitch', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: marker }),
      415,
      { code: 'format', exitCode: 5 },
    ],
    [
      'not JSON',
      () => app.request(...postJson('{"pages": [', '?name=scan.json&format=marker')),
      422,
      { code: 'json', exitCode: 4, file: 'scan.json' },
    ],
    ['no known format', () => app.request(...postJson('{"hello": 1}')), 422, { code: 'format', exitCode: 5 }],
    ['empty body', () => app.request(...postJson('  ')), 422, { code: 'empty', exitCode: 7, file: 'body.json' }],
    [
      'a field of a known format is wrong',
      () => {
        const doc = JSON.parse(readFixture('mineru/api-pipeline3-naacl2024-long116_content_list.json'));
        doc[3].page_idx = 'three';
        return app.request(...postJson(JSON.stringify(doc), '?format=mineru-content-list&name=cl.json'));
      },
      422,
      { code: 'schema', exitCode: 6, file: 'cl.json', pointer: '/3/page_idx' },
    ],
    [
      'a multipart field that should be a file',
      () => {
        const form = new FormData();
        form.append('files', 'not a file');
        return app.request('/v1/stitch', { method: 'POST', body: form });
      },
      400,
      { code: 'usage' },
    ],
    ['no route', () => app.request('/v2/stitch'), 404, { code: 'notFound', exitCode: null }],
  ];
  test.each(cases)('%s', async (_name, send, status, expected) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatchObject(expected);
  });

  test('body over --max-size: 413, with or without a Content-Length', async () => {
    const small = createApp({ maxBytes: 1024 });
    const text = readFixture('marker/handmade-two-pages.json');
    const withLength = await small.request(...postJson(text));
    expect(withLength.status).toBe(413);
    expect(await errorOf(withLength)).toMatchObject({ code: 'tooLarge', exitCode: 8 });
    const bytes = new TextEncoder().encode(text);
    const streamed = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.subarray(i, i + 512));
        controller.close();
      },
    });
    const chunked = await small.request('/v1/stitch', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: streamed,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  test('an unexpected failure: 500, one line, no stack, reported to onInternalError', async () => {
    const seen: unknown[] = [];
    const failing = createApp({
      onInternalError: (error) => seen.push(error),
      mount: (a) => {
        a.get('/boom', () => {
          throw new TypeError('x is not a function');
        });
      },
    });
    const response = await failing.request('/boom');
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'internal', exitCode: 70 });
    expect(error.message).toContain('x is not a function');
    expect(error.message).not.toMatch(/\n|at /);
    expect(seen).toHaveLength(1);
  });
});

describe('bearer token', () => {
  const token = 'test-token-0123456789abcdef';
  const guarded = createApp({ token });
  const marker = readFixture('marker/handmade-two-pages.json');

  test.each([
    ['no Authorization header', undefined],
    ['a wrong token', `Bearer ${token}x`],
    ['not a bearer header', `Basic ${token}`],
  ])('%s: 401 with WWW-Authenticate', async (_name, authorization) => {
    const [url, init] = postJson(marker);
    const headers = { ...(init.headers as Record<string, string>), ...(authorization ? { authorization } : {}) };
    const response = await guarded.request(url, { ...init, headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorOf(response)).toMatchObject({ code: 'unauthorized', exitCode: null });
    expect((await guarded.request('/v1/formats', { headers: authorization ? { authorization } : {} })).status).toBe(
      401,
    );
  });

  test('the right token passes; /healthz and /openapi.json need none', async () => {
    const [url, init] = postJson(marker);
    const headers = { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` };
    expect((await guarded.request(url, { ...init, headers })).status).toBe(200);
    expect((await guarded.request('/healthz')).status).toBe(200);
    expect((await guarded.request('/openapi.json')).status).toBe(200);
  });

  test('mounted routes can use the same check', async () => {
    const withView = createApp({
      token,
      mount: (a, { requireToken }) => {
        a.get('/', requireToken, (c) => c.text('view'));
      },
    });
    expect((await withView.request('/')).status).toBe(401);
    const ok = await withView.request('/', { headers: { authorization: `Bearer ${token}` } });
    expect(await ok.text()).toBe('view');
  });
});

/** A request body that sends nothing until `release` is called (or never). */
function stalledRequest(text: string) {
  let release = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      release = () => {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      };
    },
  });
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit;
  return { init, release: () => release() };
}

describe('limits', () => {
  const marker = readFixture('marker/handmade-two-pages.json');

  test('requests in flight beyond --max-inflight: 503 with Retry-After; the ones admitted finish', async () => {
    const limited = createApp({ maxInflight: 2 });
    const first = stalledRequest(marker);
    const second = stalledRequest(marker);
    const pending = [limited.request('/v1/stitch', first.init), limited.request('/v1/stitch', second.init)];
    const refused = await limited.request(...postJson(marker));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await errorOf(refused)).toMatchObject({ code: 'busy', exitCode: null });
    first.release();
    second.release();
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual([200, 200]);
    // Room again once they are answered.
    expect((await limited.request(...postJson(marker))).status).toBe(200);
  });

  test('a stalled upload runs into --timeout: 504', async () => {
    const hasty = createApp({ timeoutMs: 50 });
    const stalled = stalledRequest(marker);
    const response = await hasty.request('/v1/stitch', stalled.init);
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'timeout', exitCode: null });
    stalled.release();
  });

  test('a request past its deadline starts no further step: 504 (clock counted, not timed)', async () => {
    let ticks = 0;
    // Each reading of the clock is ten minutes later than the last; the limit is one minute.
    const late = createApp({ timeoutMs: 60_000, now: () => ticks++ * 600_000 });
    const response = await late.request(...postJson(marker));
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('timeout');
  });
});

describe('GET endpoints', () => {
  test('/v1/formats lists every adapter', async () => {
    const body = (await (await app.request('/v1/formats')).json()) as { formats: Array<{ name: string }> };
    expect(body.formats.map((f) => f.name)).toEqual(expect.arrayContaining(SAMPLES.map((s) => s.format)));
  });

  test('/healthz', async () => {
    expect(await (await app.request('/healthz')).json()).toMatchObject({ status: 'ok' });
  });

  test('/openapi.json is a valid OpenAPI 3.1 document whose $refs all resolve', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    const response = (schemas.StitchResponse as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(response)).toEqual(
      expect.arrayContaining([
        'format',
        'accounting',
        'warnings',
        'document',
        'tree',
        'markdown',
        'structure',
        'chunks',
        'decisions',
      ]),
    );
  });
});
