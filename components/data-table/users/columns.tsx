"use client";

import { XIcon } from "lucide-react";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { LocalApiKey, LocalUser } from "@/lib/egp/local-users";
import { TimeCell } from "../cells";
import { RowActionsTrigger } from "../row-actions-trigger";
import type { DataTableColumn } from "../types";

// The row menu (Radix Menu) loads on first press; rows show the same button until then.
const UserRowActions = lazyMenu(
  () => import("./row-actions").then((mod) => mod.UserRowActions),
  ({ user }: { user: LocalUser; self: boolean }) => <RowActionsTrigger name={user.email} />,
);

/** Keys a user piles up (one per sign-in) would crowd the row: the newest few, then a count. */
const SHOWN_KEYS = 4;

type Revoke = (user: LocalUser, key: LocalApiKey) => void;

function KeyList({ user, onRevoke }: { user: LocalUser; onRevoke: Revoke }) {
  const newest = [...user.keys].reverse();
  const active = newest.filter((k) => !k.revoked_at);
  const shown = [...active, ...newest.filter((k) => k.revoked_at)].slice(0, SHOWN_KEYS);
  if (shown.length === 0) return <span className="text-muted-foreground">No keys</span>;
  return (
    <ul className="flex flex-col gap-1" aria-label={`API keys of ${user.email}`}>
      {shown.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center gap-2 text-sm">
          <code className={key.revoked_at ? "text-muted-foreground line-through" : undefined}>
            {key.prefix}…
          </code>
          {key.current && <Badge variant="info">this session</Badge>}
          {/* On a phone the date takes its own line, so the key and its revoke button stay together. */}
          <span className="text-muted-foreground text-xs max-md:order-last max-md:basis-full">
            created <TimeCell value={key.created_at} />
          </span>
          {key.revoked_at ? (
            <Badge variant="destructive">
              revoked <TimeCell value={key.revoked_at} />
            </Badge>
          ) : (
            user.can_manage_keys && (
              <Button
                variant="ghost"
                size="icon-sm"
                className="size-6"
                aria-label={`Revoke key ${key.prefix}…`}
                onClick={() => onRevoke(user, key)}
              >
                <XIcon />
              </Button>
            )
          )}
        </li>
      ))}
      {user.keys.length > shown.length && (
        <li className="text-muted-foreground text-xs">
          and {user.keys.length - shown.length} older ({user.keys.length - active.length} revoked in all)
        </li>
      )}
    </ul>
  );
}

const ROLE_BADGE: Record<string, "default" | "secondary" | "outline"> = {
  admin: "default",
  member: "secondary",
};

/** An email that may wrap after its "@" (and, if still too long, anywhere) rather than overflow. */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  return (
    <span className="max-md:min-w-0 max-md:[overflow-wrap:anywhere]">
      {at > 0 ? (
        <>
          {email.slice(0, at + 1)}
          {/* Only on a phone: on a desktop Chromium would break there too, narrowing the column. */}
          <span className="hidden max-md:inline">
            <wbr />
          </span>
          {email.slice(at + 1)}
        </>
      ) : (
        email
      )}
    </span>
  );
}

/**
 * The Users table's classes: below md each row is a block of its cells, one under another, the header
 * kept for screen readers only. The DOM stays the desktop table's, so nothing is rendered twice.
 */
export const USERS_TABLE_CLASS =
  "max-md:block max-md:[&_thead]:sr-only max-md:[&_tbody]:block max-md:[&_tbody_tr]:relative max-md:[&_tbody_tr]:block max-md:[&_tbody_tr]:py-2 max-md:[&_tbody_td]:block max-md:[&_tbody_td]:h-auto max-md:[&_tbody_td]:py-1";

/**
 * Email, role and keys. Meant for a table stacked on phones (`USERS_TABLE_CLASS`): there each cell is a line
 * of its row, the row's menu sits in its top right corner, and long emails wrap after their "@".
 */
export function userColumns({
  selfId,
  onRevoke,
}: {
  selfId: string;
  onRevoke: Revoke;
}): DataTableColumn<LocalUser>[] {
  return [
    {
      id: "email",
      header: "Email",
      className: "max-md:pr-14 max-md:whitespace-normal",
      cell: (user) => (
        <span className="flex items-center gap-2 font-medium max-md:flex-wrap">
          <EmailText email={user.email} />
          {user.id === selfId && <Badge variant="outline">you</Badge>}
        </span>
      ),
    },
    {
      id: "role",
      header: "Role",
      cell: (user) => <Badge variant={ROLE_BADGE[user.role] ?? "outline"}>{user.role}</Badge>,
    },
    {
      id: "keys",
      header: "API keys",
      className: "w-full",
      cell: (user) => <KeyList user={user} onRevoke={onRevoke} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "w-12 max-md:absolute max-md:top-2 max-md:right-0",
      cell: (user) => <UserRowActions user={user} self={user.id === selfId} />,
    },
  ];
}
