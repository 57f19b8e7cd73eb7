import "server-only";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/lib/auth/access";

/** What a page loads through the data layer; a refusal is a 404, so foreign ids look missing. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
}
