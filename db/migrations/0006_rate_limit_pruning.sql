CREATE TABLE `failure_delays` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `failure_delays_last_failure_idx` ON `failure_delays` (`last_failure_at`);--> statement-breakpoint
ALTER TABLE `rate_limit_counters` ADD `expires_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `rate_limit_counters_expires_idx` ON `rate_limit_counters` (`expires_at`);