ALTER TABLE `events` ADD `pending_revision` text;--> statement-breakpoint
ALTER TABLE `registrations` ALTER COLUMN "entered_by_account_id" TO "entered_by_account_id" integer REFERENCES accounts(id) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `session_attendance` ALTER COLUMN "session_id" TO "session_id" integer NOT NULL REFERENCES event_sessions(id) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `session_attendance` ALTER COLUMN "recorded_by_account_id" TO "recorded_by_account_id" integer REFERENCES accounts(id) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mail_outbox` ALTER COLUMN "registration_id" TO "registration_id" integer REFERENCES registrations(id) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mail_outbox` ALTER COLUMN "event_id" TO "event_id" integer REFERENCES events(id) ON DELETE set null ON UPDATE no action;