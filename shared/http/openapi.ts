import * as z from 'zod/mini';
import { CampaignSchema, NominationDraftSchema } from '../domain/forms';
import { answerComponents } from './answers/common';
import { type StoredSchemaName, storedDocs } from './answers/vocabulary';
import type { Route } from './route';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  // Input side: what a caller sends. Transforms (NFC, trimming) are invisible to callers, and
  // refinements have no JSON Schema form, so they are documented by the error model instead.
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const COMPONENT = '#/components/schemas/';

/** The write schemas that stored JSON in answers was validated by (`storedAs`). */
const STORED_SCHEMAS: Readonly<Record<StoredSchemaName, z.core.$ZodType>> = {
  NominationForm: NominationDraftSchema,
  CampaignDetails: CampaignSchema,
};

/**
 * An answer's JSON Schema: named schemas (`named()` in `./answers`) become components referred to
 * by `$ref`, collected into `components`; stored JSON shows the schema it was validated by.
 */
function componentRegistry() {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [schema, meta] of answerComponents) registry.add(schema, meta);
  return registry;
}

function answerSchemaOf(
  schema: z.core.$ZodType,
  components: Record<string, JsonSchema>,
  metadata = componentRegistry(),
): JsonSchema {
  const {
    $schema: _ignored,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    metadata,
    override: ({ zodSchema, jsonSchema }) => {
      const docs = storedDocs.get(zodSchema as z.core.$ZodType);
      if (docs) Object.assign(jsonSchema, schemaOf(STORED_SCHEMAS[docs], 'output'));
    },
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const toComponents = (json: unknown) =>
    JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENT}`)) as JsonSchema;
  for (const [id, def] of Object.entries($defs ?? {})) components[id] = toComponents(def);
  return toComponents(rest);
}

function parametersOf(route: Route): JsonSchema[] {
  const params: JsonSchema[] = [];
  const add = (where: 'path' | 'query', schema: z.core.$ZodType | undefined) => {
    if (!schema) return;
    const json = schemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  };
  add('path', route.params);
  add('query', route.query);
  if (route.ifMatch) {
    params.push({
      name: 'If-Match',
      in: 'header',
      required: route.ifMatch === 'required',
      description:
        route.ifMatch === 'required'
          ? 'The version read (the ETag of the GET answer), e.g. "3". Without it: 428 IF_MATCH_REQUIRED; a newer version: 409.'
          : 'The version read (ETag), e.g. "3". When given, a record changed meanwhile is a 409.',
      schema: { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' },
    });
  }
  if (route.idempotent) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: 'A retried request with the same key has one effect and the same answer.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' },
    });
  }
  return params;
}

const ERROR_RESPONSES = {
  '400': 'Dữ liệu không hợp lệ (VALIDATION_FAILED), with the field path of every issue',
  '401': 'Chưa đăng nhập hoặc phiên đã hết hạn',
  '403': 'Vai trò không được phép (ROLE_NOT_ALLOWED)',
  '404': 'Không tìm thấy — also for another tenant’s ids',
  '409': 'Xung đột: dữ liệu đã thay đổi, trạng thái không cho phép, hoặc Idempotency-Key dùng lại',
  '422': 'Quy định không cho phép (RULE_REFUSED), naming each rule and its citation',
  '503': 'Cơ sở dữ liệu tạm thời không trả lời (SERVICE_UNAVAILABLE), with Retry-After; nothing half-written',
} as const;

/** Answers only routes with a JSON body can give. */
const BODY_ERROR_RESPONSES = {
  '413': 'Nội dung quá lớn (PAYLOAD_TOO_LARGE), over 1 MiB',
  '415': 'Nội dung không phải application/json (UNSUPPORTED_MEDIA_TYPE)',
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Builds the OpenAPI 3.1 document of the API from the route table and its zod schemas. */
/** The API's version in its OpenAPI document: the package's, raised with the API's contract. */
export const API_VERSION = '0.1.0';

export function buildOpenApi(routes: readonly Route[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Record<string, JsonSchema> = {};
  const metadata = componentRegistry();
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      'x-roles': route.roles,
      security: [{ cognito: [] }],
      parameters: parametersOf(route),
      responses: {
        [String(route.successStatus)]: {
          description: 'OK',
          content: { 'application/json': { schema: answerSchemaOf(route.response, components, metadata) } },
          ...(route.etag
            ? {
                headers: {
                  ETag: {
                    description: 'The version of the record, to send back as If-Match',
                    schema: { type: 'string', example: '"3"' },
                  },
                },
              }
            : {}),
        },
        ...Object.fromEntries(
          Object.entries({
            ...ERROR_RESPONSES,
            ...(route.body ? BODY_ERROR_RESPONSES : {}),
            ...(route.ifMatch === 'required'
              ? { '428': 'Thiếu If-Match (IF_MATCH_REQUIRED): đọc lại rồi gửi kèm phiên bản' }
              : {}),
          }).map(([status, description]) => [status, errorResponse(description)]),
        ),
      },
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body) } },
      };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (Cognito ID token)' },
      },
      schemas: {
        ...components,
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', description: 'Stable, for programs' },
                message: { type: 'string', description: 'Vietnamese, for people' },
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      path: { type: 'string' },
                      code: { type: 'string' },
                      message: { type: 'string' },
                    },
                  },
                },
                details: { type: 'object' },
              },
            },
          },
        },
      },
    },
  };
}
