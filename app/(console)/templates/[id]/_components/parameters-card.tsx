import { ParameterSchemaTable } from "@/components/templates/parameter-schema-table";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ModelTemplate } from "@/lib/egp/types";

export function ParametersCard({ template }: { template: ModelTemplate }) {
  return (
    <>
      <Card className="gap-4">
        <CardHeader>
          <CardTitle>Creation parameters</CardTitle>
          <CardDescription>
            What a model creator fills in when creating a model from this template.
          </CardDescription>
        </CardHeader>
        <ParameterSchemaTable
          caption="Creation parameters"
          parameters={template.model_creation_parameters_schema?.parameters ?? []}
          empty="This template takes no creation parameters."
        />
      </Card>
      <Card className="gap-4">
        <CardHeader>
          <CardTitle>Request parameters</CardTitle>
          <CardDescription>
            What callers may pass in <code>model_request_parameters</code> when they execute the model.
          </CardDescription>
        </CardHeader>
        <ParameterSchemaTable
          caption="Request parameters"
          parameters={template.model_request_parameters_schema?.parameters ?? []}
          empty="This template takes no request parameters."
        />
      </Card>
    </>
  );
}
