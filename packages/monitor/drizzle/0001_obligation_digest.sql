ALTER TABLE "open_obligations" ADD COLUMN "digest" text;--> statement-breakpoint
CREATE INDEX "open_obligations_org_timer" ON "open_obligations" USING btree ("org","next_timer_at");