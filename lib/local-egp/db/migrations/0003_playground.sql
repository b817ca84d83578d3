CREATE TABLE "playground_presets" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"user_id" text NOT NULL,
	"user_label" text NOT NULL,
	"name" text NOT NULL,
	"model_type" text NOT NULL,
	"input" jsonb NOT NULL,
	"shared" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playground_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"user_id" text NOT NULL,
	"user_label" text NOT NULL,
	"model_type" text NOT NULL,
	"model_id" text NOT NULL,
	"deployment_id" text NOT NULL,
	"label" text NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb,
	"ok" boolean NOT NULL,
	"error" text,
	"latency_ms" integer NOT NULL,
	"tokens" integer,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "playground_presets_owner_name" ON "playground_presets" USING btree ("account_id","user_id","model_type","name");--> statement-breakpoint
CREATE INDEX "playground_runs_account_at" ON "playground_runs" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "playground_runs_account_user_at" ON "playground_runs" USING btree ("account_id","user_id","created_at");