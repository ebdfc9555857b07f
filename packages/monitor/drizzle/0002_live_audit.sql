ALTER TABLE "org_state" ADD COLUMN "state_lines" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "org_state" ADD COLUMN "epoch" text DEFAULT md5(random()::text || clock_timestamp()::text) NOT NULL;--> statement-breakpoint
-- Rows written before 0002 saved their state after every batch: it covers all their lines.
UPDATE "org_state" SET "state_lines" = "lines";
