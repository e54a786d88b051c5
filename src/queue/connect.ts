// Reaching Redis. bullmq and ioredis are optional peers, loaded only by the queue commands, so the library
// and the one-machine CLI do not install a Redis client; when absent the command says how to add them.
import { DocstitchError } from '../model/errors.js';
import { DEFAULT_REDIS } from './jobs.js';

export type Bullmq = typeof import('bullmq');
type RedisClient = import('ioredis').Redis;

export async function loadBullmq(): Promise<{ bullmq: Bullmq; Redis: typeof import('ioredis').Redis }> {
  try {
    const [bullmq, ioredis] = await Promise.all([import('bullmq'), import('ioredis')]);
    return { bullmq, Redis: ioredis.Redis };
  } catch {
    throw new DocstitchError('usage', 'the queue commands need bullmq and ioredis: npm install bullmq ioredis');
  }
}

/** --redis, else REDIS_URL, else the local default. */
export function redisUrl(flag: string | undefined): string {
  return flag ?? process.env.REDIS_URL ?? DEFAULT_REDIS;
}

/** The URL without a password, for messages. */
export function shownUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/**
 * A connection, checked once: an unreachable Redis is a one-line error (exit 3) within seconds, not endless
 * reconnecting. After that first contact the client reconnects on its own (a Redis restart does not end a worker).
 */
export async function connectRedis(url: string, Redis: typeof import('ioredis').Redis): Promise<RedisClient> {
  const client = new Redis(url, {
    // BullMQ's blocking calls must wait, not fail, while Redis is away
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  });
  client.on('error', () => {
    // reported by connect() below, or retried by the client
  });
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
    ]);
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new DocstitchError('io', `cannot reach Redis: ${(error as Error).message}`, { file: shownUrl(url) });
  }
  return client;
}
