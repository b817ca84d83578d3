"use client";

import { useEffect } from "react";

import { PageError } from "@/components/shell/page-error";

export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return <PageError message={error.message} digest={error.digest} onRetry={reset} />;
}
