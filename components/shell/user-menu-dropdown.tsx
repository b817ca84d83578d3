"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { LogOutIcon } from "lucide-react";
import { toast } from "@/lib/toast";

import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { hrefs } from "@/lib/hrefs";
import { useConsole } from "./role-gate";
import { UserMenuButton } from "./user-menu";

export function UserMenuDropdown({ defaultOpen }: { defaultOpen?: boolean }) {
  const router = useRouter();
  const { user, accounts, currentAccount, role } = useConsole();
  const [pending, startTransition] = useTransition();

  function switchAccount(accountId: string) {
    if (accountId === currentAccount?.id) return;
    startTransition(async () => {
      try {
        await fetchJson(apiPaths.sessionAccount, { method: "POST", json: { accountId } });
        router.refresh();
      } catch (error) {
        toast.error("Could not switch account", { description: (error as Error).message });
      }
    });
  }

  function signOut() {
    startTransition(async () => {
      try {
        await fetchJson(apiPaths.session, { method: "DELETE" });
        router.push(hrefs.signIn());
        router.refresh();
      } catch (error) {
        toast.error("Could not sign out", { description: (error as Error).message });
      }
    });
  }

  return (
    // Non-modal: a modal menu aria-hides the page, which axe flags while the menu is open.
    <DropdownMenu modal={false} defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <UserMenuButton disabled={pending} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex flex-col gap-1 font-normal">
          {user.name && <span className="truncate text-sm font-medium">{user.name}</span>}
          <span className="text-muted-foreground truncate text-xs">{user.email}</span>
          {role && (
            <Badge variant="secondary" className="mt-1 capitalize">
              {role}
              {currentAccount ? ` · ${currentAccount.name}` : ""}
            </Badge>
          )}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-muted-foreground text-xs font-normal">Account</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={currentAccount?.id ?? ""} onValueChange={switchAccount}>
          {accounts.map((account) => (
            <DropdownMenuRadioItem key={account.id} value={account.id} disabled={pending}>
              <span className="truncate">{account.name}</span>
              <span className="text-muted-foreground ml-auto text-xs capitalize">{account.role}</span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={signOut} disabled={pending}>
          <LogOutIcon /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
