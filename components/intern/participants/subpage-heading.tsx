import Link from "next/link";
import { participantsPath } from "@/lib/participants/paths";

/** The top of a page below the participant list: the way back, the page's title and the event. */
export function SubpageHeading({ eventId, backLabel, title, eventTitle }: { eventId: number; backLabel: string; title: string; eventTitle: string }) {
  return (
    <>
      <p className="mb-2">
        <Link href={participantsPath(eventId)} className="inline-flex min-h-11 items-center">
          {backLabel}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mb-4 text-xl font-semibold">{eventTitle}</p>
    </>
  );
}
