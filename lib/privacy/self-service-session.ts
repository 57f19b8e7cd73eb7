import "server-only";

/**
 * CONTRACT (implemented with /meine-daten, issue 13): the normalised e-mail address of the
 * current "Meine Daten" session (an HttpOnly cookie holding a session token whose hash is in
 * self_service_tokens, kind "session"), or null when there is none or it has expired.
 */
export async function selfServiceEmail(): Promise<string | null> {
  return null;
}
