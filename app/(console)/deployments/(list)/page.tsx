import type { Metadata } from "next";

import { DeploymentsClient } from "./client";

export const metadata: Metadata = { title: "Deployments" };

export default function Page() {
  return <DeploymentsClient />;
}
