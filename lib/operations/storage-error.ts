/**
 * Errors that say the database cannot store anything right now, not that the request was wrong:
 * the disk is full (SQLITE_FULL), the file or folder is not writable (SQLITE_READONLY, e.g. after a
 * mount went read-only or a restore left the wrong owner), another process holds the lock beyond
 * the busy timeout (SQLITE_BUSY), or the disk failed to read or write (SQLITE_IOERR). SQLite rolls
 * the transaction back in each case, so nothing half-written remains; the next request works again
 * once the cause is gone. Callers answer 503 (try again later) instead of 500.
 *
 * libSQL puts the code on `code` (extended codes like SQLITE_IOERR_WRITE too) and drizzle wraps
 * the error in its own with the original as `cause`: the whole chain is looked at.
 */
const CODES = /^SQLITE_(FULL|READONLY|BUSY|IOERR|CANTOPEN)/;
const MESSAGES = /database or disk is full|readonly database|database is locked|disk I\/O error|unable to open database file/i;

export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && CODES.test(code)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
  }
  return false;
}
