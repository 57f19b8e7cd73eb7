CREATE TABLE `event_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`help` text,
	`required` integer DEFAULT false NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_questions_event_idx` ON `event_questions` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `registration_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`registration_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `registration_tokens_registration_idx` ON `registration_tokens` (`registration_id`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`dedupe_key` text,
	`registration_id` integer,
	`event_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`transport` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_error` text,
	`message_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_outbox_dedupe_key_unique` ON `mail_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_registration_idx` ON `mail_outbox` (`registration_id`);--> statement-breakpoint
CREATE INDEX `mail_outbox_recipient_idx` ON `mail_outbox` (`recipient`);--> statement-breakpoint
CREATE TABLE `rate_limit_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `registrations` ADD `email_normalized` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `answers` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `consent_version` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `consent_at` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `promoted_at` integer;--> statement-breakpoint
CREATE INDEX `registrations_event_waitlist_idx` ON `registrations` (`event_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_event_email_active_uq` ON `registrations` (`event_id`,`email_normalized`) WHERE status in ('confirmed', 'waitlisted') and email_normalized is not null;