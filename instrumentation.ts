/**
 * Next.js calls register() once when a server process starts. In the Node.js runtime it starts the
 * outbox sender and the reminder scheduler, so that mails go out from the server itself (switch off
 * with MAIL_SENDER_IN_SERVER=0, e.g. when `npm run jobs` runs them separately; running both is safe).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.MAIL_SENDER_IN_SERVER === "0") return;
  // `next build` loads this file too; the background work belongs to running servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Once per process, also when development reloads this module.
  const flag = globalThis as unknown as { __backgroundJobsStarted?: boolean };
  if (flag.__backgroundJobsStarted) return;
  flag.__backgroundJobsStarted = true;
  const [{ startMailSender }, { startReminderScheduler }] = await Promise.all([
    import("./lib/mail/sender"),
    import("./lib/registrations/reminders"),
  ]);
  startMailSender();
  startReminderScheduler();
}
