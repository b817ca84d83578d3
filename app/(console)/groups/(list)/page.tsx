import type { Metadata } from "next";

import { GroupsClient } from "./client";

export const metadata: Metadata = { title: "Groups" };

export default function Page() {
  return <GroupsClient />;
}
