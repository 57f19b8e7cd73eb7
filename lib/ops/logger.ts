import pino from "pino";
import { settings } from "@/lib/config/env";

/**
 * The one logger of the server and the background jobs: JSON lines on stdout (pino), which
 * journald (or any collector) keeps and rotates. Every line has `msg` and, where it helps, `event`
 * (a fixed name such as "request" or "mail.failed") so that a log query can select by it.
 *
 * What may go in: ids, counts, durations, status codes, paths with their secret segments blanked
 * (lib/ops/loggable-path.ts), error names and codes. What never goes in: names, e-mail addresses,
 * tokens, form contents, query strings. Error objects are reduced to name, code and message by
 * `errorFields`, because some driver messages quote the SQL values (an address, a name).
 */
const globalForLogger = globalThis as unknown as { __logger?: pino.Logger };

export const logger: pino.Logger =
  globalForLogger.__logger ??
  pino({
    level: settings().LOG_LEVEL,
    // hostname and pid tell several processes apart; nothing else about the machine.
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
globalForLogger.__logger = logger;

/** What of an error may be logged: its class, code and a message cut short (no stack, no SQL values). */
export function errorFields(error: unknown): { name?: string; code?: string; message?: string } {
  if (!(error instanceof Error)) return { message: typeof error };
  // drizzle wraps the driver's error in "Failed query: <sql> params: <values>": the values may be
  // an address or a name, so only the cause (the driver's own message) is kept.
  if (error.message.startsWith("Failed query") && error.cause instanceof Error) return errorFields(error.cause);
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    code: typeof code === "string" ? code : undefined,
    message: error.message.split("\n")[0].replace(/\S+@\S+/g, "[address]").slice(0, 200),
  };
}
