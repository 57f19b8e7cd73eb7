/**
 * Next.js calls register() once when a server process starts. In the Node.js runtime it first reads
 * and checks the settings (lib/config/env.ts): a wrong value stops the server here, with the
 * setting's name, instead of failing later on some request. Then it starts the access log
 * (lib/ops/access-log.ts), the outbox sender, the reminder scheduler and the daily retention job
 * (lib/privacy/retention-schedule.ts), so that mails go out and old personal data is removed by the
 * server itself (switch off with MAIL_SENDER_IN_SERVER=0, e.g. when `npm run jobs` runs them
 * separately; running both is safe), and the stop on SIGTERM (lib/ops/shutdown.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; the checks and the background work belong to running servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ checkSettingsAtStartup }, { settings }, { startAccessLog }, { installServerShutdown }] = await Promise.all([
    import("./lib/config/startup-check"),
    import("./lib/config/env"),
    import("./lib/ops/access-log"),
    import("./lib/ops/shutdown"),
  ]);
  checkSettingsAtStartup();
  startAccessLog();
  // Loaded now, while the process holds no connections: the package finds its native binding via
  // process.report.getReport(), which lists every open socket; loaded by the first registration
  // of a rush (50 connections open) it stopped the server for seconds (lib/db/prepared-write.ts).
  await import("libsql/promise");
  // Once per process, also when development reloads this module.
  const flag = globalThis as unknown as { __backgroundJobsStarted?: boolean };
  if (!settings().MAIL_SENDER_IN_SERVER || flag.__backgroundJobsStarted) {
    installServerShutdown({ stops: [], mailOwner: null });
    return;
  }
  flag.__backgroundJobsStarted = true;
  const [{ defaultSenderName, startMailSender }, { startReminderScheduler }, { startRetentionScheduler }] = await Promise.all([
    import("./lib/mail/sender"),
    import("./lib/registrations/reminders"),
    import("./lib/privacy/retention-schedule"),
  ]);
  const mailOwner = defaultSenderName();
  installServerShutdown({ stops: [startMailSender({ owner: mailOwner }), startReminderScheduler(), startRetentionScheduler()], mailOwner });
}

/** Errors of requests (render, route handler, server action): logged without the request's content. */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routerKind: string; routePath: string; routeType: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger, errorFields }, { loggablePath }] = await Promise.all([import("./lib/ops/logger"), import("./lib/ops/loggable-path")]);
  const digest = (error as { digest?: unknown })?.digest;
  logger.error(
    { event: "request.error", method: request.method, path: loggablePath(request.path), route: context.routePath, routeType: context.routeType, digest: typeof digest === "string" ? digest : undefined, error: errorFields(error) },
    "request failed",
  );
}
