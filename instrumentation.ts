/**
 * Next.js calls register() once when a server process starts. In the Node.js runtime it first reads
 * and checks the settings (lib/config/env.ts): a wrong value stops the server here, with the
 * setting's name, instead of failing later on some request. Then it starts the outbox sender, the
 * reminder scheduler and the daily retention job (lib/privacy/retention-schedule.ts), so that mails
 * go out and old personal data is removed by the server itself (switch off with
 * MAIL_SENDER_IN_SERVER=0, e.g. when `npm run jobs` runs them separately; running both is safe).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; the checks and the background work belong to running servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ checkSettingsAtStartup }, { settings }] = await Promise.all([import("./lib/config/startup-check"), import("./lib/config/env")]);
  checkSettingsAtStartup();
  if (!settings().MAIL_SENDER_IN_SERVER) return;
  // Once per process, also when development reloads this module.
  const flag = globalThis as unknown as { __backgroundJobsStarted?: boolean };
  if (flag.__backgroundJobsStarted) return;
  flag.__backgroundJobsStarted = true;
  const [{ startMailSender }, { startReminderScheduler }, { startRetentionScheduler }] = await Promise.all([
    import("./lib/mail/sender"),
    import("./lib/registrations/reminders"),
    import("./lib/privacy/retention-schedule"),
  ]);
  startMailSender();
  startReminderScheduler();
  startRetentionScheduler();
}
