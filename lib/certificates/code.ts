import { createHash, createHmac, randomBytes } from "node:crypto";
import { derivedSecret } from "@/lib/config/auth-settings";
import { ALPHABET, CODE_LENGTH } from "./code-format";

export { formatCode, normalizeCode } from "./code-format";

/**
 * Verification codes of certificates. The code is 28 characters of Crockford's base32 (140 bits),
 * printed in groups of four ("K7QM-3XRT-…") so that a person can type it from paper. It is never
 * stored: the row keeps a random seed, and the code is the HMAC of the seed under a key derived
 * from APP_SECRET, so the platform can print it again while a copy of the database alone reveals
 * no valid code. Lookups go by the SHA-256 of the code. Changing APP_SECRET therefore invalidates
 * every issued code (docs/certificates.md).
 */


export function newCodeSeed(): string {
  return randomBytes(16).toString("base64url");
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The code of a seed, without separators. */
export function codeFromSeed(seed: string): string {
  const mac = createHmac("sha256", derivedSecret("certificate-code")).update(seed).digest();
  return base32(mac).slice(0, CODE_LENGTH);
}

export function hashCode(code: string): string {
  return createHash("sha256").update(`certificate:${code}`).digest("hex");
}
