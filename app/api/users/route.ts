import { parseBody, withSession } from "@/lib/api/with-session";
import { addUser, listUsers } from "@/lib/resources/users";
import { newUserSchema } from "@/lib/schemas/users";

export const GET = withSession(async ({ egp }) => Response.json(await listUsers(egp)), {
  action: "users:manage",
});

export const POST = withSession(
  async ({ request, egp }) => Response.json(await addUser(egp, await parseBody(request, newUserSchema))),
  { action: "users:manage" },
);
