ALTER TABLE "open_obligations" ADD COLUMN "digest" text;--> statement-breakpoint
ALTER TABLE "org_state" ADD COLUMN "judged_lines" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "org_state" ADD COLUMN "judged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "org_state" ADD COLUMN "open_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "open_obligations_org_timer" ON "open_obligations" USING btree ("org","next_timer_at");--> statement-breakpoint
-- Before 0001 every ingestion judged what was open: the obligations stored are up to date with every line.
UPDATE "org_state" SET "judged_lines" = "lines", "judged_at" = "updated_at";
