/** A number from the command line; exits with code 2 and a German message when it is not one. */
export function positiveNumber(name: string, raw: string, { integer = false, allowZero = false } = {}): number {
  const n = Number(raw);
  const ok = Number.isFinite(n) && (allowZero ? n >= 0 : n > 0) && (!integer || Number.isInteger(n));
  if (!ok) {
    console.error(`--${name} braucht eine ${integer ? "ganze " : ""}Zahl ${allowZero ? "≥ 0" : "> 0"} (bekommen: ${raw}).`);
    process.exit(2);
  }
  return n;
}
