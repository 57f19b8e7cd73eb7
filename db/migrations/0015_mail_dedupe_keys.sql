CREATE TABLE `mail_dedupe_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT OR IGNORE INTO `mail_dedupe_keys` (`key`, `created_at`) SELECT `dedupe_key`, `created_at` FROM `mail_outbox` WHERE `dedupe_key` IS NOT NULL;
