/**
 * The path of a request as it may be logged: without the query string (links may carry tokens
 * there) and with the path segments that are secrets replaced by ":token" (the private manage link
 * /anmeldung/<token>, the "Meine Daten" access link, the password link, a certificate's code).
 */
const SECRET_AFTER: readonly string[][] = [["anmeldung"], ["meine-daten", "zugang"], ["intern", "passwort-setzen"], ["bescheinigung"]];
/** Fixed pages under those prefixes, which are no secret. */
const NOT_SECRET = new Set(["eingegangen"]);
/** A segment that looks like a random token anywhere else: long base64url with a capital letter (slugs are lower case). */
const TOKEN_LIKE = /^(?=.*[A-Z])[A-Za-z0-9_-]{32,}$/;
const MAX_LENGTH = 300;

export function loggablePath(target: string): string {
  const path = target.split(/[?#]/, 1)[0] || "/";
  const segments = path.split("/");
  for (const prefix of SECRET_AFTER) {
    const at = prefix.length + 1;
    if (segments.length > at && prefix.every((part, i) => segments[i + 1] === part) && segments[at] !== "" && !NOT_SECRET.has(segments[at])) {
      segments[at] = ":token";
    }
  }
  const blanked = segments.map((s) => (TOKEN_LIKE.test(s) ? ":token" : s)).join("/");
  return blanked.length > MAX_LENGTH ? `${blanked.slice(0, MAX_LENGTH)}…` : blanked;
}
