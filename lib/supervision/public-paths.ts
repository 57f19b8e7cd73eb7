/** The public page of an event: supervision groups have their own pages under /supervision. */
export function publicEventPath(slug: string, isSupervision: boolean): string {
  return isSupervision ? `/supervision/${slug}` : `/veranstaltungen/${slug}`;
}
