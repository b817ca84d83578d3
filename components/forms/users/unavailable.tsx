import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** The Users page when it cannot list anything: remote mode, or not an admin here. */
export function UsersUnavailable({ message }: { message: string }) {
  return (
    <>
      <PageHeader title="Users" />
      <Alert>
        <AlertDescription>{message}</AlertDescription>
      </Alert>
    </>
  );
}
