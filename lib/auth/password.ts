import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
// (algorithm 2 is Argon2id; the package exports it as a const enum that isolated modules cannot read.)
const options: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A hash of nothing anyone knows: verified against when an address is unknown, so that a wrong
// address takes as long as a wrong password and the answer time does not tell which it was.
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
