import { z } from 'zod';
import type { Route } from './route.js';

type JsonSchema = Record<string, unknown>;

/** A parameter's JSON Schema, as a client sends it (a string, with its pattern or allowed values). */
function parameterSchema(schema: z.ZodType): { schema: JsonSchema; required: boolean; description?: string } {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema: _, description, ...rest } = json;
  const required = !schema.safeParse(undefined).success;
  return { schema: rest, required, ...(typeof description === 'string' && { description }) };
}

function parameters(route: Route): JsonSchema[] {
  const list = (shape: Record<string, z.ZodType>, where: 'path' | 'query') =>
    Object.entries(shape).map(([name, schema]) => {
      const { schema: json, required, description } = parameterSchema(schema);
      return {
        name,
        in: where,
        required: where === 'path' ? true : required,
        ...(description !== undefined && { description }),
        schema: json,
      };
    });
  return [...list(route.params, 'path'), ...list(route.query, 'query')];
}

const errorBody = {
  description: 'the problem, in words',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'string' },
          issues: {
            type: 'array',
            items: {
              type: 'object',
              properties: { parameter: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the API, written from the same route table that serves it. */
export function openApiDocument(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const r of routes) {
    paths[r.path] = {
      get: {
        tags: [r.tag],
        summary: r.summary,
        ...(r.description !== undefined && { description: r.description }),
        operationId: r.path
          .replace(/^\/api\//, '')
          .replace(/\{(\w+)\}/g, 'by-$1')
          .replace(/[/.]/g, '-'),
        parameters: parameters(r),
        responses: {
          200: { description: r.returns, content: { 'application/json': { schema: { type: 'object' } } } },
          400: { ...errorBody, description: 'a parameter is missing, unknown or malformed' },
          ...(r.path.includes('{') && { 404: { ...errorBody, description: 'no such record' } }),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep',
      version,
      description:
        'Who did what to whom, when and where, and who said it: the records sitrep extracted from dated news, with their evidence. JSON over GET; lists are paged with limit and offset and say the next offset.',
    },
    paths,
  };
}
