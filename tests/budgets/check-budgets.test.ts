import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = path.resolve("scripts/check-budgets.mjs");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Random bytes barely compress, so a chunk's gzip size is close to `kb`. */
function chunk(dist: string, name: string, kb: number, marker = "") {
  const body = Buffer.concat([
    Buffer.from(marker),
    Buffer.from(Array.from({ length: kb * 1024 }, () => Math.floor(Math.random() * 256))),
  ]);
  writeFileSync(path.join(dist, "static/chunks", name), body);
  return `static/chunks/${name}`;
}

function page(dist: string, route: string, files: string[]) {
  const dir = path.join(dist, "server/app", route);
  mkdirSync(dir, { recursive: true });
  const manifest = { entryJSFiles: { [`[project]/app/${route}/page`]: files } };
  writeFileSync(
    path.join(dir, "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/${route}/page"] = ${JSON.stringify(manifest)};`,
  );
}

/** A fake build folder shaped like Next 16's: build manifest, per-page client manifests, chunks. */
function fakeBuild(pages: Record<string, { kb: number; marker?: string }>) {
  const dist = mkdtempSync(path.join(os.tmpdir(), "budgets-"));
  dirs.push(dist);
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  const framework = chunk(dist, "framework.js", 100);
  writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles: [framework] }));
  for (const [route, spec] of Object.entries(pages)) {
    page(dist, route, [framework, chunk(dist, `${route.replace(/\W/g, "_")}.js`, spec.kb, spec.marker)]);
  }
  return dist;
}

function check(dist: string) {
  const run = spawnSync(process.execPath, [SCRIPT], {
    env: { ...process.env, NEXT_DIST_DIR: dist },
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("scripts/check-budgets.mjs", () => {
  it("passes a build within budget, with RJSF only on the form page", () => {
    const result = check(
      fakeBuild({
        "(console)/models/(list)": { kb: 50 },
        "(console)/models/[id]": { kb: 60 },
        "(console)/models/new": { kb: 150, marker: "rjsf-array-item must have required property" },
      }),
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\/models\s+list/);
    expect(result.out).toContain("all page-weight budgets hold (3 pages)");
  });

  it("fails a list page over 200 KB and names it", () => {
    const result = check(fakeBuild({ "(console)/templates/(list)": { kb: 130 } }));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /\/templates: first-load JS is 2\d\d\.\d KB gzipped, over the 200 KB budget for list pages/,
    );
  });

  it("holds the playground to its own 260 KB budget", () => {
    const over = check(fakeBuild({ "(console)/playground": { kb: 165 } }));
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/\/playground: first-load JS is 2[67]\d\.\d KB gzipped, over its 260 KB budget/);
    expect(check(fakeBuild({ "(console)/playground": { kb: 150 } })).code).toBe(0);
  });

  it("fails when RJSF or ajv reach a page without a schema form", () => {
    const result = check(
      fakeBuild({ "(console)/deployments/[id]": { kb: 10, marker: "must have required property" } }),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("/deployments/[id]: first-load JS contains ajv");
  });

  it("fails clearly when there is no build", () => {
    const result = check(path.join(os.tmpdir(), "no-such-build-dir"));
    expect(result.code).toBe(1);
    expect(result.err).toContain("no build in");
  });
});
