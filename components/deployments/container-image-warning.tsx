"use client";

import { TriangleAlertIcon } from "lucide-react";

import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { LOCAL_REGISTRY } from "@/lib/templates/local-images";

type Bundle = { registry: string; image: string; tag: string } | null | undefined;

/** Whether a template's image is a container image, which the embedded server cannot run. */
export const isContainerImage = (bundle: Bundle) => !!bundle && bundle.registry !== LOCAL_REGISTRY;

/**
 * Said before deploying, in local mode, a template whose image is a container: the embedded server runs
 * only its in-process engines, so the deployment would fail with this same reason afterwards.
 */
export function ContainerImageWarning({ bundle, children }: { bundle: Bundle; children?: React.ReactNode }) {
  const { mode } = useConsole();
  if (mode.kind !== "local" || !bundle || !isContainerImage(bundle)) return null;
  return (
    <Alert variant="warning" data-testid="container-image-warning">
      <TriangleAlertIcon aria-hidden />
      <AlertTitle>This deployment will fail in local mode</AlertTitle>
      <AlertDescription>
        <p className="break-words">
          The template runs the container image{" "}
          <code className="font-mono text-xs break-all">
            {bundle.registry}/{bundle.image}:{bundle.tag}
          </code>
          . The embedded server runs only its in-process engines (registry “{LOCAL_REGISTRY}”). To run this
          image, point the console at a Scale GP API with{" "}
          <code className="font-mono text-xs">EGP_API_URL</code>.
        </p>
        {children}
      </AlertDescription>
    </Alert>
  );
}
