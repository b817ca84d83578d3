import { describe, expect, it } from "vitest";

import * as lists from "@/lib/schemas/lists";
import * as params from "./list-params";

describe("list params without zod", () => {
  it("match the server's list schemas", () => {
    expect(params.PAGE_SIZES).toEqual(lists.PAGE_SIZES);
    expect(params.MODEL_SORT_FIELDS).toEqual(lists.MODEL_SORT_FIELDS);
    expect(params.TEMPLATE_SORT_FIELDS).toEqual(lists.TEMPLATE_SORT_FIELDS);
    expect(params.DEPLOYMENT_SORT_FIELDS).toEqual(lists.DEPLOYMENT_SORT_FIELDS);
    expect(params.GROUP_SORT_FIELDS).toEqual(lists.GROUP_SORT_FIELDS);
  });
});
