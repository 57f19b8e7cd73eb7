/** How a verification code looks: Crockford's base32, 28 characters (140 bits), grouped by four. */
export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 28;

/** "K7QM3XRT…" → "K7QM-3XRT-…". */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * What a person typed or a link carried, as a code: upper case, separators and spaces removed, the
 * letters people confuse with digits read as the digits (Crockford). Null when it cannot be a code.
 */
export function normalizeCode(input: string): string | null {
  if (input.length > 80) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
