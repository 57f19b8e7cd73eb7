CREATE TABLE `session_attendance` (
	`registration_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`status` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by_account_id` integer,
	PRIMARY KEY(`registration_id`, `session_id`),
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_attendance_session_idx` ON `session_attendance` (`session_id`);--> statement-breakpoint
DROP INDEX `registrations_event_email_active_uq`;--> statement-breakpoint
ALTER TABLE `registrations` ADD `motivation` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `can_attend_all` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_event_email_active_uq` ON `registrations` (`event_id`,`email_normalized`) WHERE status in ('confirmed', 'waitlisted', 'applied') and email_normalized is not null;--> statement-breakpoint
ALTER TABLE `events` ADD `open_after_start` integer DEFAULT false NOT NULL;