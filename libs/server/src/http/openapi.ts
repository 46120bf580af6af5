import { z } from 'zod';

import { API_ROUTES, apiErrorSchema, type RouteContract } from '@contest/contracts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** The OpenAPI document, generated from the same zod contracts the api validates with. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(API_ROUTES) as [string, RouteContract][]) {
    const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'integer', minimum: 1 },
    }));
    const queryParams = route.query ? queryParameters(route.query) : [];
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId,
      summary: route.summary,
      tags: [route.path.split('/')[1]],
      security: route.access === 'public' ? [] : [{ session: [] }],
      description:
        route.access === 'public' || route.access === 'signed-in'
          ? `Access: ${route.access}`
          : `Access: ${route.access.join(', ')}`,
      parameters: [...pathParams, ...queryParams],
      ...requestBody(route),
      responses: {
        [route.status]: route.produces
          ? {
              description: 'The file',
              content: Object.fromEntries(
                (route.produces === 'xlsx' ? [XLSX] : ['video/mp4', 'image/jpeg']).map((type) => [
                  type,
                  { schema: { type: 'string', format: 'binary' } },
                ]),
              ),
            }
          : route.response
            ? {
                description: 'OK',
                content: { 'application/json': { schema: toSchema(route.response, 'output') } },
              }
            : { description: 'OK' },
        '4XX': {
          description: 'Refused',
          content: { 'application/json': { schema: toSchema(apiErrorSchema, 'output') } },
        },
      },
    };
  }
  Object.assign(paths, TUS_PATHS);
  return {
    openapi: '3.1.0',
    info: { title: 'Civic contest API', version },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    paths,
  };
}

/** The clip upload endpoint speaks the tus 1.0 protocol (https://tus.io), outside the JSON contract. */
const TUS_PATHS = {
  '/api/uploads': {
    post: {
      operationId: 'createUpload',
      summary:
        'Start a resumable upload of an entry file (tus creation): Upload-Length, and Upload-Metadata with entryId and filename (base64)',
      tags: ['uploads'],
      security: [{ session: [] }],
      responses: {
        '201': { description: 'Created; Location is the upload URL' },
        '4XX': { description: 'Refused, with the api error JSON as body' },
      },
    },
  },
  '/api/uploads/{uploadId}': {
    head: {
      operationId: 'uploadOffset',
      summary: 'How many bytes the server holds (Upload-Offset), to resume after a drop or a reload',
      tags: ['uploads'],
      security: [{ session: [] }],
      responses: { '200': { description: 'Upload-Offset and Upload-Length headers' } },
    },
    patch: {
      operationId: 'appendUpload',
      summary:
        'Send the next bytes (Content-Type: application/offset+octet-stream) from Upload-Offset; the last byte queues processing',
      tags: ['uploads'],
      security: [{ session: [] }],
      responses: {
        '204': { description: 'Accepted; Upload-Offset is the new offset' },
        '4XX': { description: 'Refused, with the api error JSON as body' },
      },
    },
    delete: {
      operationId: 'cancelUpload',
      summary: 'Abandon an unfinished upload and its bytes',
      tags: ['uploads'],
      security: [{ session: [] }],
      responses: { '204': { description: 'Removed' } },
    },
  },
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function requestBody(route: RouteContract) {
  if (route.consumes === 'file')
    return {
      requestBody: {
        required: true,
        description: 'The spreadsheet itself (.xlsx or .csv), as the raw body',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
    };
  if (!route.body) return {};
  return {
    requestBody: {
      required: true,
      content: { 'application/json': { schema: toSchema(route.body, 'input') } },
    },
  };
}

function queryParameters(schema: z.ZodType) {
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}
