/**
 * Calls every operation of the models subset spec (lib/egp/openapi.json) once against a fresh embedded
 * server with its real engines, checks each request and 2xx answer against the spec, and prints
 * "N/84 implemented and valid" with a line for each operation that is not.
 *   npm run spec:coverage            (add -- --all to list the passing operations too; -- --fill to send
 *                                     every optional property of each request body, generated from the spec)
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sendJson, startFakeOpenAiServer } from "../lib/local-egp/testing/fake-openai-server";
import { writeGgufFixture } from "../lib/local-egp/testing/gguf/write-fixture";
import { openTestEgp } from "../lib/local-egp/testing/open-test-egp";
import { coverageGaps, runSpecCoverage, specOperations } from "../lib/local-egp/testing/spec-coverage";

async function main(): Promise<number> {
  const all = process.argv.includes("--all");
  const fill = process.argv.includes("--fill");
  const gaps = coverageGaps();
  if (gaps.missing.length || gaps.duplicated.length) {
    console.error("The coverage script's steps do not match the spec:", gaps);
    return 2;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "egp-coverage-"));
  const egp = await openTestEgp({ loadEngine: undefined });
  // Stands in for an OpenAI-compatible server that serves "gpt-4", the agent model the by-name step asks for.
  const openAi = await startFakeOpenAiServer(["gpt-4"]);
  openAi.handle((request, response) => {
    if (request.path.endsWith("/models"))
      return sendJson(response, 200, { object: "list", data: [{ id: "gpt-4", object: "model" }] });
    sendJson(response, 200, {
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 0,
      model: "gpt-4",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi." }, finish_reason: "stop" }],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    });
  });
  try {
    const ggufPath = await writeGgufFixture(path.join(dir, "chat.gguf"));
    const results = await runSpecCoverage(egp, {
      accountId: egp.bootstrap.accountId,
      ggufPath,
      fill,
      openAiBaseUrl: openAi.baseUrl,
    });
    for (const r of results) {
      if (!r.ok || all)
        console.log(`${r.ok ? "ok  " : "FAIL"} ${r.op}  ${r.status ?? "-"}  ${r.problem ?? ""}`);
    }
    const passed = results.filter((r) => r.ok).length;
    console.log(`${passed}/${specOperations().length} implemented and valid`);
    return 0;
  } finally {
    await openAi.close();
    await egp.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
