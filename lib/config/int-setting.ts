/** A whole number ≥ 0 from the environment, or the fallback when it is missing or not a number. */
export function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}
