import { CircleAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ApiError } from "@/lib/api/errors";

const TITLES: Partial<Record<ApiError["code"], string>> = {
  unprocessable: "The request was rejected",
  conflict: "The deployment cannot run this",
  forbidden: "Not allowed",
  unauthorized: "Signed out",
  offline: "No connection",
  upstream_timeout: "The model took too long",
};

/** A failed run: the server's message and every field detail it named; the inputs stay as they were. */
export function RunError({ error }: { error: ApiError }) {
  return (
    <Alert variant="destructive" data-testid="run-error">
      <CircleAlertIcon aria-hidden />
      <AlertTitle>{TITLES[error.code] ?? "The run failed"}</AlertTitle>
      <AlertDescription>
        <p className="break-words">{error.message}</p>
        {error.details.length > 0 && (
          <ul className="mt-1 list-disc pl-4">
            {error.details.map((d, i) => (
              <li key={i}>
                <code className="font-mono text-xs">{d.path.join(".") || "request"}</code>: {d.message}
              </li>
            ))}
          </ul>
        )}
      </AlertDescription>
    </Alert>
  );
}
