// Listening: the app of createApp on a node HTTP server (@hono/node-server), with the remote-access rule.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { DocstitchError } from '../model/errors.js';

export interface Listening {
  /** e.g. `http://127.0.0.1:8750` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Without a token the service is for this machine only: anyone who can reach the port could use it. A host
 * other than loopback needs a token, or `allowRemote` for a deployment whose proxy authenticates (or a container,
 * whose published port only answers when the service listens on all interfaces).
 */
export function checkHost(host: string, access: { token?: string; allowRemote?: boolean }): void {
  if (isLoopback(host) || access.token || access.allowRemote) return;
  throw new DocstitchError(
    'usage',
    `--host ${host} would let anyone on the network use the service: set a token with --token-env VAR, or pass --allow-remote`,
  );
}

/** Listen on host:port (port 0 picks a free one); a port in use or a bad host is an io error. */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  // Keep-alive longer than clients' own idle timeouts, so a client never sends on a socket the server is closing.
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    serverOptions: { keepAliveTimeout: 65_000 },
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new DocstitchError('io', `cannot listen on ${host}:${port}: ${error.code ?? error.message}`));
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
