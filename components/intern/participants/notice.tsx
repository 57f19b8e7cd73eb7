import { getTranslations } from "next-intl/server";

const notices = ["added_confirmed", "added_waitlisted", "moved", "full", "notWaiting", "cancelled", "alreadyCancelled", "messageSent", "denied", "attendanceClosed"] as const;
type NoticeKey = (typeof notices)[number];
const problems: NoticeKey[] = ["full", "notWaiting", "alreadyCancelled", "denied", "attendanceClosed"];

/** The result of the last action, from the `hinweis` parameter the action redirected with. */
export async function ParticipantNotice({ notice, count }: { notice?: string; count?: string }) {
  if (!notices.includes(notice as NoticeKey)) return null;
  const key = notice as NoticeKey;
  const t = await getTranslations("internParticipants.notice");
  const forms = await getTranslations("common.forms");
  const problem = problems.includes(key);
  // A refusal reads the same as in every other form of the signed-in area.
  const text = key === "denied" ? forms("denied") : key === "messageSent" ? t("messageSent", { count: Number(count) || 0 }) : t(key);
  return (
    <div role={problem ? "alert" : "status"} className={`mb-6 border-l-8 bg-soft p-4 ${problem ? "border-accent" : "border-ok"}`}>
      <p className="font-semibold">{text}</p>
    </div>
  );
}
