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
CREATE TABLE "inference_models" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" text NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"model_type" text NOT NULL,
	"model_vendor" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
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
CREATE UNIQUE INDEX "inference_models_account_name" ON "inference_models" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "inference_models_account_created" ON "inference_models" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "playground_presets_owner_name" ON "playground_presets" USING btree ("account_id","user_id","model_type","name");--> statement-breakpoint
CREATE INDEX "playground_runs_account_at" ON "playground_runs" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "playground_runs_account_user_at" ON "playground_runs" USING btree ("account_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "training_datasets_account_created" ON "training_datasets" USING btree ("account_id","created_at","id");