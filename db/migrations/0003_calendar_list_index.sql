DROP INDEX `events_status_ends_idx`;--> statement-breakpoint
CREATE INDEX `events_public_list_idx` ON `events` (`status`,`ends_at`,`organisation_id`,`starts_at`);