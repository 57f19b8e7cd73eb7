import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import type { Messages } from "@/lib/i18n/messages";
import { isStorageUnavailable } from "@/lib/operations/storage-error";
import { absoluteUrl } from "@/lib/config/env";

/**
 * Error answers of the JSON API as "problem details" (RFC 9457, media type
 * application/problem+json). The schemas below are also what the OpenAPI document publishes.
 */

const t = translator("de", "api");
const tStorage = translator("de", "operations");
const fields = (key: keyof Messages["api"]["openapi"]["fields"]) => t(`openapi.fields.${key}`);

export const parameterErrorSchema = z.strictObject({
  parameter: z.string().meta({ description: fields("errorParameter") }),
  detail: z.string().meta({ description: fields("errorDetail") }),
});

// Loose: RFC 9457 lets each problem type add members of its own.
export const problemSchema = z.looseObject({
  type: z.string().meta({ description: fields("problemType") }),
  title: z.string().meta({ description: fields("problemTitle") }),
  status: z.number().int().min(400).max(599).meta({ description: fields("problemStatus") }),
  detail: z.string().optional().meta({ description: fields("problemDetail") }),
  instance: z.string().optional().meta({ description: fields("problemInstance") }),
});

export const invalidParametersProblemSchema = problemSchema.extend({
  errors: z.array(parameterErrorSchema).min(1).meta({ description: fields("problemErrors") }),
});

export type ParameterError = z.infer<typeof parameterErrorSchema>;
export type Problem = z.infer<typeof problemSchema> & { errors?: ParameterError[] };

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * Headers every answer of the public API carries. No CORS header: a page of another site must not
 * be able to script registrations from its visitors' browsers (issue 10); servers and scripts
 * outside a browser need none, and the public calendar is linked to, not embedded.
 */
export const apiHeaders = {
  "Content-Language": "de",
} as const;

/**
 * The problem type of invalid query parameters: a URI that points at its description in the
 * OpenAPI document. Other problems use "about:blank" (their status code says all).
 */
export function invalidParametersType(): string {
  return absoluteUrl("/api/v1/openapi.json#/components/schemas/InvalidParametersProblem");
}


export function problemResponse({
  status,
  title,
  detail,
  type = "about:blank",
  instance,
  errors,
}: {
  status: number;
  title: string;
  detail?: string;
  type?: string;
  instance?: string;
  errors?: ParameterError[];
}): Response {
  const body: Problem = { type, title, status };
  if (detail !== undefined) body.detail = detail;
  if (instance !== undefined) body.instance = instance;
  if (errors !== undefined) body.errors = errors;
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...apiHeaders, "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
}

/** 400 with one entry per invalid parameter. */
export function invalidParametersProblem(errors: ParameterError[], instance?: string): Response {
  return problemResponse({ status: 400, type: invalidParametersType(), title: t("problems.invalidParameters.title"), detail: t("problems.invalidParameters.detail"), instance, errors });
}

/** 404 for an event that does not exist or is not public (the answer does not tell which). */
export function eventNotFoundProblem(slug: string, instance?: string): Response {
  return problemResponse({ status: 404, title: t("problems.eventNotFound.title"), detail: t("problems.eventNotFound.detail", { slug }), instance });
}

/** 404 for a path under /api/v1 that is no endpoint. */
export function notFoundProblem(path: string): Response {
  const detail = t("problems.notFound.detail", { path, openapi: absoluteUrl("/api/v1/openapi.json") });
  return problemResponse({ status: 404, title: t("problems.notFound.title"), detail, instance: path });
}

/** 500: logged with context by the caller; the client hears only that it was not its fault. */
export function internalErrorProblem(instance?: string): Response {
  return problemResponse({ status: 500, title: t("problems.internalError.title"), detail: t("problems.internalError.detail"), instance });
}

/** How long a client should wait after a 503 before it tries again, in seconds. */
const RETRY_AFTER_SECONDS = 30;

/** 503 when the database cannot store anything right now (disk full, read-only, locked, I/O error). */
export function serviceUnavailableProblem(instance?: string): Response {
  const response = problemResponse({ status: 503, title: tStorage("storage.problemTitle"), detail: tStorage("storage.problemDetail"), instance });
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/**
 * The answer to an error the client did not cause (logged by the caller): 503 when the storage is
 * unavailable for now (lib/operations/storage-error.ts), else 500.
 */
export function unexpectedErrorProblem(error: unknown, instance?: string): Response {
  return isStorageUnavailable(error) ? serviceUnavailableProblem(instance) : internalErrorProblem(instance);
}

/** 401 for an endpoint of signed-in staff, asked without a session. */
export function signInRequiredProblem(instance?: string): Response {
  return problemResponse({ status: 401, title: t("problems.signInRequired.title"), detail: t("problems.signInRequired.detail"), instance });
}
