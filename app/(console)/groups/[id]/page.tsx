import type { Metadata } from "next";

import { GroupClient } from "./client";

export const metadata: Metadata = { title: "Group" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <GroupClient id={id} />;
}
