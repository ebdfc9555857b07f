CREATE TABLE "alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"org" text NOT NULL,
	"obligation" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"finding" json NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "alerts_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"org" text NOT NULL,
	"id" text NOT NULL,
	"line" integer NOT NULL,
	"at" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"raw" text NOT NULL,
	CONSTRAINT "events_org_id_pk" PRIMARY KEY("org","id")
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"org" text NOT NULL,
	"month" text NOT NULL,
	"rule" text NOT NULL,
	"key" text,
	"employee" text,
	"line" integer NOT NULL,
	"finding" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "months" (
	"org" text NOT NULL,
	"month" text NOT NULL,
	"ledger" json,
	"closed_at" timestamp with time zone,
	"checkpoint" text,
	"closed_ledger" json,
	"closed_findings" json,
	CONSTRAINT "months_org_month_pk" PRIMARY KEY("org","month")
);
--> statement-breakpoint
CREATE TABLE "open_obligations" (
	"org" text NOT NULL,
	"id" text NOT NULL,
	"rule" text NOT NULL,
	"status" text NOT NULL,
	"at_risk_at" timestamp with time zone,
	"due_at" timestamp with time zone NOT NULL,
	"next_timer_at" timestamp with time zone,
	"finding" json NOT NULL,
	CONSTRAINT "open_obligations_org_id_pk" PRIMARY KEY("org","id")
);
--> statement-breakpoint
CREATE TABLE "org_state" (
	"org" text PRIMARY KEY NOT NULL,
	"state" text,
	"lines" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"alert_id" text NOT NULL,
	"org" text NOT NULL,
	"url" text NOT NULL,
	"body" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"dead" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "alerts_org_seq" ON "alerts" USING btree ("org","seq");--> statement-breakpoint
CREATE INDEX "events_org_line" ON "events" USING btree ("org","line");--> statement-breakpoint
CREATE INDEX "findings_org_month" ON "findings" USING btree ("org","month");--> statement-breakpoint
CREATE INDEX "open_obligations_due" ON "open_obligations" USING btree ("org","due_at");--> statement-breakpoint
CREATE INDEX "open_obligations_timer" ON "open_obligations" USING btree ("next_timer_at");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."delivered_at" is null and not "outbox"."dead";