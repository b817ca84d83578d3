CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"md5_checksum" text NOT NULL,
	"tags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_events" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"deployment_id" text NOT NULL,
	"model_id" text NOT NULL,
	"model_name" text NOT NULL,
	"model_group_id" text,
	"at" timestamp with time zone NOT NULL,
	"prompt_tokens" integer NOT NULL,
	"response_tokens" integer NOT NULL,
	"latency_ms" integer NOT NULL,
	"error" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "files_account_created" ON "files" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "usage_events_account_model_name_at" ON "usage_events" USING btree ("account_id","model_name","at");--> statement-breakpoint
CREATE INDEX "usage_events_account_deployment_at" ON "usage_events" USING btree ("account_id","deployment_id","at");--> statement-breakpoint
CREATE INDEX "usage_events_account_group_at" ON "usage_events" USING btree ("account_id","model_group_id","at");