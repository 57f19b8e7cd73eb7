import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatTimeRange } from "@/lib/dates/format";

type Props = {
  title: string;
  event: { id: number; title: string; startsAt: Date; endsAt: Date };
  seats: { taken: number; capacity: number; waiting: number };
};

/** Page title, the event, and its seats at a glance: what every participant page starts with. */
export async function ParticipantsHeading({ title, event, seats }: Props) {
  const t = await getTranslations("internParticipants.list");
  return (
    <div className="mb-6">
      <p className="no-print mb-2">
        <Link href={`/intern/veranstaltungen/${event.id}`} className="inline-flex min-h-11 items-center">
          {t("backToEvent")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-1 text-xl font-semibold">
        <span className="sr-only">{t("eventLabel")}: </span>
        {event.title}
      </p>
      <p className="text-muted">{formatTimeRange(event.startsAt, event.endsAt)}</p>
      <p className="mt-2">
        <strong>{t("seats", { taken: seats.taken, capacity: seats.capacity })}</strong> · {t("waiting", { count: seats.waiting })}
      </p>
    </div>
  );
}
