ALTER TABLE "deployments" ADD COLUMN "claim_token" text;--> statement-breakpoint
ALTER TABLE "deployments" ADD COLUMN "claim_expires_at" timestamp with time zone;