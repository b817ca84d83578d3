"use client";

import { createContext, useContext, useMemo } from "react";

import type { AccountRole, ConsoleAccount, ConsoleContext, ConsoleMode } from "@/lib/console-context";
import { can, type Action } from "@/lib/roles";

/** What a gate checks: the actions of the one role model, the same the console API enforces. */
export type ConsoleAction = Action;

export type ConsoleValue = {
  mode: ConsoleMode;
  user: ConsoleContext["user"];
  accounts: ConsoleAccount[];
  currentAccount: ConsoleAccount | null;
  role: AccountRole | null;
  can: (action: ConsoleAction) => boolean;
};

const ConsoleReactContext = createContext<ConsoleValue | null>(null);

/** Filled once by app/(console)/layout.tsx from the server's ConsoleContext. */
export function ConsoleProvider({
  context,
  children,
}: {
  context: ConsoleContext;
  children: React.ReactNode;
}) {
  const value = useMemo<ConsoleValue>(() => {
    const currentAccount =
      context.accounts.find((account) => account.id === context.currentAccountId) ?? null;
    const role = currentAccount?.role ?? null;
    return {
      mode: context.mode,
      user: context.user,
      accounts: context.accounts,
      currentAccount,
      role,
      can: (action) => can(role, action),
    };
  }, [context]);
  return <ConsoleReactContext.Provider value={value}>{children}</ConsoleReactContext.Provider>;
}

export function useConsole(): ConsoleValue {
  const value = useContext(ConsoleReactContext);
  if (!value) throw new Error("useConsole must be used inside the console layout (ConsoleProvider).");
  return value;
}

/** For pieces also rendered outside the console layout (tests, the sign-in page). */
export function useConsoleOrNull(): ConsoleValue | null {
  return useContext(ConsoleReactContext);
}

/** Renders children only when the current role may perform `action`; `fallback` otherwise. */
export function RoleGate({
  action,
  fallback = null,
  children,
}: {
  action: ConsoleAction;
  fallback?: React.ReactNode;
  children: React.ReactNode;
}) {
  const { can } = useConsole();
  return <>{can(action) ? children : fallback}</>;
}
