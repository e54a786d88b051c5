/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The review view as `docstitch serve` mounts it at `/`, in a real Chromium: the page opens empty,
// a real MinerU content_list chosen with Open… is posted to /v1/stitch (with the service's bearer
// token, asked for once), and the answer is drawn: every page and every element with a box. Skips only
// when /usr/bin/chromium is absent and CI is not set.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { createApp } from '../../src/serve/app.js';
import { type Listening, listen } from '../../src/serve/server.js';
import { serviceSource, viewRoutes } from '../../src/view/routes.js';
import { launchChromium, skipWithoutChromium } from '../helpers/chromium.js';

const skip = skipWithoutChromium;
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json');
const TOKEN = 'a-test-token-of-sixteen-or-more';

let server: Listening;
let browser: Browser;

describe.skipIf(skip)('the review view under docstitch serve', () => {
  beforeAll(async () => {
    const app = createApp({
      token: TOKEN,
      mount: (served) => {
        served.route('/', viewRoutes(serviceSource()));
      },
    });
    server = await listen(app, '127.0.0.1', 0);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stitches a parser output opened in the page and draws its pages and boxes', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (dialog) => dialog.accept(TOKEN));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Open a parser output'));
    expect(await page.locator('.page').count()).toBe(0);

    await page.setInputFiles('#open-file', fixture);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('opened '), null, {
      timeout: 60_000,
    });
    const doc = readWithAdapter(loadInput(fixture)).document;
    expect(await page.locator('.page').count()).toBe(doc.pages.length);
    // The first page is in view: one box per element of page 1 that has one.
    const onFirst = doc.elements.filter((e) => e.page === doc.pages[0].page && e.bbox).length;
    await page.waitForFunction(() => document.querySelector('.page[data-page="1"] .page-svg') !== null);
    expect(await page.locator('.page[data-page="1"] [data-ref]').count()).toBeGreaterThanOrEqual(onFirst);
    expect(await page.locator('#doc-name').textContent()).toContain('content_list');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
