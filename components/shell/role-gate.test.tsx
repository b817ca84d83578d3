// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { ConsoleContext } from "@/lib/console-context";
import { ROLES } from "@/lib/roles";
import { ConsoleProvider, RoleGate, useConsole, type ConsoleAction } from "./role-gate";

const context: ConsoleContext = {
  mode: { kind: "remote", url: "https://egp.example.com/api" },
  user: { id: "u1", email: "ada@example.com", name: "Ada" },
  accounts: [
    { id: "a1", name: "Research", role: "admin" },
    { id: "a2", name: "Production", role: "viewer" },
  ],
  currentAccountId: "a2",
};

function Probe() {
  const { currentAccount, role, can } = useConsole();
  return (
    <p>
      {currentAccount?.name}/{role}/{String(can("models:execute"))}
    </p>
  );
}

afterEach(cleanup);

describe("ConsoleProvider", () => {
  it("derives the current account and role from currentAccountId", () => {
    render(
      <ConsoleProvider context={context}>
        <Probe />
      </ConsoleProvider>,
    );
    expect(screen.getByText("Production/viewer/false")).toBeTruthy();
  });

  it("hides gated actions from viewers and shows the fallback", () => {
    render(
      <ConsoleProvider context={context}>
        <RoleGate action="models:write" fallback={<span>read only</span>}>
          <button>New model</button>
        </RoleGate>
      </ConsoleProvider>,
    );
    expect(screen.queryByRole("button", { name: "New model" })).toBeNull();
    expect(screen.getByText("read only")).toBeTruthy();
  });

  it("shows gated actions to admins", () => {
    render(
      <ConsoleProvider context={{ ...context, currentAccountId: "a1" }}>
        <RoleGate action="templates:write">
          <button>New template</button>
        </RoleGate>
      </ConsoleProvider>,
    );
    expect(screen.getByRole("button", { name: "New template" })).toBeTruthy();
  });

  it("refuses to be used outside the console layout", () => {
    expect(() => render(<Probe />)).toThrow(/inside the console layout/);
  });
});

const BUTTONS: [ConsoleAction, string][] = [
  ["templates:write", "New template"],
  ["models:write", "New model"],
  ["deployments:write", "New deployment"],
  ["groups:write", "New group"],
  ["models:execute", "Open in playground"],
  ["users:manage", "Add user"],
];
const ADMIN = BUTTONS.map(([, name]) => name);
const MEMBER = ["New model", "New deployment", "New group", "Open in playground"];
// Written out, not derived from lib/roles: the buttons each spec role sees.
const VISIBLE: Record<string, string[]> = {
  manager: ADMIN,
  admin: ADMIN,
  editor: MEMBER,
  member: MEMBER,
  labeler: [],
  viewer: [],
  disabled: [],
  invited: [],
  auditor: [],
};

describe("RoleGate for every role", () => {
  it.each([...ROLES, "auditor"])("shows a %s the buttons of its level", (role) => {
    render(
      <ConsoleProvider context={{ ...context, accounts: [{ id: "a2", name: "Production", role }] }}>
        {BUTTONS.map(([action, name]) => (
          <RoleGate key={action} action={action}>
            <button>{name}</button>
          </RoleGate>
        ))}
      </ConsoleProvider>,
    );
    const shown = screen.queryAllByRole("button").map((button) => button.textContent);
    expect(shown).toEqual(VISIBLE[role]);
  });
});
