import { useId } from "react";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { FieldDescription, FieldGroup, FieldLegend, FieldSet } from "@/components/ui/field";
import { cn } from "@/lib/utils";

type Props = {
  /** Names the block (a fieldset's legend, a heading too for the page's outline); none for a dialog's one block. */
  title?: string;
  description?: React.ReactNode;
  /** A failed submit's message for the block as a whole, above its fields. */
  error?: string | null;
  children: React.ReactNode;
  className?: string;
  /** A titled block inside a dialog: no card around it. */
  plain?: boolean;
};

/** One block of a form's fields. A page's long forms show their titled blocks as cards. */
export function FormSection({ title, description, error, children, className, plain = false }: Props) {
  const headingId = useId();
  const fields = (
    <FieldGroup className={title && plain ? "gap-3" : "gap-5"}>
      {error && (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      )}
      {children}
    </FieldGroup>
  );
  if (!title) return fields;
  const Heading = plain ? "h3" : "h2";
  return (
    // The legend sits in a wrapper for spacing, so the fieldset is named by its heading explicitly.
    <FieldSet
      aria-labelledby={headingId}
      className={cn("min-w-0", plain ? "gap-3" : "bg-card rounded-xl border p-6 shadow-sm", className)}
    >
      <div className="space-y-1">
        <FieldLegend className="mb-0">
          <Heading id={headingId} className={plain ? "text-sm font-medium" : "text-base font-semibold"}>
            {title}
          </Heading>
        </FieldLegend>
        {description && <FieldDescription className={cn(plain && "text-xs")}>{description}</FieldDescription>}
      </div>
      {fields}
    </FieldSet>
  );
}
