CREATE TABLE `certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`registration_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`code_seed` text NOT NULL,
	`code_hash` text NOT NULL,
	`session_ids` text NOT NULL,
	`minutes_attended` integer NOT NULL,
	`status` text DEFAULT 'valid' NOT NULL,
	`issued_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "certificates_status_check" CHECK(status in ('valid', 'superseded', 'withdrawn'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code_hash_unique` ON `certificates` (`code_hash`);--> statement-breakpoint
CREATE INDEX `certificates_event_status_idx` ON `certificates` (`event_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_registration_valid_uq` ON `certificates` (`registration_id`) WHERE status = 'valid';--> statement-breakpoint
CREATE TABLE `feedback_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`answered_on` text NOT NULL,
	`overall` integer NOT NULL,
	`helpful` integer NOT NULL,
	`would_recommend` integer NOT NULL,
	`comment` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "feedback_answers_overall_check" CHECK(overall between 1 and 5),
	CONSTRAINT "feedback_answers_helpful_check" CHECK(helpful between 1 and 5)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `feedback_answers_event_idx` ON `feedback_answers` (`event_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `certificate_threshold_percent` integer DEFAULT 75 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `attendance_closed_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `attendance_closed_by_account_id` integer REFERENCES accounts(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `feedback_given` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- One model of attendance for every event: the check-in marks of the whole event (status attended
-- or no_show) become a mark at each of the event's sessions, where none was recorded yet.
INSERT INTO `session_attendance` (`registration_id`, `session_id`, `status`, `recorded_at`, `recorded_by_account_id`)
SELECT r.`id`, s.`id`, CASE r.`status` WHEN 'attended' THEN 'present' ELSE 'absent' END, coalesce(r.`checked_in_at`, r.`updated_at`), NULL
FROM `registrations` r JOIN `event_sessions` s ON s.`event_id` = r.`event_id`
WHERE r.`status` IN ('attended', 'no_show')
ON CONFLICT DO NOTHING;