import { JsonViewer } from "@/components/models/json-viewer";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Model } from "@/lib/egp/types";

/** The JSON Schemas of the model's requests and responses, collapsed until asked for. */
export function SchemasCard({ model }: { model: Model }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 className="text-base font-semibold">Request and response schemas</h2>
        </CardTitle>
        <CardDescription>What the {model.model_type} execute routes accept and answer.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <JsonViewer label="Request schema" value={model.request_schema} />
        <JsonViewer label="Response schema" value={model.response_schema} />
      </CardContent>
    </Card>
  );
}
