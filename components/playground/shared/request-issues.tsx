import { ShieldAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { describeIssue, type RequestIssue } from "@/lib/playground/request-issue";

/** Problems found by the pre-send check against the model's request schema: nothing was sent. */
export function RequestIssues({ issues }: { issues: RequestIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Alert variant="warning" data-testid="request-issues">
      <ShieldAlertIcon aria-hidden />
      <AlertTitle>Not sent: the request does not match the model&apos;s request schema</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue)}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
