import { randomUUID } from "node:crypto";

/**
 * The id that ties a request's log lines together. An id sent by the reverse proxy
 * (X-Request-Id, e.g. nginx's $request_id) is kept so that its log and ours can be joined, but only
 * when it has the shape of an id: anything else (long, other characters, a name, an address) is a
 * header from outside and is replaced by a fresh one.
 */
const ACCEPTED = /^[A-Za-z0-9_-]{8,64}$/;

export function requestId(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && ACCEPTED.test(incoming) ? incoming : randomUUID();
}
