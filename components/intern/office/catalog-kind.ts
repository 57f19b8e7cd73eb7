import "server-only";
import { notFound } from "next/navigation";
import { catalogKindOfPath, type CatalogKind } from "@/lib/catalog-admin/catalog-schemas";

/** The list named by the route segment (/intern/listen/themen → "topic"), or the not-found page. */
export function routeCatalogKind(segment: string): CatalogKind {
  const kind = catalogKindOfPath(segment);
  if (!kind) notFound();
  return kind;
}
