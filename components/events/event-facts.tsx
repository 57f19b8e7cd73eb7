import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/public-queries";
import { registrationDeadline, seatAvailability } from "@/lib/events/rules";
import { seatBadge } from "@/lib/events/seat-badge";
import { PhoneLink } from "@/components/ui/phone-link";
import { languageName } from "./language-name";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * Every fact of an event as a description list: when, where, who, for whom, seats, deadline.
 * Organisers' and the office's words (format, topics, target group, access notes) are German: on
 * English pages they carry lang="de".
 */
export async function EventFacts({ e, now }: { e: PublicEvent; now: Date }) {
  const t = await getTranslations("event");
  const locale = await getLocale();
  const de = locale === "de" ? undefined : "de";
  const { left, state } = seatAvailability(e.event.capacity, e.seatsTaken);
  const badge = seatBadge(e.event, e.seatsTaken, now, { supervision: e.format.isSupervision });
  const online = e.event.attendanceMode !== "in_person";
  return (
    <dl className="mb-8">
      <Fact label={t("when")}>
        {e.sessions.length === 1 ? (
          <time dateTime={e.sessions[0].startsAt.toISOString()}>{formatTimeRange(e.sessions[0].startsAt, e.sessions[0].endsAt, locale)}</time>
        ) : (
          <>
            <p className="mb-1">{t("sessionsHeading", { count: e.sessions.length })}:</p>
            <ol className="list-decimal pl-6">
              {e.sessions.map((s) => (
                <li key={s.id}>
                  <time dateTime={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time>
                </li>
              ))}
            </ol>
          </>
        )}
      </Fact>
      <Fact label={t("where")}>
        {e.venue && e.event.attendanceMode !== "online" && (
          <div className="mb-2">
            <p>
              {e.venue.name}
              {e.venue.room && (
                <>
                  <br />
                  {e.venue.room}
                </>
              )}
              <br />
              {e.venue.street}, {e.venue.postalCode} {e.venue.city}
            </p>
            <p className="mt-1 font-semibold">{e.venue.stepFree ? t("stepFree") : t("notStepFree")}</p>
            {e.venue.accessibilityNotes && (
              <p className="mt-1">
                <span className="font-semibold">{t("accessibility")}: </span>
                <span lang={de}>{e.venue.accessibilityNotes}</span>
              </p>
            )}
          </div>
        )}
        {online && (
          <p>
            {e.event.attendanceMode === "hybrid" ? t("hybridNote") : t("online")}
            {e.event.onlineUrl && (
              <>
                {" "}
                <a href={e.event.onlineUrl} rel="nofollow">
                  {t("onlineLink")}
                </a>
              </>
            )}
          </p>
        )}
      </Fact>
      <Fact label={t("organiser")}>
        {e.organisation.name}
        {e.organisation.email && (
          <>
            <br />
            <a href={`mailto:${e.organisation.email}`}>{e.organisation.email}</a>
          </>
        )}
        {e.organisation.phone && (
          <>
            <br />
            <PhoneLink phone={e.organisation.phone} />
          </>
        )}
      </Fact>
      {e.event.trainer && <Fact label={t("trainer")}>{e.event.trainer}</Fact>}
      {e.event.targetGroup && (
        <Fact label={t("targetGroup")}>
          <span lang={de}>{e.event.targetGroup}</span>
        </Fact>
      )}
      {e.languages.length > 0 && <Fact label={t("languages")}>{e.languages.map((code) => languageName(t, code)).join(", ")}</Fact>}
      <Fact label={t("format")}>
        <Link href={`/veranstaltungen?format=${encodeURIComponent(e.format.slug)}`} lang={de}>
          {e.format.name}
        </Link>
      </Fact>
      {e.topics.length > 0 && (
        <Fact label={t("topics")}>
          <ul className="flex flex-wrap gap-x-4">
            {e.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/veranstaltungen?thema=${encodeURIComponent(topic.slug)}`} lang={de}>
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {/* The badge is in the page's first screen (RegisterCall); here the numbers. What is left only
          while one can register: after the deadline it would read like an offer. */}
      <Fact label={t("seats")}>
        {badge.kind === "cancelled" || badge.kind === "past" || badge.kind === "closed"
          ? t("seatsCapacity", { capacity: e.event.capacity })
          : state === "full"
            ? t("seatsFull")
            : t("seatsValue", { left, capacity: e.event.capacity })}
      </Fact>
      {e.event.registrationOpensAt && e.event.registrationOpensAt > now && <Fact label={t("opensAt")}>{formatDateTime(e.event.registrationOpensAt, locale)}</Fact>}
      <Fact label={t("deadline")}>{formatDateTime(registrationDeadline(e.event), locale)}</Fact>
      <Fact label={t("cost")}>{t("free")}</Fact>
    </dl>
  );
}
