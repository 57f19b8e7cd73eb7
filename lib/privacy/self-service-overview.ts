import "server-only";
import { db } from "@/db/client";
import { activeStatuses } from "@/db/schema";
import { waitlistPosition } from "@/lib/registrations/waitlist";
import { loadSelfServiceRecords, type SelfServiceRecord } from "./self-service-records";
import type { SelfServiceSubject } from "./self-service-subject";

export type OverviewEntry = SelfServiceRecord & {
  upcoming: boolean;
  /** Place on the waiting list, for a waitlisted registration. */
  position: number | null;
  /** Whether the person can still change or cancel it on its manage page. */
  live: boolean;
  hasCertificate: boolean;
};

/**
 * What the "Meine Daten" overview shows: the subject's registrations and applications, upcoming
 * first (soonest first), then past ones (latest first), and the mails sent to the address.
 */
export async function selfServiceOverview(subject: SelfServiceSubject, now = new Date()) {
  const { email, records, mails } = await loadSelfServiceRecords(subject);
  const entries: OverviewEntry[] = await Promise.all(
    records.map(async (record) => {
      const upcoming = record.event.event.endsAt > now;
      return {
        ...record,
        upcoming,
        position: record.row.status === "waitlisted" ? await waitlistPosition(db, record.row) : null,
        live: upcoming && (activeStatuses as readonly string[]).includes(record.row.status),
        hasCertificate: record.certificates.some((c) => c.status === "valid"),
      };
    }),
  );
  const start = (e: OverviewEntry) => e.event.event.startsAt.getTime();
  return {
    email,
    upcoming: entries.filter((e) => e.upcoming).sort((a, b) => start(a) - start(b)),
    past: entries.filter((e) => !e.upcoming).sort((a, b) => start(b) - start(a)),
    mails,
  };
}

export type SelfServiceOverview = Awaited<ReturnType<typeof selfServiceOverview>>;
