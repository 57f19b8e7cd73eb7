/**
 * Who gets a certificate of attendance: the one rule, pure, used when attendance is closed and by
 * the attendance page's preview.
 * - An event without sessions gives nobody a certificate.
 * - A single-session event: present at that session.
 * - Several sessions: present at no fewer than `thresholdPercent` of them (default 75 %, set per
 *   event), and at least at one. Exactly the threshold is enough (3 of 4 at 75 %).
 */
export function isEntitled({ sessionsTotal, sessionsAttended, thresholdPercent }: { sessionsTotal: number; sessionsAttended: number; thresholdPercent: number }): boolean {
  if (sessionsTotal <= 0 || sessionsAttended <= 0) return false;
  if (sessionsTotal === 1) return sessionsAttended >= 1;
  // In whole numbers, so that 3 of 4 at 75 % is not lost to floating point.
  return sessionsAttended * 100 >= thresholdPercent * sessionsTotal;
}

/** The fewest sessions that give a certificate (for the page that explains the rule). */
export function sessionsNeeded(sessionsTotal: number, thresholdPercent: number): number {
  if (sessionsTotal <= 1) return sessionsTotal;
  return Math.max(1, Math.ceil((thresholdPercent * sessionsTotal) / 100));
}
