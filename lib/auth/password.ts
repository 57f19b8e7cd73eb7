import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * The one set of argon2 parameters: for real passwords, for the decoy below and for the demo
 * accounts (db/seed/accounts.ts). One set, so that the time a check takes tells nothing about
 * which kind of hash it ran against. OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
 * (algorithm 2 is Argon2id; the package exports it as a const enum that isolated modules cannot read.)
 * No "server-only" here: the seed script imports it outside Next.js, and it holds no secret.
 */
export const PASSWORD_HASH_OPTIONS: Readonly<Options> = Object.freeze({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

// A hash of nothing anyone knows: verified against when an address is unknown, so that a wrong
// address takes as long as a wrong password and the answer time does not tell which it was.
let decoy: Promise<string> | undefined;

/** The hash an unknown address is checked against (exported for the test of its parameters). */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}

/** Checks a password against a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await decoyHash(), password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
