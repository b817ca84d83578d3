/**
 * Users and API keys of the embedded EGP server.
 *   npx tsx --conditions=react-server scripts/egp-users.ts create-user --email a@b.c --role viewer [--account Local]
 *   npx tsx --conditions=react-server scripts/egp-users.ts create-key --email a@b.c
 *   npx tsx --conditions=react-server scripts/egp-users.ts grant --email a@b.c --role admin [--account Local]
 *   npx tsx --conditions=react-server scripts/egp-users.ts create-account --name Team
 *   npx tsx --conditions=react-server scripts/egp-users.ts list-users [--account Local]
 *   npx tsx --conditions=react-server scripts/egp-users.ts revoke-key --prefix egp_abc123 | --id KEY_ID
 *   npx tsx --conditions=react-server scripts/egp-users.ts remove-user --email a@b.c [--account Local]
 * It acts as the instance owner (it holds the database): it may mint a key for any user.
 * Uses EGP_DATA_DIR (default .data) or DATABASE_URL, like the console. With PGlite, stop the console first.
 */
import { parseArgs } from "node:util";
import { ROLES, type Role } from "../lib/local-egp/auth/roles";
import { bootstrap } from "../lib/local-egp/bootstrap";
import { openDb } from "../lib/local-egp/db/open";
import { UserAdminError, userAdmin } from "../lib/local-egp/users";

const USAGE = `usage: egp-users <create-user|create-key|grant|create-account|list-users|revoke-key|remove-user> [--email E] [--role ${ROLES.join("|")}] [--account NAME] [--name NAME] [--prefix P] [--id KEY_ID]`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      account: { type: "string" },
      name: { type: "string" },
      prefix: { type: "string" },
      id: { type: "string" },
    },
  });
  const command = positionals[0];
  const need = (value: string | undefined, flag: string) => {
    if (!value) throw new UserAdminError(`${command} needs --${flag}\n${USAGE}`);
    return value;
  };
  const store = await openDb({
    dataDir: process.env.EGP_DATA_DIR || ".data",
    databaseUrl: process.env.DATABASE_URL || undefined,
  });
  try {
    // A fresh data dir gets the same admin, account and seed the console would create.
    const info = await bootstrap(store.db, { adminKey: process.env.EGP_LOCAL_ADMIN_KEY || undefined });
    if (info.adminKey) console.error(`Created admin@local; its API key: ${info.adminKey}`);
    const users = userAdmin(store.db, { userId: info.adminUserId, accountId: info.accountId });
    switch (command) {
      case "create-user": {
        const email = need(values.email, "email");
        const { apiKey, created } = await users.createUser(
          email,
          need(values.role, "role") as Role,
          values.account,
        );
        if (!created) console.error(`${email} already existed: role granted, and a new key for it:`);
        console.log(apiKey);
        return 0;
      }
      case "create-key":
        console.log(await users.createKey(need(values.email, "email")));
        return 0;
      case "grant":
        await users.grant(need(values.email, "email"), need(values.role, "role") as Role, values.account);
        return 0;
      case "list-users":
        for (const user of await users.listUsers(values.account)) {
          const keys = user.keys.map(
            (k) =>
              `${k.prefix}… (id ${k.id}, ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active"})`,
          );
          console.log(`${user.email}\t${user.role}\t${keys.join(", ") || "no keys"}`);
        }
        return 0;
      case "revoke-key": {
        if (!values.id && !values.prefix)
          throw new UserAdminError(`revoke-key needs --prefix or --id\n${USAGE}`);
        const key = await users.revokeKey({ id: values.id, prefix: values.prefix });
        console.error(`Revoked ${key.prefix}… (id ${key.id})`);
        return 0;
      }
      case "remove-user": {
        const email = need(values.email, "email");
        const { keysRevoked } = await users.removeUser(email, values.account);
        console.error(
          `Removed ${email}${keysRevoked ? "; in no account any more, so its keys are revoked" : ""}`,
        );
        return 0;
      }
      case "create-account":
        console.log(await users.createAccount(need(values.name, "name")));
        return 0;
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UserAdminError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
