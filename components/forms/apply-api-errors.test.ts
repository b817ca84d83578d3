import { describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { applyApiErrors, describeDetail, namedField } from "./apply-api-errors";

const invalid = new ApiError("unprocessable", "Invalid input", {
  details: [
    { path: ["name"], message: "Taken" },
    { path: ["role"], message: "Pick a role" },
    { path: ["model_type"], message: "Wrong type" },
  ],
});

describe("applyApiErrors", () => {
  it("puts each detail on the field its path names, focusing the first, and returns the rest", () => {
    const setError = vi.fn();
    const applied = applyApiErrors(invalid, setError, namedField(["name", "role"]));
    expect(setError.mock.calls).toEqual([
      ["name", { type: "server", message: "Taken" }, { shouldFocus: true }],
      ["role", { type: "server", message: "Pick a role" }, { shouldFocus: false }],
    ]);
    expect(applied).toEqual({
      message: "Invalid input",
      placed: 2,
      unplaced: [{ path: ["model_type"], message: "Wrong type" }],
    });
    expect(applied.unplaced.map(describeDetail)).toEqual(["model_type: Wrong type"]);
  });

  it("places nothing for a failure that is no ApiError, and answers the fallback", () => {
    const setError = vi.fn();
    expect(
      applyApiErrors(new Error("boom"), setError, namedField(["name"]), { fallback: "Saving failed." }),
    ).toEqual({ message: "Saving failed.", placed: 0, unplaced: [] });
    expect(setError).not.toHaveBeenCalled();
  });

  it("does not move the focus when told not to", () => {
    const setError = vi.fn();
    applyApiErrors(invalid, setError, namedField(["name"]), { focus: false });
    expect(setError).toHaveBeenCalledWith("name", expect.anything(), { shouldFocus: false });
  });
});
