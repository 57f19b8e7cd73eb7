CREATE TABLE `public_data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "public_data_version_rows" CHECK("public_data_version"."id" in (1, 2))
);

--> statement-breakpoint
insert into public_data_version (id, version) values (1, 0), (2, 0);
--> statement-breakpoint
CREATE TRIGGER `events_public_version_insert` AFTER INSERT ON events BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_public_version_update` AFTER UPDATE ON events BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_public_version_delete` AFTER DELETE ON events BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_public_version_insert` AFTER INSERT ON event_sessions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_public_version_update` AFTER UPDATE ON event_sessions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_public_version_delete` AFTER DELETE ON event_sessions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_topics_public_version_insert` AFTER INSERT ON event_topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_topics_public_version_update` AFTER UPDATE ON event_topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_topics_public_version_delete` AFTER DELETE ON event_topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_languages_public_version_insert` AFTER INSERT ON event_languages BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_languages_public_version_update` AFTER UPDATE ON event_languages BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_languages_public_version_delete` AFTER DELETE ON event_languages BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_questions_public_version_insert` AFTER INSERT ON event_questions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_questions_public_version_update` AFTER UPDATE ON event_questions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_questions_public_version_delete` AFTER DELETE ON event_questions BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `formats_public_version_insert` AFTER INSERT ON formats BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `formats_public_version_update` AFTER UPDATE ON formats BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `formats_public_version_delete` AFTER DELETE ON formats BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `topics_public_version_insert` AFTER INSERT ON topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `topics_public_version_update` AFTER UPDATE ON topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `topics_public_version_delete` AFTER DELETE ON topics BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_insert` AFTER INSERT ON organisations BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_update` AFTER UPDATE ON organisations BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_delete` AFTER DELETE ON organisations BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `venues_public_version_insert` AFTER INSERT ON venues BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `venues_public_version_update` AFTER UPDATE ON venues BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `venues_public_version_delete` AFTER DELETE ON venues BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_insert` AFTER INSERT ON initiatives BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_update` AFTER UPDATE ON initiatives BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_delete` AFTER DELETE ON initiatives BEGIN
  update public_data_version set version = version + 1 where id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_public_version_insert` AFTER INSERT ON registrations BEGIN
  update public_data_version set version = version + 1 where id = 2;
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_public_version_update` AFTER UPDATE OF status, event_id ON registrations WHEN OLD.status IS NOT NEW.status OR OLD.event_id IS NOT NEW.event_id BEGIN
  update public_data_version set version = version + 1 where id = 2;
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_public_version_delete` AFTER DELETE ON registrations BEGIN
  update public_data_version set version = version + 1 where id = 2;
END;