import { getTranslations } from "next-intl/server";

const NOTICES = ["denied", "notMember", "closed", "closedNow", "reopened", "notOver", "notHeld", "alreadyClosed", "notClosed"];
const GOOD = ["closedNow", "reopened"];

/** The result of the last mark, from the `hinweis` parameter the action redirected with. */
export async function AttendanceNotice({ notice }: { notice?: string }) {
  if (!notice || !NOTICES.includes(notice)) return null;
  const t = await getTranslations("internAttendance.notice");
  const forms = await getTranslations("common.forms");
  return (
    <div role={GOOD.includes(notice) ? "status" : "alert"} className={`mb-6 border-l-8 bg-soft p-4 ${GOOD.includes(notice) ? "border-ok" : "border-accent"}`}>
      <p className="font-semibold">{notice === "denied" ? forms("denied") : t(notice as "notMember")}</p>
    </div>
  );
}
