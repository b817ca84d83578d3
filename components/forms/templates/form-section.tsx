import { FieldDescription, FieldGroup, FieldLegend, FieldSet } from "@/components/ui/field";
import { cn } from "@/lib/utils";

/** One titled block of the template form. */
export function FormSection({
  title,
  description,
  children,
  className,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <FieldSet className={cn("bg-card rounded-xl border p-6 shadow-sm", className)}>
      <div className="space-y-1">
        <FieldLegend className="mb-0 font-semibold">{title}</FieldLegend>
        {description && <FieldDescription>{description}</FieldDescription>}
      </div>
      <FieldGroup className="gap-5">{children}</FieldGroup>
    </FieldSet>
  );
}
