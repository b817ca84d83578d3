import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getConsoleContext } from "@/lib/console-context";
import { consoleMode } from "@/lib/egp/connection";
import { SignInClient } from "./client";

export const metadata = { title: "Sign in · EGP Console" };

const LINK_ERRORS: Record<string, string> = {
  "link-used":
    "That sign-in link was already used or has expired. Restart the console for a new one, or paste a key.",
  "link-invalid": "That sign-in link is not valid here.",
  "signed-out": "You were signed out. Sign in again to continue.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { error, next } = await searchParams;
  if (await getConsoleContext()) redirect(safeNextPath(next));
  const mode = consoleMode();
  return (
    <main className="flex min-h-svh items-center justify-center bg-muted/40 p-6">
      <SignInClient
        mode={mode}
        next={safeNextPath(next)}
        linkError={error ? (LINK_ERRORS[error] ?? null) : null}
      />
    </main>
  );
}
