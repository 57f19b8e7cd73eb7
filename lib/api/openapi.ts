import { z } from "zod";
import { loadMessages } from "@/lib/i18n/messages";
import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { calendarFilterSchema } from "@/lib/events/filters";
import {
  API_PAGE_SIZE,
  apiEventDetailSchema,
  apiEventListSchema,
  apiEventResponseSchema,
  apiEventSummarySchema,
  apiFilterKeys,
  pageSizeSchema,
} from "@/lib/events/api-representation";
import { HONEYPOT_FIELD } from "@/lib/registrations/spam-fields";
import { invalidParametersProblemSchema, PROBLEM_CONTENT_TYPE, problemSchema } from "./problem";

/**
 * The OpenAPI 3.1 description of /api/v1. Parameter and response schemas are generated from the
 * zod schemas the handlers use (filters.ts, api-representation.ts, problem.ts), so the document
 * cannot drift from what the API does; the German texts come from the catalogue (area "api", German only).
 */

// The document is built from the catalogue's structure (schema names, parameter names): the raw texts, which hold no ICU arguments.
const text = loadMessages("de").api.openapi;
const storageText = loadMessages("de").operations.storage;
const ref = (id: string) => `#/components/schemas/${id}`;

type JsonSchema = Record<string, unknown>;

/**
 * Noise zod adds that says nothing to a reader (the safe-integer bounds, the long date-time regex),
 * and "no other members": the zod schemas are strict so that nothing internal leaks, but clients
 * should ignore members added in later versions rather than reject them.
 */
function tidy(schema: JsonSchema) {
  if (schema.additionalProperties === false) delete schema.additionalProperties;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.format === "date-time") delete schema.pattern;
  delete schema.$schema;
  delete schema.$id;
}

function toSchema(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", override: (ctx) => tidy(ctx.jsonSchema as JsonSchema) }) as JsonSchema;
  tidy(out);
  return out;
}

/** Named schemas; where one contains another, the document refers to it with $ref. */
const components = {
  EventSummary: apiEventSummarySchema,
  EventDetail: apiEventDetailSchema,
  EventList: apiEventListSchema,
  EventResponse: apiEventResponseSchema,
  Problem: problemSchema,
  InvalidParametersProblem: invalidParametersProblemSchema,
} satisfies Record<keyof typeof text.schemas, z.ZodType>;

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: ref,
    override: (ctx) => tidy(ctx.jsonSchema as JsonSchema),
  });
  const descriptions: Record<string, string> = text.schemas;
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      tidy(schema as JsonSchema);
      return [id, { description: descriptions[id], ...schema }];
    }),
  );
}

function queryParameters() {
  const descriptions: Record<string, string> = text.parameters;
  const filters = apiFilterKeys.map((name) => ({
    name,
    in: "query",
    required: false,
    description: descriptions[name],
    schema: toSchema(calendarFilterSchema.shape[name].unwrap()),
  }));
  return [
    ...filters,
    {
      name: "proSeite",
      in: "query",
      required: false,
      description: descriptions.proSeite,
      schema: { ...toSchema(pageSizeSchema), default: API_PAGE_SIZE.default },
    },
  ];
}

/**
 * The registration body, written out by hand: the zod schema behind it is built per event (extra
 * questions) and normalises form input, which JSON Schema cannot express.
 */
function registrationRequestSchema() {
  const f = text.registrationFields;
  return {
    type: "object",
    required: ["firstName", "lastName", "email", "initiative", "consent"],
    properties: {
      firstName: { type: "string", maxLength: 100, description: f.firstName },
      lastName: { type: "string", maxLength: 100, description: f.lastName },
      email: { type: "string", format: "email", maxLength: 254, description: f.email },
      phone: { type: "string", maxLength: 40, description: f.phone },
      initiative: { type: "string", pattern: "^(\\d+|andere|keine)$", description: f.initiative },
      initiativeOther: { type: "string", maxLength: 200, description: f.initiativeOther },
      accessibilityNeeds: { type: "string", maxLength: 1000, description: f.accessibilityNeeds },
      answers: { type: "object", additionalProperties: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }, description: f.answers },
      consent: { const: true, description: f.consent },
      [HONEYPOT_FIELD]: { type: "string", maxLength: 0, description: f.honeypot },
    },
  };
}

function registrationAcceptedSchema() {
  const f = text.registrationFields;
  return {
    type: "object",
    required: ["message"],
    properties: { message: { type: "string", description: f.message } },
  };
}

const json = (id: string) => ({ "application/json": { schema: { $ref: ref(id) } } });
const problem = (id: string) => ({ [PROBLEM_CONTENT_TYPE]: { schema: { $ref: ref(id) } } });

export function openApiDocument() {
  const ops = text.operations;
  return {
    openapi: "3.1.0",
    info: {
      title: text.title,
      version: "1.0.0",
      description: `${city.programmeName} (${city.name}). ${text.description}`,
    },
    servers: [{ url: absoluteUrl("/api/v1"), description: text.serverDescription }],
    tags: [{ name: "events", description: text.tags.events }],
    paths: {
      "/events": {
        get: {
          operationId: "listEvents",
          tags: ["events"],
          summary: ops.listEvents.summary,
          description: ops.listEvents.description,
          parameters: queryParameters(),
          responses: {
            "200": { description: ops.listEvents.ok, content: json("EventList") },
            "400": { description: ops.badRequest, content: problem("InvalidParametersProblem") },
            "500": { description: ops.internalError, content: problem("Problem") },
            "503": { description: storageText.openapiDescription, content: problem("Problem") },
          },
        },
      },
      "/events/{slug}/registrations": {
        post: {
          operationId: "createRegistration",
          tags: ["events"],
          summary: ops.createRegistration.summary,
          description: ops.createRegistration.description,
          parameters: [{ name: "slug", in: "path", required: true, description: text.parameters.slug, schema: { type: "string" } }],
          requestBody: { required: true, content: { "application/json": { schema: registrationRequestSchema() } } },
          responses: {
            "202": { description: ops.createRegistration.accepted, content: { "application/json": { schema: registrationAcceptedSchema() } } },
            "400": { description: ops.createRegistration.badRequest, content: problem("Problem") },
            "404": { description: ops.notFound, content: problem("Problem") },
            "409": { description: ops.createRegistration.conflict, content: problem("Problem") },
            "413": { description: ops.createRegistration.tooLarge, content: problem("Problem") },
            "415": { description: ops.createRegistration.unsupportedMediaType, content: problem("Problem") },
            "422": { description: ops.createRegistration.unprocessable, content: problem("InvalidParametersProblem") },
            "429": { description: ops.createRegistration.tooManyRequests, content: problem("Problem") },
            "500": { description: ops.internalError, content: problem("Problem") },
            "503": { description: storageText.openapiDescription, content: problem("Problem") },
          },
        },
      },
      "/events/{slug}": {
        get: {
          operationId: "getEvent",
          tags: ["events"],
          summary: ops.getEvent.summary,
          description: ops.getEvent.description,
          parameters: [{ name: "slug", in: "path", required: true, description: text.parameters.slug, schema: { type: "string" } }],
          responses: {
            "200": { description: ops.getEvent.ok, content: json("EventResponse") },
            "404": { description: ops.notFound, content: problem("Problem") },
            "500": { description: ops.internalError, content: problem("Problem") },
            "503": { description: storageText.openapiDescription, content: problem("Problem") },
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
