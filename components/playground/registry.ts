import type { ComponentType } from "react";
import {
  BinaryIcon,
  BotIcon,
  ListOrderedIcon,
  MessagesSquareIcon,
  TextCursorInputIcon,
  type LucideIcon,
} from "lucide-react";
import dynamic from "next/dynamic";
import type { PanelProps } from "./shared/types";
import { PanelLoading } from "./shared/panel-loading";

// Each panel loads when its type is opened: the playground's first load carries none of them.
const loading = PanelLoading;
const EmbeddingPanel = dynamic(() => import("./embedding/panel").then((m) => m.EmbeddingPanel), { loading });
const RerankingPanel = dynamic(() => import("./reranking/panel").then((m) => m.RerankingPanel), { loading });
const CompletionPanel = dynamic(() => import("./completion/panel").then((m) => m.CompletionPanel), {
  loading,
});
const ChatPanel = dynamic(() => import("./chat-completion/panel").then((m) => m.ChatPanel), { loading });
const AgentPanel = dynamic(() => import("./agent/panel").then((m) => m.AgentPanel), { loading });

/** One entry per model type the playground runs; a new type is one folder and one line here. */
export const PLAYGROUND_PANELS = [
  {
    type: "EMBEDDING",
    label: "Embedding",
    description: "Texts to vectors, norms and a similarity heatmap",
    icon: BinaryIcon,
    Panel: EmbeddingPanel,
  },
  {
    type: "RERANKING",
    label: "Reranking",
    description: "Order chunks by relevance to a query",
    icon: ListOrderedIcon,
    Panel: RerankingPanel,
  },
  {
    type: "COMPLETION",
    label: "Completion",
    description: "Continue a prompt, streamed",
    icon: TextCursorInputIcon,
    Panel: CompletionPanel,
  },
  {
    type: "CHAT_COMPLETION",
    label: "Chat",
    description: "A conversation with system, user and assistant turns",
    icon: MessagesSquareIcon,
    Panel: ChatPanel,
  },
  {
    type: "AGENT",
    label: "Agent",
    description: "Instructions and tools; answer tool requests and continue",
    icon: BotIcon,
    Panel: AgentPanel,
  },
] as const satisfies readonly {
  type: string;
  label: string;
  description: string;
  icon: LucideIcon;
  Panel: ComponentType<PanelProps>;
}[];

export type PlaygroundPanelType = (typeof PLAYGROUND_PANELS)[number]["type"];

export function panelFor(type: string) {
  return PLAYGROUND_PANELS.find((panel) => panel.type === type) ?? null;
}

export function isPlaygroundType(type: string): type is PlaygroundPanelType {
  return panelFor(type) !== null;
}
