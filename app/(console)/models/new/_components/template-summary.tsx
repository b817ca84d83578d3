import Link from "next/link";
import { ArrowLeftRightIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";

/** The chosen template, beside the form, with a way back to the picker. */
export function TemplateSummary({ template, onChange }: { template: ModelTemplate; onChange: () => void }) {
  const bundle = template.vendor_configuration.bundle_config;
  return (
    <Card>
      <CardHeader>
        <CardDescription>Template</CardDescription>
        <CardTitle>
          <Link href={hrefs.template(template.id)} className="hover:underline">
            {template.name}
          </Link>
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <div className="flex flex-wrap gap-1.5">
          <Badge variant="secondary">{template.model_type}</Badge>
          <Badge variant="outline">{template.endpoint_type}</Badge>
        </div>
        <dl className="grid gap-2">
          <div>
            <dt className="text-muted-foreground text-xs">Image</dt>
            <dd className="font-mono text-[13px] break-all">
              {bundle.registry}/{bundle.image}:{bundle.tag}
            </dd>
          </div>
        </dl>
        <Button type="button" variant="outline" size="sm" onClick={onChange} className="self-start">
          <ArrowLeftRightIcon aria-hidden />
          Change template
        </Button>
      </CardContent>
    </Card>
  );
}
