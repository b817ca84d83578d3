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
CREATE UNIQUE INDEX "inference_models_account_name" ON "inference_models" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "inference_models_account_created" ON "inference_models" USING btree ("account_id","created_at","id");