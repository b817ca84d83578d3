import { describe, expect, it } from "vitest";
import { hrefs } from "./hrefs";

describe("hrefs", () => {
  it("encodes ids as one path segment", () => {
    expect(hrefs.model("a/b?c")).toBe("/models/a%2Fb%3Fc");
    expect(hrefs.deployment("m 1", "d#2")).toBe("/models/m%201/deployments/d%232");
    expect(hrefs.newModel("t&1")).toBe("/models/new?template=t%261");
    expect(hrefs.newModel()).toBe("/models/new");
  });

  it("leaves out missing query values", () => {
    expect(hrefs.playground()).toBe("/playground");
    expect(hrefs.playground({ deployment: "d", model: null })).toBe("/playground?deployment=d");
    expect(hrefs.playground({ deployment: "d", model: "m" })).toBe("/playground?deployment=d&model=m");
    expect(hrefs.deployments({ model: "m" })).toBe("/deployments?model=m");
    expect(hrefs.signIn()).toBe("/sign-in");
    expect(hrefs.signIn({ error: "signed-out", next: "/models?q=x" })).toBe(
      "/sign-in?error=signed-out&next=%2Fmodels%3Fq%3Dx",
    );
  });

  it("opens the playground's A/B view with the public parameters, a query included", () => {
    expect(
      hrefs.playgroundCompare({ deployment: "b", model: "m", compare: "t", q: "reset my password?" }),
    ).toBe("/playground?deployment=b&model=m&compare=t&q=reset%20my%20password%3F");
    expect(hrefs.playgroundCompare({ deployment: "b", compare: "t" })).toBe(
      "/playground?deployment=b&compare=t",
    );
    expect(hrefs.newFineTuningJob({ model: "m" })).toBe("/fine-tuning/new?model=m");
    expect(hrefs.fineTuningJob("j/1")).toBe("/fine-tuning/j%2F1");
  });
});
