import type { PageData } from "@/lib/server/page-data";
import { Hydrate } from "./hydrate";
import { PageError } from "./page-error";

/** A server page's frame: its loaded data put into the client's cache, or the error page. */
export function PageBoundary({ data, children }: { data: PageData; children: React.ReactNode }) {
  if (!data.ok) return <PageError message={data.message} />;
  return <Hydrate state={data.state}>{children}</Hydrate>;
}
