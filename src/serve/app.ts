// The HTTP service (`docstitch serve`): the CLI's stitch over HTTP, with the same outputs, one-line errors and
// exit codes (as `error.exitCode`), mapped to HTTP statuses. `createApp` only builds the hono app (no listening),
// so tests call `app.request(...)` and other modules (the review view) add their routes through `mount`.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { adapters } from '../adapters/index.js';
import { DEFAULT_MAX_BYTES } from '../io/load.js';
import { DocstitchError, type ErrorKind, EXIT_CODES } from '../model/errors.js';
import type { EngineOptionsInput } from '../options.js';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_INFLIGHT, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { openApiDocument } from './openapi.js';
import {
  chunkTokensSchema,
  type ErrorCode,
  type ErrorResponse,
  emitListSchema,
  engineOptionsSchema,
  formatNameSchema,
  nameSchema,
  SERVE_EMITTABLE,
  type ServeEmit,
  toEngineOptionsInput,
} from './schemas.js';
import {
  DEFAULT_SERVE_EMIT,
  runStitchTask,
  type StitchRequest,
  type StitchTask,
  type TaskOutcome,
  type Upload,
} from './task.js';
import { describePdf, type PdfInfo, type UploadedFile } from './upload.js';

export { DEFAULT_MAX_INFLIGHT, DEFAULT_TIMEOUT_MS };

export interface ServeOptions {
  /** Largest request body, in bytes (default as the CLI's --max-size: 100 MB). */
  maxBytes?: number;
  /**
   * Time one stitch request may take, in ms (default 120 s), from admission: the wait for the body ends then, a
   * worker-pool runner stops its stitch, and an in-thread stitch (which cannot be stopped) is not started late.
   */
  timeoutMs?: number;
  /** Stitch requests in flight at once; beyond, 503 with Retry-After (default 64). */
  maxInflight?: number;
  /** Bearer token every `/v1/*` request must carry; none when absent. */
  token?: string;
  /** Clock of the per-step deadline checks (tests give a fake one). */
  now?: () => number;
  /**
   * Runs one stitch (default: in the server's thread, where it cannot be stopped; `docstitch serve` gives a
   * worker pool, src/serve/pool.ts, which stops a worker when `signal` says the time is up).
   */
  runTask?: TaskRunner;
  /** Called with every unexpected (500) error, e.g. to log it. */
  onInternalError?: (error: unknown) => void;
  /**
   * Hook to add routes (the review view at `GET /`) after the API's; `requireToken` is the API's token check
   * (a no-op without a token), for routes that should be guarded the same way.
   */
  mount?: (app: Hono, helpers: { requireToken: MiddlewareHandler }) => void;
}

export type TaskRunner = (task: StitchTask, signal: AbortSignal) => Promise<TaskOutcome>;

export const runInThread: TaskRunner = async (task) => runStitchTask(task);

/** Seconds a client is told to wait when the service is busy. */
const RETRY_AFTER_SECONDS = 1;

/** HTTP status of each CLI error kind. */
const STATUS_OF_KIND: Record<ErrorKind, ContentfulStatusCode> = {
  usage: 400,
  io: 500,
  json: 422,
  format: 422,
  schema: 422,
  empty: 422,
  tooLarge: 413,
  pdf: 422,
  internal: 500,
};

/** An error of the service itself, with its status (the DocstitchError kinds get theirs from STATUS_OF_KIND). */
class ServiceError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly kind?: ErrorKind,
  ) {
    super(message);
  }
}

function errorBody(code: ErrorCode, message: string, where: { file?: string; pointer?: string } = {}): ErrorResponse {
  const exitCode = code in EXIT_CODES ? EXIT_CODES[code as ErrorKind] : null;
  return {
    error: {
      code: code as ErrorResponse['error']['code'],
      exitCode,
      message,
      ...(where.file !== undefined ? { file: where.file } : {}),
      ...(where.pointer !== undefined ? { pointer: where.pointer } : {}),
    },
  };
}

function errorResponse(status: number, body: ErrorResponse, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
  });
}

/** The hono app of the service. Pure: nothing listens until it is given to a server (src/serve/server.ts). */
export function createApp(options: ServeOptions = {}): Hono {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxInflight = options.maxInflight ?? DEFAULT_MAX_INFLIGHT;
  const now = options.now ?? Date.now;
  const runTask = options.runTask ?? runInThread;
  const app = new Hono();
  let inflight = 0;
  /** The time signal of each stitch request, from admission on. */
  const deadlines = new WeakMap<Context, AbortSignal>();

  const unauthorized = (message: string) => () =>
    errorResponse(401, errorBody('unauthorized', message), { 'WWW-Authenticate': 'Bearer realm="docstitch"' });
  const requireToken: MiddlewareHandler = options.token
    ? bearerAuth({
        token: options.token,
        realm: 'docstitch',
        noAuthenticationHeader: { message: unauthorized('this service needs "Authorization: Bearer <token>"') },
        invalidAuthenticationHeader: { message: unauthorized('the Authorization header is not "Bearer <token>"') },
        invalidToken: { message: unauthorized('wrong token') },
      })
    : async (_c, next) => {
        await next();
      };

  app.onError((error, c) => {
    if (error instanceof ServiceError) {
      return errorResponse(error.status, errorBody(error.kind ?? error.code, error.message), error.headers);
    }
    if (error instanceof DocstitchError) {
      return errorResponse(
        STATUS_OF_KIND[error.kind],
        errorBody(error.kind, error.message, { file: error.file, pointer: error.pointer }),
      );
    }
    if (error instanceof HTTPException) {
      if (error.res) return error.getResponse();
      const code: ErrorCode = error.status === 401 ? 'unauthorized' : error.status < 500 ? 'usage' : 'internal';
      return errorResponse(error.status, errorBody(code, error.message || 'request refused'));
    }
    // A client that hangs up mid-upload is no bug of ours: answered (to no one), not reported.
    if (c.req.raw.signal.aborted) {
      return errorResponse(400, errorBody('usage', 'the client closed the connection before the body was complete'));
    }
    options.onInternalError?.(error);
    return errorResponse(
      500,
      errorBody('internal', `internal error: ${(error as Error).message} (please report this)`, {
        file: c.req.path,
      }),
    );
  });
  app.notFound((c) => errorResponse(404, errorBody('notFound', `no route ${c.req.method} ${c.req.path}`)));

  app.get('/healthz', (c) => c.json({ status: 'ok' as const, docstitch: VERSION }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.use('/v1/*', requireToken);
  app.get('/v1/formats', (c) =>
    c.json({ formats: adapters.map((a) => ({ name: a.name, description: a.description })) }),
  );

  app.post(
    '/v1/stitch',
    // Requests in flight: counted while their answer is pending, refused beyond the limit. The request's time
    // starts here: its signal ends the wait for the body and (with a worker pool) stops the stitch.
    async (c, next) => {
      if (inflight >= maxInflight) {
        throw new ServiceError(503, 'busy', `${maxInflight} requests already in flight; retry shortly`, {
          'Retry-After': String(RETRY_AFTER_SECONDS),
        });
      }
      inflight++;
      const signal = AbortSignal.timeout(timeoutMs);
      deadlines.set(c, signal);
      let onAbort = () => {};
      const timedOut = new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(new ServiceError(504, 'timeout', timeoutMessage(timeoutMs)));
        signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        await Promise.race([next(), timedOut]);
      } finally {
        signal.removeEventListener('abort', onAbort);
        inflight--;
      }
    },
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new DocstitchError(
          'tooLarge',
          `request body is over the ${megabytes(maxBytes)} limit (the server's --max-size)`,
        );
      },
    }),
    async (c) => {
      const deadline = now() + timeoutMs;
      const inTime = () => {
        if (now() > deadline) throw new ServiceError(504, 'timeout', timeoutMessage(timeoutMs));
      };
      const { upload, fields, pdf } = await receive(c);
      const request = parseFields(fields);
      inTime();
      // A runner that can stop the work (a worker pool) is told when the time is up.
      const signal = deadlines.get(c) ?? AbortSignal.timeout(timeoutMs);
      let outcome: TaskOutcome;
      try {
        outcome = await runTask({ upload, request, pdf }, signal);
      } catch (error) {
        if (signal.aborted) throw new ServiceError(504, 'timeout', timeoutMessage(timeoutMs));
        throw error;
      }
      inTime();
      if (!outcome.ok) {
        const { kind, message, file, pointer } = outcome.error;
        throw new DocstitchError(kind, message, { file, pointer });
      }
      return c.body(outcome.json, 200, { 'content-type': 'application/json; charset=UTF-8' });
    },
  );

  options.mount?.(app, { requireToken });
  return app;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function timeoutMessage(ms: number): string {
  return `the request took longer than the server's ${ms / 1000} s limit (--timeout)`;
}

/** The request fields (query string and form fields) of POST /v1/stitch. */
const FIELD_NAMES = ['format', 'emit', 'options', 'chunkTokens', 'name'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

interface Received {
  upload: Upload;
  fields: Partial<Record<FieldName, string>>;
  pdf?: PdfInfo;
}

/** Read the body by its content type; the fields from the query string and, for multipart, the form. */
async function receive(c: Context): Promise<Received> {
  const fields: Partial<Record<FieldName, string>> = {};
  const setField = (key: string, value: string, where: string) => {
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      throw new DocstitchError('usage', `unknown ${where} "${key}" (known: ${FIELD_NAMES.join(', ')})`);
    }
    if (fields[key as FieldName] !== undefined) throw new DocstitchError('usage', `"${key}" is given twice`);
    fields[key as FieldName] = value;
  };
  for (const [key, values] of Object.entries(c.req.queries())) for (const v of values) setField(key, v, 'query field');

  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) {
    const name = fields.name === undefined ? undefined : nameSchema.safeParse(fields.name).data;
    if (fields.name !== undefined && name === undefined)
      throw new DocstitchError('usage', 'name: give 1 to 300 characters');
    return { upload: { kind: 'json', text: await c.req.text(), name }, fields };
  }
  if (type === 'multipart/form-data') {
    if (fields.name !== undefined) {
      throw new DocstitchError('usage', '"name" is for a JSON body; an uploaded file has its own file name');
    }
    const form = await c.req.formData();
    const files: UploadedFile[] = [];
    let pdf: PdfInfo | undefined;
    for (const [key, value] of form.entries()) {
      if (key === 'files' || key === 'file') {
        if (typeof value === 'string') throw new DocstitchError('usage', `form field "${key}" must be a file`);
        files.push({ filename: value.name, text: await value.text() });
      } else if (key === 'pdf') {
        if (typeof value === 'string') throw new DocstitchError('usage', 'form field "pdf" must be a file');
        if (pdf) throw new DocstitchError('usage', 'only one "pdf" per request');
        pdf = describePdf(value.name || 'document.pdf', new Uint8Array(await value.arrayBuffer()));
      } else if (typeof value === 'string') setField(key, value, 'form field');
      else throw new DocstitchError('usage', `unknown file field "${key}" (send files in "files", the PDF in "pdf")`);
    }
    return { upload: { kind: 'files', files }, fields, pdf };
  }
  throw new ServiceError(
    415,
    'format',
    `unsupported content type "${type || '(none)'}": send the parser output as application/json, or files as multipart/form-data`,
    {},
    'format',
  );
}

/** Validate the fields with the schemas the OpenAPI document shows; a bad one is a usage error (400). */
function parseFields(fields: Partial<Record<FieldName, string>>): StitchRequest {
  const check = <T>(name: FieldName, schema: z.ZodType<T>, value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const pointer = path.length ? `/${path.map(String).join('/')}` : undefined;
    throw new DocstitchError('usage', `${name}: ${issue.message}`, pointer ? { file: name, pointer } : {});
  };
  const format = fields.format === undefined ? undefined : check('format', formatNameSchema, fields.format);
  for (const name of fields.emit?.split(',') ?? []) {
    if (name !== '' && !(SERVE_EMITTABLE as readonly string[]).includes(name)) {
      throw new DocstitchError('usage', `emit: unknown output "${name}" (choose from ${SERVE_EMITTABLE.join(', ')})`);
    }
  }
  const emit =
    fields.emit === undefined
      ? DEFAULT_SERVE_EMIT
      : (check('emit', emitListSchema, fields.emit).split(',').filter(Boolean) as ServeEmit[]);
  const chunkTokens =
    fields.chunkTokens === undefined ? undefined : check('chunkTokens', chunkTokensSchema, fields.chunkTokens);
  let engine: EngineOptionsInput = {};
  if (fields.options !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(fields.options);
    } catch (error) {
      throw new DocstitchError('usage', `options: invalid JSON: ${(error as Error).message}`);
    }
    engine = toEngineOptionsInput(check('options', engineOptionsSchema, json));
  }
  return { format, emit, engine, chunkTokens };
}

// Re-exported for the view and tests: the schemas are the contract of the response.
export { type ErrorResponse, errorResponseSchema, type StitchResponse, stitchResponseSchema } from './schemas.js';
