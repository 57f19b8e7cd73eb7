import { getTranslations } from "next-intl/server";

const notices = ["accepted", "full", "fullWaitlisted", "declined", "waitlisted", "ended", "notOpen", "denied"] as const;
type NoticeKey = (typeof notices)[number];
const problems: NoticeKey[] = ["full", "notOpen", "denied"];

/** The result of the last decision, from the `hinweis` parameter the action redirected with. */
export async function ApplicationNotice({ notice }: { notice?: string }) {
  if (!notices.includes(notice as NoticeKey)) return null;
  const key = notice as NoticeKey;
  const t = await getTranslations("internSupervision.notice");
  const forms = await getTranslations("common.forms");
  const problem = problems.includes(key);
  // A refusal reads the same as in every other form of the signed-in area.
  const text = key === "denied" ? forms("denied") : t(key);
  return (
    <div role={problem ? "alert" : "status"} className={`mb-6 border-l-8 bg-soft p-4 ${problem ? "border-accent" : "border-ok"}`}>
      <p className="font-semibold">{text}</p>
    </div>
  );
}
