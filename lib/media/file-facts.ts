/** How big a download is and how long a video runs, in the words shown next to a download link. */

export function formatFileSize(bytes: number): string {
  const mb = bytes / 1_000_000;
  if (mb >= 1) return `${new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)))} KB`;
}

/** "4:32", "0:45" (minutes:seconds; the catalogue adds the unit). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
