import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** A failed submit's message, and the problems that name no field of the form. */
export function FormFailure({ failure }: { failure: { message: string; other: string[] } | null }) {
  if (!failure) return null;
  return (
    <Alert variant="destructive">
      <AlertTitle>{failure.message}</AlertTitle>
      {failure.other.length > 0 && (
        <AlertDescription>
          <ul className="list-disc pl-4">
            {failure.other.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </AlertDescription>
      )}
    </Alert>
  );
}
