-- A run's output is written with every execution and only read whole: json (no parse into jsonb's
-- binary form) kept out of line without TOAST's compression, which an answer of numbers barely shrinks.
ALTER TABLE "playground_runs" ALTER COLUMN "output" SET DATA TYPE json USING "output"::json;--> statement-breakpoint
ALTER TABLE "playground_runs" ALTER COLUMN "output" SET STORAGE EXTERNAL;
