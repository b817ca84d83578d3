import Link from "next/link";

import { Button } from "@/components/ui/button";

/** An empty state's way on: an outlined link button. */
export function EmptyStateLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Button asChild size="sm" variant="outline">
      <Link href={href}>{children}</Link>
    </Button>
  );
}
