import { DetailList } from "@/components/templates/detail-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ModelTemplate } from "@/lib/egp/types";

/** The endpoint's resources and scaling, plus who owns the template. */
export function ResourcesCard({ template }: { template: ModelTemplate }) {
  const endpoint = template.vendor_configuration.endpoint_config;
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Endpoint</CardTitle>
          <CardDescription>Resources and scaling of each deployment.</CardDescription>
        </CardHeader>
        <CardContent>
          {endpoint ? (
            <DetailList
              className="sm:grid-cols-2 lg:grid-cols-2"
              items={[
                { label: "CPUs", value: endpoint.cpus },
                { label: "Memory", value: endpoint.memory, mono: true },
                { label: "Storage", value: endpoint.storage, mono: true },
                { label: "GPUs", value: endpoint.gpus },
                { label: "GPU type", value: endpoint.gpu_type, mono: true },
                { label: "Workers", value: `${endpoint.min_workers}–${endpoint.max_workers}` },
                { label: "Requests per worker", value: endpoint.per_worker },
                { label: "Endpoint type", value: endpoint.endpoint_type, mono: true },
                { label: "High priority", value: endpoint.high_priority ? "Yes" : "No" },
              ]}
            />
          ) : (
            <p className="text-muted-foreground text-sm">EGP&apos;s defaults.</p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CardContent>
          <DetailList
            className="sm:grid-cols-1 lg:grid-cols-1"
            items={[
              { label: "Template ID", value: template.id, mono: true },
              { label: "Account ID", value: template.account_id, mono: true },
              { label: "Created by", value: template.created_by_user_id, mono: true },
            ]}
          />
        </CardContent>
      </Card>
    </div>
  );
}
