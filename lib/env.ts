import "server-only";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v.replace(/\/+$/, "")))
  .pipe(z.url().optional());

const serverEnvSchema = z.object({
  /** Remote mode when set: the Scale GP API base URL, e.g. https://api.egp.scale.com */
  EGP_API_URL: optionalUrl.optional(),
  /** Local mode: folder of the embedded PGlite database. */
  EGP_DATA_DIR: z.string().default(".data"),
  /** Local mode: PostgreSQL instead of PGlite. */
  DATABASE_URL: z.string().optional(),
  /** Local mode: the admin API key to create on first start (otherwise a random one is printed). */
  EGP_LOCAL_ADMIN_KEY: z.string().min(16).optional(),
  /** Local mode: hosts engines may call (host[:port] patterns, comma-separated; * = all) besides their template's. */
  EGP_ENGINE_ALLOWED_HOSTS: z.string().optional(),
  /** Secret that seals session cookies (32+ chars). Generated and kept in the data dir when unset. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Session lifetime in hours. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** A session unused this long is ended (besides the absolute lifetime). */
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(60),
  /** Public origin of the console, used for the sign-in link and the Origin check. */
  PUBLIC_URL: optionalUrl.optional(),
  /** Behind a reverse proxy: believe its X-Forwarded-Proto and X-Forwarded-Host (clients can send them too). */
  TRUST_PROXY: z
    .enum(["", "0", "1", "false", "true"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Remote mode: per-request timeout and GET retries against the upstream. */
  EGP_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  EGP_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** Parsed once; tests may call resetEnv() after changing process.env. */
export function env(): ServerEnv {
  cached ??= serverEnvSchema.parse(process.env);
  return cached;
}

export function resetEnv() {
  cached = undefined;
}

export function isRemoteMode() {
  return Boolean(env().EGP_API_URL);
}
