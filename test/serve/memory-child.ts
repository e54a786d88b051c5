// Run by memory.test.ts as `node --expose-gc --import tsx memory-child.ts <fixture> <requests>`: serves on
// 127.0.0.1, sends the fixture that many times, and prints the heap after a full GC at request 100 and at the end.
import { readFileSync } from 'node:fs';
import { createApp } from '../../src/serve/app.js';
import { listen } from '../../src/serve/server.js';

const [fixture, count] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const text = readFileSync(fixture, 'utf8');
const server = await listen(createApp(), '127.0.0.1', 0);

function heapAfterGc(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const heap: Record<number, number> = {};
let failures = 0;
const total = Number(count);
for (let i = 1; i <= total; i++) {
  const response = await fetch(`${server.url}/v1/stitch?emit=elements,tree,md,structure,decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  if (response.status !== 200) failures++;
  await response.arrayBuffer();
  if (i === 100 || i === total) heap[i] = heapAfterGc();
}
await server.close();
process.stdout.write(`${JSON.stringify({ heap, failures, responseBytes: text.length })}\n`);
