// The OpenAPI 3.1 document of the service, generated from the zod schemas the service validates with
// (z.toJSONSchema emits JSON Schema 2020-12, the dialect of OpenAPI 3.1), around a hand-written list of paths.
import { z } from 'zod';
import { structureSchema } from '../model/structure.js';
import { sectionSchema, treeSchema } from '../model/tree-schema.js';
import { VERSION } from '../version.js';
import {
  chunkSchema,
  chunkTokensSchema,
  elementSchema,
  emitListSchema,
  engineOptionsSchema,
  errorResponseSchema,
  formatNameSchema,
  formatsResponseSchema,
  healthResponseSchema,
  nameSchema,
  stitchResponseSchema,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** The named schemas of components.schemas; everything that refers to one gets a $ref. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(stitchResponseSchema, { id: 'StitchResponse' });
  registry.add(errorResponseSchema, { id: 'Error' });
  registry.add(formatsResponseSchema, { id: 'Formats' });
  registry.add(healthResponseSchema, { id: 'Health' });
  registry.add(engineOptionsSchema, { id: 'EngineOptions' });
  registry.add(elementSchema, { id: 'Element' });
  registry.add(chunkSchema, { id: 'Chunk' });
  registry.add(structureSchema, { id: 'Structure' });
  registry.add(treeSchema, { id: 'Tree' });
  // The recursive section needs its own name, or its cycle lands in a `__shared` $defs no $ref can reach.
  registry.add(sectionSchema, { id: 'Section' });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // $schema and $id belong to standalone schema files, not to components of one document.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as JsonSchema]),
  );
}

function inline(schema: z.ZodType): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

function errorResponses(statuses: Record<number, string>) {
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [status, { description, content: json(ref('Error')) }]),
  );
}

let memo: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
  memo ??= buildDocument();
  return memo;
}

function buildDocument(): JsonSchema {
  const description = (schema: z.ZodType) => schema.description ?? '';
  const queryParameters = [
    { name: 'format', in: 'query', schema: inline(formatNameSchema), description: description(formatNameSchema) },
    { name: 'emit', in: 'query', schema: inline(emitListSchema), description: description(emitListSchema) },
    {
      name: 'options',
      in: 'query',
      content: json(ref('EngineOptions')),
      description: description(engineOptionsSchema),
    },
    {
      name: 'chunkTokens',
      in: 'query',
      schema: inline(chunkTokensSchema),
      description: description(chunkTokensSchema),
    },
    { name: 'name', in: 'query', schema: inline(nameSchema), description: description(nameSchema) },
  ];
  const binary = { type: 'string', contentMediaType: 'application/octet-stream' };
  return {
    openapi: '3.1.0',
    info: {
      title: 'docstitch',
      version: VERSION,
      description:
        'Turn page-level document-parser output into one document. Errors are `{ error: { code, exitCode, message, file?, pointer? } }` with the CLI’s error kinds and exit codes.',
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Needed on /v1/* when the server was started with --token-env.',
        },
      },
    },
    paths: {
      '/v1/stitch': {
        post: {
          summary: 'Stitch one parser output (a JSON body, or uploaded files) into one document.',
          security: [{}, { bearer: [] }],
          parameters: queryParameters,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { description: 'One parser output file, as the parser wrote it.' },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    files: {
                      type: 'array',
                      items: binary,
                      description:
                        'One parser output file, or the per-page files of a folder; each file name may hold its path relative to the folder (scan/page_2.json). Also accepted as "file".',
                    },
                    pdf: {
                      ...binary,
                      description: 'The source PDF: checked and reported in `pdf`, not read by the engine.',
                    },
                    format: inline(formatNameSchema),
                    emit: inline(emitListSchema),
                    options: { type: 'string', description: 'EngineOptions as JSON.' },
                    chunkTokens: inline(chunkTokensSchema),
                  },
                  required: ['files'],
                },
              },
            },
          },
          responses: {
            200: {
              description: 'The stitched document, with the outputs named in `emit`.',
              content: json(ref('StitchResponse')),
            },
            ...errorResponses({
              400: 'Bad request fields (code usage).',
              401: 'Missing or wrong bearer token (code unauthorized).',
              413: 'Body over the server’s --max-size (code tooLarge).',
              415: 'Unsupported content type (code format).',
              422: 'Input not JSON, of no known format, malformed, or empty (codes json, format, schema, empty).',
              500: 'Internal error (code internal).',
              503: 'Too many requests in flight (code busy); see Retry-After.',
              504: 'Over the server’s --timeout (code timeout).',
            }),
          },
        },
      },
      '/v1/formats': {
        get: {
          summary: 'The input formats docstitch reads.',
          security: [{}, { bearer: [] }],
          responses: {
            200: { description: 'Format names (for `format`) and descriptions.', content: json(ref('Formats')) },
            ...errorResponses({ 401: 'Missing or wrong bearer token.' }),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness (needs no token).',
          responses: { 200: { description: 'The service is up.', content: json(ref('Health')) } },
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document (needs no token).',
          responses: { 200: { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
        },
      },
    },
  };
}
