import "server-only";
import { headers } from "next/headers";
import { PATH_HEADER } from "./locale-routing";

const MAX_LENGTH = 2000;

/**
 * The current page's path and query without the language prefix ("/veranstaltungen?q=Asyl"), as
 * proxy.ts recorded it: for the language switch and the hreflang links. "/" when unknown.
 */
export async function currentAppPath(): Promise<string> {
  const value = (await headers()).get(PATH_HEADER);
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.length > MAX_LENGTH) return "/";
  return value;
}
