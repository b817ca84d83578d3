"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError } from "@/lib/api/errors";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInSchema, type SessionSummary, type SignInInput } from "@/lib/schemas/session";

type Props = {
  mode: SessionSummary["mode"];
  next: string;
  linkError: string | null;
};

export function SignInClient({ mode, next, linkError }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(linkError);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { apiKey: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await fetchJson<SessionSummary>(apiPaths.session, { method: "POST", json: values });
      // Checked again here: the prop is the page's, but this is where the navigation happens.
      router.replace(safeNextPath(next));
      router.refresh();
    } catch (error) {
      setFormError(error instanceof ApiError ? error.message : "Sign-in failed. Try again.");
    }
  });

  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-xl">
          <KeyRound className="size-5" aria-hidden /> Sign in to EGP Console
        </CardTitle>
        <CardDescription>
          {mode.kind === "local"
            ? "Local mode. Open the one-time sign-in link printed in the terminal, or paste an API key of the embedded server."
            : `Remote mode: ${mode.url}. Paste your EGP API key; it stays on the console's server.`}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {formError && (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          )}
          <Field data-invalid={Boolean(errors.apiKey)}>
            <FieldLabel htmlFor="apiKey">API key</FieldLabel>
            <Input
              id="apiKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={Boolean(errors.apiKey)}
              {...form.register("apiKey")}
            />
            <FieldDescription>
              Sent as x-api-key by the server only; never stored in the browser.
            </FieldDescription>
            {errors.apiKey && <FieldError>{errors.apiKey.message}</FieldError>}
          </Field>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Signing in…" : "Sign in"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
