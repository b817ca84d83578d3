import { DetailList } from "@/components/templates/detail-list";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { vendorLabel } from "@/lib/egp/labels";
import type { ModelTemplate } from "@/lib/egp/types";
import { LOCAL_REGISTRY } from "@/lib/templates/local-images";
import { EnvTable } from "./env-table";

const args = (list: string[] | undefined) =>
  list && list.length ? <code className="bg-muted rounded px-1.5 py-0.5">{list.join(" ")}</code> : null;

/** Everything about how the template's model runs: calling convention and bundle (image) configuration. */
export function ConfigurationCard({ template }: { template: ModelTemplate }) {
  const vendor = template.vendor_configuration;
  const bundle = vendor.bundle_config;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Configuration</CardTitle>
        <CardDescription>How models created from this template are packaged and called.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <DetailList
          items={[
            { label: "Model type", value: template.model_type, mono: true },
            { label: "Endpoint type", value: template.endpoint_type, mono: true },
            { label: "Endpoint protocol", value: template.endpoint_protocol, mono: true },
            { label: "Vendor", value: vendorLabel(vendor.vendor) },
          ]}
        />
        <div className="space-y-4 border-t pt-6">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-medium">Bundle</h3>
            {bundle.registry === LOCAL_REGISTRY ? (
              <Badge variant="info">Embedded engine</Badge>
            ) : (
              <Badge variant="outline">Container image</Badge>
            )}
          </div>
          <DetailList
            items={[
              { label: "Registry", value: bundle.registry, mono: true },
              { label: "Image and tag", value: `${bundle.image}:${bundle.tag}`, mono: true },
              { label: "Command", value: args(bundle.command) },
              { label: "Streaming command", value: args(bundle.streaming_command) },
              { label: "Readiness delay", value: `${bundle.readiness_initial_delay_seconds} s` },
              { label: "Healthcheck route", value: bundle.healthcheck_route, mono: true },
              { label: "Predict route", value: bundle.predict_route, mono: true },
              { label: "Streaming predict route", value: bundle.streaming_predict_route, mono: true },
            ]}
          />
        </div>
        <div className="space-y-3 border-t pt-6">
          <h3 className="text-sm font-medium">Environment</h3>
          <EnvTable env={bundle.env ?? {}} />
        </div>
      </CardContent>
    </Card>
  );
}
