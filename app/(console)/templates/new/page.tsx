import type { Metadata } from "next";

import { NewTemplateClient } from "./client";

export const metadata: Metadata = { title: "New template · Templates" };

export default function Page() {
  return <NewTemplateClient />;
}
