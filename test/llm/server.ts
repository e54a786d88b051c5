// A scripted OpenAI-compatible chat-completions server on 127.0.0.1 (random port) for the LLM tests.
// Each request's JSON body goes to `script`, which returns what to answer: a message text (with an
// optional finish reason), an HTTP status with headers, or `hang` (never answer; the client times out).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatBody {
  model: string;
  messages: Array<{
    role: string;
    content: string | Array<{ type: string; text?: string; image_url?: { url: string } }>;
  }>;
  temperature?: number;
  max_tokens?: number;
  response_format?: unknown;
}

export type Reply =
  | { content: string; finishReason?: string }
  | { status: number; headers?: Record<string, string>; body?: string }
  | { hang: true };

export interface ScriptedServer {
  url: string;
  bodies: ChatBody[];
  close(): Promise<void>;
}

/** The user text of a request (the text part when the content is a list). */
export function userText(body: ChatBody): string {
  const user = body.messages.filter((m) => m.role === 'user').pop();
  if (!user) return '';
  if (typeof user.content === 'string') return user.content;
  return user.content
    .filter((p) => p.type === 'text')
    .map((p) => p.text ?? '')
    .join('');
}

export async function startServer(
  script: (body: ChatBody, index: number) => Reply | Promise<Reply>,
): Promise<ScriptedServer> {
  const bodies: ChatBody[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      let body: ChatBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody;
      } catch {
        res.writeHead(400).end('{}');
        return;
      }
      const index = bodies.length;
      bodies.push(body);
      const reply = await script(body, index);
      if ('hang' in reply) {
        open.add(res);
        return;
      }
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
        res.end(reply.body ?? JSON.stringify({ error: { message: `scripted ${reply.status}` } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${index}`,
          object: 'chat.completion',
          created: 0,
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.content },
              finish_reason: reply.finishReason ?? 'stop',
            },
          ],
          usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
