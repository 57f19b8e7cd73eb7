import { getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";
import { formatDateTime } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/public-queries";
import { registrationWindowState, seatAvailability } from "@/lib/events/rules";

/**
 * The place of the registration form (built in the next step): for now it says whether one can
 * register and whom to contact.
 */
export async function RegistrationStatus({ event, now }: { event: PublicEvent; now: Date }) {
  const t = await getTranslations("event.registration");
  const state = registrationWindowState(event.event, now);
  const { state: seats } = seatAvailability(event.event.capacity, event.seatsTaken);
  const contactEmail = event.organisation.email ?? city.office.email;
  const contactPhone = event.organisation.phone ?? city.office.phone;
  return (
    <section id="anmeldung" aria-labelledby="anmeldung-heading" className="mt-10 rounded border-2 border-accent p-4">
      <h2 id="anmeldung-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h2>
      {state === "open" ? (
        <>
          <p className="mb-2">{seats === "full" ? t("waitlist") : t("open")}</p>
          <p>
            <a href={`mailto:${contactEmail}?subject=${encodeURIComponent(`Anmeldung: ${event.event.title}`)}`}>{contactEmail}</a>
            <br />
            {contactPhone}
          </p>
        </>
      ) : (
        <p>
          {state === "not_yet_open" && event.event.registrationOpensAt
            ? t("notYetOpen", { date: formatDateTime(event.event.registrationOpensAt) })
            : state === "cancelled"
              ? t("cancelled")
              : state === "past"
                ? t("past")
                : t("closed")}
        </p>
      )}
    </section>
  );
}
