/** Settings read from the environment (see .env.example). */
export function publicUrl(): string {
  const url = process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`;
  return url.replace(/\/+$/, "");
}

/** Absolute URL for a path, starting with PUBLIC_URL (used in feeds, JSON-LD and the API). */
export function absoluteUrl(path: string): string {
  return `${publicUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Host name used in iCalendar UIDs; stable as long as PUBLIC_URL is. */
export function uidDomain(): string {
  try {
    return new URL(publicUrl()).hostname;
  } catch {
    return "localhost";
  }
}
