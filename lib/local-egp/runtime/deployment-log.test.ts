import { describe, expect, test } from "vitest";
import { DeploymentLog } from "./deployment-log";

const at = new Date("2026-01-01T00:00:00Z");

describe("DeploymentLog", () => {
  test("keeps lines per deployment, oldest first, and reads after a seq", () => {
    const log = new DeploymentLog({ now: () => at });
    log.write("a", "info", "one");
    log.write("b", "info", "other");
    log.write("a", "error", "two");
    expect(log.read("a")).toEqual([
      { seq: 1, at: at.toISOString(), level: "info", message: "one" },
      { seq: 3, at: at.toISOString(), level: "error", message: "two" },
    ]);
    expect(log.read("a", 1).map((l) => l.message)).toEqual(["two"]);
    expect(log.read("missing")).toEqual([]);
  });

  test("drops the oldest lines beyond the per-deployment bound", () => {
    const log = new DeploymentLog({ linesPerDeployment: 3 });
    for (let i = 1; i <= 5; i++) log.write("a", "info", `line ${i}`);
    expect(log.read("a").map((l) => l.message)).toEqual(["line 3", "line 4", "line 5"]);
  });

  test("forgets the deployment written least recently beyond the deployment bound", () => {
    const log = new DeploymentLog({ deployments: 2 });
    log.write("a", "info", "a1");
    log.write("b", "info", "b1");
    log.write("a", "info", "a2");
    log.write("c", "info", "c1");
    expect(log.read("b")).toEqual([]);
    expect(log.read("a").map((l) => l.message)).toEqual(["a1", "a2"]);
    expect(log.read("c").map((l) => l.message)).toEqual(["c1"]);
  });

  test("cuts long messages and forgets a dropped deployment", () => {
    const log = new DeploymentLog({ messageChars: 5 });
    log.write("a", "warn", "abcdefgh");
    expect(log.read("a")[0].message).toBe("abcde…");
    log.drop("a");
    expect(log.read("a")).toEqual([]);
  });
});
