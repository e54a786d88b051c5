// Stitching in worker threads (what `docstitch serve` does): same bytes as in the server's thread, errors keep
// their kind, the server answers while a worker stitches, and a stitch past its deadline is stopped.
import { afterAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { workerPool } from '../../src/serve/pool.js';
import { postJson, readFixture } from './helpers.js';

// One thread for the whole file (each thread loads the engine): a new thread id can only be a replacement.
const pool = workerPool(1);
afterAll(() => pool.close());

// The largest fixture (1.5 MB of MinerU middle.json): its stitch takes far longer than answering /healthz.
const middle = readFixture('mineru/api-pipeline3-naacl2024-long116_middle.json');

describe('worker pool', () => {
  test('the same response as in the server’s thread; errors keep kind, file and pointer', async () => {
    const pooled = createApp({ runTask: pool.run });
    const text = readFixture('docling/multi_page.json');
    const query = '?emit=elements,tree,md,structure,decisions';
    const [a, b] = await Promise.all([
      pooled.request(...postJson(text, query)),
      createApp().request(...postJson(text, query)),
    ]);
    expect(a.status).toBe(200);
    expect(await a.text()).toBe(await b.text());

    const doc = JSON.parse(readFixture('mineru/api-pipeline3-naacl2024-long116_content_list.json'));
    doc[3].page_idx = 'three';
    const broken = await pooled.request(...postJson(JSON.stringify(doc), '?format=mineru-content-list&name=cl.json'));
    expect(broken.status).toBe(422);
    expect(await broken.json()).toMatchObject({
      error: { code: 'schema', exitCode: 6, file: 'cl.json', pointer: '/3/page_idx' },
    });
  });

  test('the server answers while a worker stitches', async () => {
    let settled = false;
    let started = () => {};
    const handedOver = new Promise<void>((resolve) => {
      started = resolve;
    });
    const pooled = createApp({
      runTask: (task, signal) => {
        const running = pool.run(task, signal);
        const mark = () => {
          settled = true;
        };
        running.then(mark, mark);
        started();
        return running;
      },
    });
    const stitching = pooled.request(...postJson(middle, '?emit=md'));
    await handedOver;
    // A stitch in the server's thread would be over before any later event-loop turn; one in a worker is not.
    await new Promise((resolve) => setImmediate(resolve));
    expect((await pooled.request('/healthz')).status).toBe(200);
    expect(settled).toBe(false);
    expect((await stitching).status).toBe(200);
    expect(settled).toBe(true);
  });

  test('at the deadline the app aborts the runner’s signal and answers 504', async () => {
    let aborted = false;
    // A runner that never finishes on its own: only the deadline can end the request.
    const stuck = createApp({
      timeoutMs: 50,
      runTask: (_task, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(signal.reason);
          });
        }),
    });
    const response = await stuck.request(...postJson(readFixture('marker/handmade-two-pages.json')));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'timeout', exitCode: null } });
    expect(aborted).toBe(true);
  });

  test('an aborted stitch ends its worker, which is replaced, and the pool goes on serving', async () => {
    const marker = readFixture('marker/handmade-two-pages.json');
    expect((await createApp({ runTask: pool.run }).request(...postJson(marker))).status).toBe(200);
    const before = pool.threadIds();
    expect(before).toHaveLength(1);
    // The worker is idle, so the task is handed to it at once; the abort then has to end the thread.
    const controller = new AbortController();
    const task = { upload: { kind: 'json' as const, text: middle }, request: { emit: ['md' as const], engine: {} } };
    const running = pool.run(task, controller.signal);
    controller.abort();
    await expect(running).rejects.toThrow(/abort/i);
    expect((await createApp({ runTask: pool.run }).request(...postJson(marker))).status).toBe(200);
    expect(pool.threadIds()).toHaveLength(1);
    expect(pool.threadIds()[0]).not.toBe(before[0]);
  });
});
