CREATE TABLE "fine_tuning_events" (
	"job_id" text NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"level" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fine_tuning_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" text NOT NULL,
	"status" text NOT NULL,
	"base_model_id" text,
	"fine_tuned_model_id" text,
	"training_dataset_id" text NOT NULL,
	"validation_dataset_id" text,
	"body" jsonb NOT NULL,
	"claim_token" text,
	"claim_expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" text NOT NULL,
	"schema_type" text NOT NULL,
	"data_source" text NOT NULL,
	"filename" text NOT NULL,
	"row_count" integer NOT NULL,
	"rows" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tuned_weights" (
	"model_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"weights" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fine_tuning_events" ADD CONSTRAINT "fine_tuning_events_job_id_fine_tuning_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."fine_tuning_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tuned_weights" ADD CONSTRAINT "tuned_weights_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fine_tuning_events_job_seq" ON "fine_tuning_events" USING btree ("job_id","seq");--> statement-breakpoint
CREATE INDEX "fine_tuning_jobs_account_created" ON "fine_tuning_jobs" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "fine_tuning_jobs_status" ON "fine_tuning_jobs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_datasets_account_created" ON "training_datasets" USING btree ("account_id","created_at","id");