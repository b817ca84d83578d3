import { describe, expect, it } from "vitest";

import {
  deploymentListSchema,
  groupListSchema,
  modelListSchema,
  templateListSchema,
} from "@/lib/schemas/lists";
import * as params from "./list-params";

// The server's list schemas are built from these zod-free lists; the browser's URL parsers use them too.
describe("list params without zod", () => {
  it("are exactly what the server's list schemas accept", () => {
    const cases = [
      [modelListSchema, params.MODEL_SORT_FIELDS],
      [templateListSchema, params.TEMPLATE_SORT_FIELDS],
      [deploymentListSchema, params.DEPLOYMENT_SORT_FIELDS],
      [groupListSchema, params.GROUP_SORT_FIELDS],
    ] as const;
    for (const [schema, fields] of cases) {
      for (const field of fields) expect(schema.safeParse({ sort: `${field}:desc` }).success).toBe(true);
      expect(schema.safeParse({ sort: "nope:asc" }).success).toBe(false);
      for (const limit of params.PAGE_SIZES) expect(schema.parse({ limit: String(limit) }).limit).toBe(limit);
      expect(schema.safeParse({ limit: "11" }).success).toBe(false);
    }
    for (const origin of params.MODEL_ORIGINS) expect(modelListSchema.parse({ origin }).origin).toBe(origin);
    expect(modelListSchema.safeParse({ origin: "other" }).success).toBe(false);
  });
});
