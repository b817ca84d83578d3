import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ADMIN_KEY = "egp-e2e-admin-key-0123456789abcdef";
export const E2E_BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A fresh embedded database for every run; the build comes from `npm test` (or is made if stale).
    command: `rm -rf .data-e2e-${PORT} && node scripts/start.mjs`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      EGP_DATA_DIR: `.data-e2e-${PORT}`,
      EGP_LOCAL_ADMIN_KEY: E2E_ADMIN_KEY,
      // The specs' fake OpenAI-compatible servers listen on loopback ports.
      EGP_ENGINE_ALLOWED_HOSTS: "127.0.0.1",
      SESSION_SECRET: "e2e-session-secret-that-is-long-enough-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
