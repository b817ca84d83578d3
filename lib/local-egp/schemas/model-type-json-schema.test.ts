import Ajv2020 from "ajv/dist/2020";
import { expect, test } from "vitest";
import { modelTypeJsonSchemas } from "./model-type-json-schema";

const ajv = new Ajv2020({ strict: false });

test("request_schema accepts what execute accepts (including explicit nulls) and rejects extra keys", () => {
  const chat = ajv.compile(modelTypeJsonSchemas("CHAT_COMPLETION").request_schema);
  expect(
    chat({ chat_history: [{ role: "user", content: "hi" }], prompt: "p", max_tokens: 5, temperature: null }),
  ).toBe(true);
  expect(chat({ chat_history: [], prompt: "p", extra: 1 })).toBe(false);
  expect(chat({ chat_history: [], prompt: "p", max_tokens: 0 })).toBe(false);
  const embedding = ajv.compile(modelTypeJsonSchemas("EMBEDDING").request_schema);
  expect(embedding({ texts: ["a"] })).toBe(true);
  expect(embedding({})).toBe(false);
});

test("schemas are lean: no $schema and no ±2^53 bounds; unknown types are open objects", () => {
  const text = JSON.stringify(modelTypeJsonSchemas("COMPLETION"));
  expect(text).not.toContain("$schema");
  expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
  expect(modelTypeJsonSchemas("GENERIC").request_schema).toEqual({
    type: "object",
    additionalProperties: true,
  });
});
