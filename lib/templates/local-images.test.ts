import { expect, it } from "vitest";
import * as engines from "../local-egp/engines/types";
import { LOCAL_IMAGES, LOCAL_REGISTRY } from "./local-images";

it("suggests exactly the images the embedded EGP runs", () => {
  expect(LOCAL_IMAGES).toEqual(engines.LOCAL_IMAGES);
  expect(LOCAL_REGISTRY).toBe(engines.LOCAL_REGISTRY);
});
