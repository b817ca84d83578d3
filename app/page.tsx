import { redirect } from "next/navigation";

import { hrefs } from "@/lib/hrefs";

export default function Home(): never {
  redirect(hrefs.models());
}
