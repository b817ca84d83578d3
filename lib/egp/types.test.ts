import { expect, it } from "vitest";
import { ModelDeploymentStatusValues } from "./enums.gen";
import { isFinalStatus } from "./types";

it("counts READY and UPDATE_FAILED as final, and no status outside the spec's list", () => {
  const final = ModelDeploymentStatusValues.filter((status) => isFinalStatus(status));
  expect(final).toEqual(["READY", "UPDATE_FAILED"]);
  // "FAILED" is in no list of deployment states; a deployment reporting it is still watched.
  expect(isFinalStatus("FAILED")).toBe(false);
  expect(isFinalStatus(undefined)).toBe(false);
  expect(isFinalStatus(null)).toBe(false);
});
