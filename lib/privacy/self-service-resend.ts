import "server-only";
import { formatTimeRange } from "@/lib/dates/format";
import { registrationSettings } from "@/lib/config/registration-settings";
import { writeTransaction } from "@/lib/db/write-transaction";
import { enqueueMail } from "@/lib/mail/outbox";
import { eventTitle } from "@/lib/mail/templates/layout";
import { selfServiceLinksResendMail } from "@/lib/mail/templates/self-service-links-resend";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { createManageLink } from "@/lib/registrations/tokens";
import { selfServiceOverview } from "./self-service-overview";
import type { SelfServiceSubject } from "./self-service-subject";

/**
 * "Alle Links erneut senden": one mail to the subject's address with a fresh manage link for each
 * live registration or application (upcoming, with a seat, a waiting-list place or an open
 * application). Limited per address like the link requests, so a session cannot flood the inbox.
 */
export async function resendManageLinks(subject: SelfServiceSubject, now = new Date()): Promise<"sent" | "limited"> {
  const s = registrationSettings();
  const limit = await hitRateLimit(`self-service:resend:${subject.email}`, s.rateLimitPerEmail, s.rateLimitWindowSeconds, now.getTime());
  if (!limit.allowed) return "limited";
  const { upcoming, past } = await selfServiceOverview(subject, now);
  const live = upcoming.filter((e) => e.live);
  // The name the person gave most recently; the mail greets neutrally without one.
  const latest = [...upcoming, ...past].sort((a, b) => b.row.createdAt.getTime() - a.row.createdAt.getTime())[0];
  // In the language of the person's latest registration, like the mails about it.
  const locale = latest?.row.locale;
  await writeTransaction(async (tx) => {
    const links = [];
    for (const entry of live) {
      const link = await createManageLink(tx, entry.row.id);
      const first = entry.event.sessions[0];
      links.push({ title: eventTitle(entry.event.event, locale), when: first ? formatTimeRange(first.startsAt, first.endsAt, locale) : "", url: link.url });
    }
    await enqueueMail(tx, { kind: "self_service_links", recipient: subject.email, ...selfServiceLinksResendMail({ firstName: latest?.row.firstName ?? "", links, locale }) }, now);
  });
  return "sent";
}
