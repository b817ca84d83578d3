import type { Metadata } from "next";

import { ModelsClient } from "./client";

export const metadata: Metadata = { title: "Models" };

export default function Page() {
  return <ModelsClient />;
}
