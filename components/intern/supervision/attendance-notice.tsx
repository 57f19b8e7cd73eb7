import { getTranslations } from "next-intl/server";

/** The result of the last mark, from the `hinweis` parameter the action redirected with. */
export async function AttendanceNotice({ notice }: { notice?: string }) {
  if (notice !== "denied" && notice !== "notMember") return null;
  const t = await getTranslations("internAttendance.notice");
  const forms = await getTranslations("common.forms");
  return (
    <div role="alert" className="mb-6 border-l-8 border-accent bg-soft p-4">
      <p className="font-semibold">{notice === "denied" ? forms("denied") : t("notMember")}</p>
    </div>
  );
}
