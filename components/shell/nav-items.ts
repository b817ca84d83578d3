import {
  BoxIcon,
  FlaskConicalIcon,
  GraduationCapIcon,
  LayoutTemplateIcon,
  RocketIcon,
  UserCogIcon,
  UsersIcon,
  type LucideIcon,
} from "lucide-react";
import { hrefs } from "@/lib/hrefs";

export type NavItem = { title: string; href: string; icon: LucideIcon; description: string };

export const NAV_ITEMS: readonly NavItem[] = [
  {
    title: "Models",
    href: hrefs.models(),
    icon: BoxIcon,
    description: "Registered models and their versions",
  },
  {
    title: "Templates",
    href: hrefs.templates(),
    icon: LayoutTemplateIcon,
    description: "Reusable model templates",
  },
  {
    title: "Deployments",
    href: hrefs.deployments(),
    icon: RocketIcon,
    description: "Running model endpoints",
  },
  { title: "Groups", href: hrefs.groups(), icon: UsersIcon, description: "Model groups" },
  {
    title: "Fine-tuning",
    href: hrefs.fineTuning(),
    icon: GraduationCapIcon,
    description: "Training datasets and fine-tuning jobs",
  },
  { title: "Playground", href: hrefs.playground(), icon: FlaskConicalIcon, description: "Try a deployment" },
];

/** Local mode only (remote users live in Scale GP), and only for the account's admins. */
export const USERS_NAV_ITEM: NavItem = {
  title: "Users",
  href: hrefs.users(),
  icon: UserCogIcon,
  description: "Users of this account and their API keys",
};

/** A nav item is active on its own page and on every page below it (/models/abc). */
export function isNavItemActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
