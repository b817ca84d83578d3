import type { Metadata } from "next";

import { TemplatesClient } from "./client";

export const metadata: Metadata = { title: "Templates" };

export default function Page() {
  return <TemplatesClient />;
}
