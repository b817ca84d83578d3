import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BODY_LIMITS } from "@/lib/limits";
import {
  builtinDeployment,
  call,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";

let egp: TestEgp;
const logs: string[] = [];
beforeAll(async () => {
  egp = await openTestEgp({ log: (line) => logs.push(line) });
});
afterAll(async () => {
  await egp?.close();
});

const account = () => egp.bootstrap.accountId;
const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
const modelJson = (extra: string) =>
  `{"name":"m","model_type":"COMPLETION","account_id":"${account()}"${extra}}`;

async function detail(res: Response) {
  return ((await res.json()) as { detail: { loc: unknown[]; msg: string; type: string }[] }).detail;
}

describe("free-form JSON fields are bounded at input", () => {
  test.each([
    ["model_creation_parameters", deepObject(5000)],
    ["model_creation_parameters", `{"a":${deepArray(40)}}`],
    ["base_model_metadata", `{"model_developer":"x","extra":${deepArray(40)}}`],
  ])("%s nested too deep is a 422 naming the limit", async (field, value) => {
    const res = await call(egp, "POST", "/v4/models", { body: modelJson(`,"${field}":${value}`) });
    expect(res.status).toBe(422);
    const [issue] = await detail(res);
    expect(issue.loc.slice(0, 2)).toEqual(["body", field]);
    expect(issue.msg).toMatch(/^JSON nesting deeper than (32|64) levels$/);
    expect(issue.type).toBe("json_too_deep");
  });

  test("deployment_metadata: too deep, too large and too many keys", async () => {
    const model = await callJson(egp, "POST", "/v4/models", {
      body: { name: "dep-limits", model_type: "COMPLETION", account_id: account() },
    });
    const post = (metadata: unknown) =>
      callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
        body: { name: "d", deployment_metadata: metadata },
      });
    const deep = await post(JSON.parse(`{"a":${deepArray(33)}}`));
    expect(deep.status).toBe(422);
    expect(deep.body.detail[0].msg).toBe("JSON nesting deeper than 32 levels");
    const large = await post({ a: "x".repeat(70_000) });
    expect(large.status).toBe(422);
    expect(large.body.detail[0]).toMatchObject({
      loc: ["body", "deployment_metadata"],
      msg: "JSON value larger than 64 KB",
      type: "json_too_large",
    });
    const wide = await post(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])));
    expect(wide.status).toBe(422);
    expect(wide.body.detail[0].type).toBe("json_too_many_keys");
    expect((await post({ a: JSON.parse(deepArray(30)) })).status).toBe(200);
  });

  test("template fine_tuning_job_bundle_config and execute kwargs are bounded too", async () => {
    const template = await call(egp, "POST", "/v4/model-templates", {
      body: `{"name":"t","endpoint_type":"SYNC","model_type":"COMPLETION","vendor_configuration":{"bundle_config":{"registry":"r","image":"i","tag":"1"},"fine_tuning_job_bundle_config":{"a":${deepArray(40)}}}}`,
    });
    expect(template.status).toBe(422);
    expect((await detail(template))[0].msg).toBe("JSON nesting deeper than 32 levels");
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: "chat-limits",
        model_type: "CHAT_COMPLETION",
        account_id: account(),
        model_template_id: await templateId(egp, "Local GGUF chat"),
        model_creation_parameters: { MODEL_PATH: "/m.gguf" },
      },
    });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    await waitForDeployment(egp, model.body.id, dep.body.id);
    const deploymentId = dep.body.id;
    const execute = await call(egp, "POST", `/v4/models/${deploymentId}/chat-completions`, {
      body: `{"prompt":"hi","chat_history":[],"chat_template_kwargs":{"a":${deepArray(40)}}}`,
    });
    expect(execute.status).toBe(422);
    expect((await detail(execute))[0].loc).toEqual(expect.arrayContaining(["body", "chat_template_kwargs"]));
  });
});

describe("request bodies", () => {
  test("a body over 1 MB is a 413 with the limit named; execute takes up to 10 MB", async () => {
    const big = JSON.stringify({
      name: "big",
      model_type: "COMPLETION",
      description: "x".repeat(BODY_LIMITS.json),
    });
    const res = await call(egp, "POST", "/v4/models", { body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ detail: "Request body larger than 1 MB" });
    const { deploymentId } = await builtinDeployment(egp, "hash-embedding");
    const texts = Array.from({ length: 40 }, (_, i) => `${i} ${"y".repeat(50_000)}`);
    const embed = await call(egp, "POST", `/v4/models/${deploymentId}/embeddings`, { body: { texts } });
    expect(embed.status).toBe(200);
    const tooBig = await call(egp, "POST", `/v4/models/${deploymentId}/embeddings`, {
      body: { texts: ["z".repeat(BODY_LIMITS.execute)] },
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ detail: "Request body larger than 10 MB" });
  });

  test("a streamed body without a length is cut off at the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await egp.handle(
      new Request("http://local/v4/model-groups", {
        method: "POST",
        headers: { "x-api-key": "egp_test_admin_key_0123456789abcdef", "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(BODY_LIMITS.json + 3 * chunk.byteLength);
  });

  test("a 5,000-deep body is a 422, not a stack overflow", async () => {
    const res = await call(egp, "POST", "/v4/model-groups", { body: `{"name":"g","x":${deepArray(5000)}}` });
    expect(res.status).toBe(422);
    expect((await detail(res))[0]).toMatchObject({
      msg: "JSON nesting deeper than 64 levels",
      type: "json_too_deep",
    });
  });

  test("malformed JSON is FastAPI's json_invalid with the position", async () => {
    const res = await call(egp, "POST", "/v4/model-groups", { body: '{"name": }' });
    expect(res.status).toBe(422);
    expect(await detail(res)).toEqual([{ loc: ["body", 9], msg: "JSON decode error", type: "json_invalid" }]);
  });

  test("lone surrogates are a 422, a surrogate pair is fine", async () => {
    const res = await call(egp, "POST", "/v4/model-groups", { body: '{"name": "a\\ud800b"}' });
    expect(res.status).toBe(422);
    expect((await detail(res))[0]).toMatchObject({ loc: ["body", "name"], type: "string_unicode" });
    const pair = await call(egp, "POST", "/v4/model-groups", { body: '{"name": "a\\ud83d\\ude00"}' });
    expect(pair.status).toBe(200);
  });

  test("content types as FastAPI reads them: JSON types and none parse, others are a 422", async () => {
    const send = (contentType: string | null) =>
      egp.handle(
        new Request("http://local/v4/model-groups", {
          method: "POST",
          headers: {
            "x-api-key": "egp_test_admin_key_0123456789abcdef",
            ...(contentType ? { "content-type": contentType } : {}),
          },
          body: JSON.stringify({ name: "ct", account_id: account() }),
        }),
      );
    // A string body makes fetch add text/plain, so "none" is checked with a Blob without a type.
    const none = await egp.handle(
      new Request("http://local/v4/model-groups", {
        method: "POST",
        headers: { "x-api-key": "egp_test_admin_key_0123456789abcdef" },
        body: new Blob([JSON.stringify({ name: "ct", account_id: account() })]),
      }),
    );
    expect(none.status).toBe(200);
    expect((await send("application/json; charset=utf-8")).status).toBe(200);
    expect((await send("application/vnd.api+json")).status).toBe(200);
    const plain = await send("text/plain");
    expect(plain.status).toBe(422);
    expect(await detail(plain)).toEqual([
      {
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
        type: "model_attributes_type",
      },
    ]);
  });
});

describe("field sizes", () => {
  test("a name over the limit is a 422 (the index would refuse it) and nothing long reaches the log", async () => {
    const name = Array.from({ length: 3000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join("");
    const res = await call(egp, "POST", "/v4/models", {
      body: { name, model_type: "COMPLETION", account_id: account() },
    });
    expect(res.status).toBe(422);
    expect(await detail(res)).toEqual([
      { loc: ["body", "name"], msg: "String should have at most 255 characters", type: "string_too_long" },
    ]);
    expect(logs.join("\n")).not.toContain(name.slice(0, 100));
  });

  test.each([
    ["description", 10_000],
    ["model_card", 100_000],
    ["display_name", 255],
  ])("%s is capped at %i characters", async (field, max) => {
    const post = (length: number) =>
      call(egp, "POST", "/v4/models", {
        body: {
          name: "capped",
          model_type: "COMPLETION",
          account_id: account(),
          [field]: "d".repeat(length),
        },
      });
    expect((await post(max)).status).toBe(200);
    const over = await post(max + 1);
    expect(over.status).toBe(422);
    expect((await detail(over))[0]).toMatchObject({ loc: ["body", field], type: "string_too_long" });
  });

  test("group descriptions are capped too", async () => {
    const res = await call(egp, "POST", "/v4/model-groups", {
      body: { name: "g", description: "d".repeat(10_001) },
    });
    expect(res.status).toBe(422);
  });
});
