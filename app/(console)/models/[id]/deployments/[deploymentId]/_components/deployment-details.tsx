import { deploymentStatusLabel, vendorLabel } from "@/lib/egp/labels";
import { DetailList } from "@/components/templates/detail-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Deployment } from "@/lib/egp/types";

export function DeploymentDetails({ deployment }: { deployment: Deployment }) {
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
            { label: "Status", value: deploymentStatusLabel(deployment.status) },
            { label: "Vendor", value: vendorLabel(deployment.vendor_configuration?.vendor) },
            { label: "Endpoint", value: deployment.model_endpoint_id, mono: true },
            { label: "ID", value: deployment.id, mono: true },
            {
              label: "Created",
              value: (
                <time dateTime={deployment.created_at}>
                  {new Date(deployment.created_at).toLocaleString()}
                </time>
              ),
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}
