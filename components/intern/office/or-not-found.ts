import "server-only";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/lib/auth/access";
import { idField } from "@/lib/forms/zod-fields";

/** For pages: what the data layer refuses looks like a page that does not exist. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AccessDenied) notFound();
    throw error;
  }
}

/** A numeric id from a route segment, or the not-found page. */
export function routeId(segment: string): number {
  const parsed = idField("").safeParse(segment);
  if (!parsed.success) notFound();
  return parsed.data;
}
