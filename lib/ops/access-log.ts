import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./logger";
import { loggablePath } from "./loggable-path";
import { requestId } from "./request-id";

/**
 * One log line per answered request: request id, method, path (lib/ops/loggable-path.ts), status,
 * duration in ms. `next start` owns the HTTP server, and proxy.ts runs before the page without
 * seeing its status; Node's built-in diagnostics channels of the HTTP server
 * (http.server.request.start / http.server.response.finish, stable in Node 20) see both ends of
 * every request without a custom server or a patched Next.js. The request id also goes back to the
 * client as X-Request-Id, so that a person reporting an error can quote it.
 *
 * Not logged: the query string, headers, the client's address, anything of the body.
 */
type Started = { id: string; at: number };
const started = new WeakMap<ServerResponse, Started>();

type RequestStart = { request: IncomingMessage; response: ServerResponse };

export function startAccessLog(): void {
  const flag = globalThis as unknown as { __accessLogStarted?: boolean };
  if (flag.__accessLogStarted) return;
  flag.__accessLogStarted = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestStart;
    const id = requestId(request.headers["x-request-id"]);
    started.set(response, { id, at: performance.now() });
    // Before Next.js writes its headers; replaced if a route sets its own.
    if (!response.headersSent) response.setHeader("X-Request-Id", id);
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as RequestStart;
    const start = started.get(response);
    if (!start) return;
    started.delete(response);
    const durationMs = Math.round((performance.now() - start.at) * 10) / 10;
    logger.info(
      { event: "request", requestId: start.id, method: request.method, path: loggablePath(request.url ?? "/"), status: response.statusCode, durationMs },
      "request",
    );
  });
}
