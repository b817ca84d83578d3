import Link from "next/link";

import { DetailList } from "@/components/templates/detail-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Model } from "@/lib/egp/types";
import { vendorLabel } from "@/lib/egp/labels";
import { hrefs } from "@/lib/hrefs";
import { TemplateLink } from "./template-link";

/** The model's fields, with links to its template and group. */
export function OverviewCard({ model }: { model: Model }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 className="text-base font-semibold">Details</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <DetailList
          className="sm:grid-cols-1"
          items={[
            { label: "Name", value: model.name, mono: true },
            { label: "Display name", value: model.display_name },
            { label: "Description", value: model.description },
            { label: "Vendor", value: vendorLabel(model.model_vendor) },
            {
              label: "Template",
              value: model.model_template_id && <TemplateLink templateId={model.model_template_id} />,
            },
            {
              label: "Group",
              value: model.model_group_id && (
                <Link className="text-primary hover:underline" href={hrefs.group(model.model_group_id)}>
                  {model.model_group?.name ?? model.model_group_id}
                </Link>
              ),
            },
            { label: "Base model", value: model.base_model_id, mono: true },
            { label: "Multi-turn", value: model.supports_multi_turn ? "Yes" : "No" },
            { label: "ID", value: model.id, mono: true },
            {
              label: "Created",
              value: <time dateTime={model.created_at}>{new Date(model.created_at).toLocaleString()}</time>,
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}
