ALTER TABLE `events` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `events` ADD `summary_en` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `locale` text DEFAULT 'de' NOT NULL;