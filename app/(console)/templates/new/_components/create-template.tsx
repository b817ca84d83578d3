"use client";

import { useCallback, useMemo, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { TemplateForm } from "@/components/forms/templates/form";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { LeaveDialog } from "@/components/templates/leave-dialog";
import { useLeaveGuard } from "@/components/templates/use-leave-guard";
import { useTemplateDraft } from "@/components/templates/use-template-draft";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { hrefs } from "@/lib/hrefs";
import { templateMutations } from "@/lib/mutations/templates";
import type { TemplateRequest } from "@/lib/schemas/templates";
import { draftKey } from "@/lib/templates/draft-storage";
import { emptyTemplateForm, type TemplateFormValues } from "@/lib/templates/form-values";
import { DraftBanner } from "./draft-banner";

const FORM_ID = "template-form";

/** The page's container: the create mutation, the draft in localStorage and the leave guard. */
export function CreateTemplate() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { currentAccount } = useConsole();
  const defaults = useMemo(() => emptyTemplateForm(), []);
  const blank = useMemo(() => JSON.stringify(defaults), [defaults]);
  const draft = useTemplateDraft(draftKey(currentAccount?.id ?? "default"));
  const [restore, setRestore] = useState<TemplateFormValues | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const guard = useLeaveGuard(dirty && !saved);

  const create = useMutation(
    templateMutations.create(queryClient, (template) => {
      draft.clear();
      setSaved(true);
      toast.success(`Created template ${template.name}`);
      router.push(hrefs.template(template.id));
    }),
  );

  const { save } = draft;
  const onValuesChange = useCallback(
    (values: TemplateFormValues) => save(values, JSON.stringify(values) !== blank),
    [save, blank],
  );
  const onSubmit = useCallback(
    async (request: TemplateRequest) => {
      await create.mutateAsync(request);
    },
    [create],
  );

  const actions = (
    <>
      <Button asChild variant="outline">
        <Link href={hrefs.templates()}>Cancel</Link>
      </Button>
      <Button type="submit" form={FORM_ID} disabled={create.isPending || saved}>
        {create.isPending && <Spinner aria-hidden />}
        Create template
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        title="New template"
        description="A reusable recipe for models: the image to run, its resources and the parameters it takes."
        actions={actions}
      />
      {draft.found && (
        <DraftBanner
          savedAt={draft.found.savedAt}
          onRestore={() => {
            setRestore(draft.found!.values);
            draft.accept();
          }}
          onDiscard={draft.discard}
        />
      )}
      <TemplateForm
        id={FORM_ID}
        defaultValues={defaults}
        restore={restore}
        onSubmit={onSubmit}
        onValuesChange={onValuesChange}
        onDirtyChange={setDirty}
      />
      <div className="flex justify-end gap-2 border-t pt-6">{actions}</div>
      <LeaveDialog
        open={guard.pendingHref !== null}
        onLeave={guard.leave}
        onStay={guard.stay}
        description="Your draft stays in this browser and is offered back when you return to New template."
      />
    </>
  );
}
