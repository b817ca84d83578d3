/**
 * The models list at 10, 1,000 and 10,000 models in the local store: the console route's server time
 * and the browser's time from navigation to the table's first data row (Playwright, Debian Chromium),
 * as ratios against 10 models. Budget (issue 5): 10,000 within 1.5× of 10.
 *   npx tsx --conditions=react-server bench/scale.ts
 */
import { rm } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { ensureBuild, startConsole, type ConsoleServer } from "./lib/console";
import { ms, pass, percentile, ratio, table } from "./lib/markdown";
import { dataDirWithModels } from "./lib/seed-models";

const SIZES = (process.env.BENCH_SCALE_SIZES ?? "10,1000,10000").split(",").map(Number);
const SERVER_SAMPLES = 30;
const RENDER_SAMPLES = 5;
const LIST_PATH = "/api/models?limit=25";
const BUDGET = 1.5;

async function serverTime(server: ConsoleServer): Promise<number> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${server.base}${LIST_PATH}`, { headers: { cookie: server.cookie } });
    await response.text();
    if (response.status !== 200) throw new Error(`${LIST_PATH} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 5; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < SERVER_SAMPLES; i++) samples.push(await once());
  return percentile(samples, 50);
}

async function renderTime(server: ConsoleServer): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext();
    const [name, ...rest] = server.cookie.split("=");
    await context.addCookies([{ name, value: rest.join("="), url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/models`);
    await page.locator("tr[data-row-id]").first().waitFor({ timeout: 60_000 });
    const samples: number[] = [];
    for (let i = 0; i < RENDER_SAMPLES; i++) {
      const started = performance.now();
      await page.goto(`${server.base}/models`);
      await page.locator("tr[data-row-id]").first().waitFor({ timeout: 60_000 });
      samples.push(performance.now() - started);
    }
    return percentile(samples, 50);
  } finally {
    await browser.close();
  }
}

async function main() {
  ensureBuild();
  const results: { size: number; server: number; render: number }[] = [];
  for (const size of SIZES) {
    const dataDir = await dataDirWithModels(size);
    const server = await startConsole({ dataDir });
    try {
      const first = (await (
        await fetch(`${server.base}/api/models?limit=10`, { headers: { cookie: server.cookie } })
      ).json()) as { total_item_count: number };
      if (first.total_item_count !== size)
        throw new Error(`expected ${size} models, the list has ${first.total_item_count}`);
      results.push({ size, server: await serverTime(server), render: await renderTime(server) });
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const base = results[0];
  const largest = results.at(-1)!;
  const ok = largest.server <= BUDGET * base.server && largest.render <= BUDGET * base.render;
  console.log(`## Scale: the models list with ${SIZES.map((s) => s.toLocaleString("en")).join(", ")} models

Server: median of ${SERVER_SAMPLES} sequential \`GET ${LIST_PATH}\` (the list page's first page) after 5 warm-ups. Client: median of ${RENDER_SAMPLES} navigations to \`/models\` until the first data row is in the DOM (Playwright, Chromium, signed in). Ratios are against ${base.size} models in this run.

${table(
  ["models in store", "server p50", "vs " + base.size, "navigation → table", "vs " + base.size],
  results.map((r) => [
    r.size.toLocaleString("en"),
    ms(r.server),
    ratio(r.server, base.server),
    ms(r.render),
    ratio(r.render, base.render),
  ]),
)}

Budget: ${largest.size.toLocaleString("en")} within ${BUDGET}× of ${base.size} (server and client) → **${pass(ok)}**
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
