PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`status` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`email` text,
	`email_normalized` text,
	`phone` text,
	`initiative_id` integer,
	`initiative_other` text,
	`accessibility_needs` text,
	`answers` text DEFAULT '{}' NOT NULL,
	`consent_version` text,
	`consent_at` integer,
	`promoted_at` integer,
	`office_note` text,
	`source` text DEFAULT 'online' NOT NULL,
	`entered_by_account_id` integer,
	`checked_in_at` integer,
	`motivation` text,
	`can_attend_all` integer,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registrations_status_check" CHECK(status in ('confirmed', 'waitlisted', 'cancelled', 'attended', 'no_show', 'applied', 'declined'))
);
--> statement-breakpoint
INSERT INTO `__new_registrations`("id", "event_id", "status", "first_name", "last_name", "email", "email_normalized", "phone", "initiative_id", "initiative_other", "accessibility_needs", "answers", "consent_version", "consent_at", "promoted_at", "office_note", "source", "entered_by_account_id", "checked_in_at", "motivation", "can_attend_all", "cancelled_at", "created_at", "updated_at") SELECT "id", "event_id", "status", "first_name", "last_name", "email", "email_normalized", "phone", "initiative_id", "initiative_other", "accessibility_needs", "answers", "consent_version", "consent_at", "promoted_at", "office_note", "source", "entered_by_account_id", "checked_in_at", "motivation", "can_attend_all", "cancelled_at", "created_at", "updated_at" FROM `registrations`;--> statement-breakpoint
DROP TABLE `registrations`;--> statement-breakpoint
ALTER TABLE `__new_registrations` RENAME TO `registrations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `registrations_event_status_idx` ON `registrations` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `registrations_email_idx` ON `registrations` (`email`);--> statement-breakpoint
CREATE INDEX `registrations_event_waitlist_idx` ON `registrations` (`event_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `registrations_initiative_idx` ON `registrations` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `registrations_email_normalized_idx` ON `registrations` (`email_normalized`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_event_email_active_uq` ON `registrations` (`event_id`,`email_normalized`) WHERE status in ('confirmed', 'waitlisted', 'applied') and email_normalized is not null;