import type { EmbeddingPair } from "./embedding-trainer";
import type { RerankRow } from "./rerank-trainer";
import helpdeskKb from "./helpdesk-kb.json" with { type: "json" };
import { seededRandom, shuffled } from "./rng";

/**
 * A deterministic help-desk fixture for the fine-tuning trainers: a knowledge base of IT support
 * articles (12 products × 4 issues, each with its error code) and the questions employees ask about
 * them, in their own words: product nicknames, symptoms, the code when they saw one. Same seed, same
 * rows. Not noise: the right article shares the code and the symptom with the question, the wrong ones
 * of the same product share only its vocabulary, which is what a base reranker or embedding confuses.
 */

type Issue = { code: string; title: string; symptoms: string[]; fix: string };
type Product = { name: string; nicknames: string[]; issues: Issue[] };

/** The knowledge base: products, their nicknames, and each issue with its code, symptoms and fix. */
const PRODUCTS: Product[] = helpdeskKb;

const OPENERS = [
  "Help,",
  "Hi team,",
  "Quick question:",
  "Since this morning",
  "After the update",
  "Urgent:",
  "Not sure who to ask, but",
  "On my first day",
];
const CODE_PHRASES = ["error {code}", "code {code}", "it shows {code}", "I get {code}"];

type Doc = { product: Product; issue: Issue; text: string };

function docs(): Doc[] {
  return PRODUCTS.flatMap((product) =>
    product.issues.map((issue) => ({
      product,
      issue,
      text: `${product.name} error ${issue.code} (${issue.title}): ${issue.fix}`,
    })),
  );
}

function question(random: () => number, doc: Doc, withCode: boolean): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const parts = [pick(OPENERS), pick(doc.product.nicknames), pick(doc.issue.symptoms)];
  if (withCode) parts.push(`(${pick(CODE_PHRASES).replace("{code}", doc.issue.code)})`);
  return parts.join(" ").replace(/\s+/g, " ") + (random() < 0.5 ? "?" : ".");
}

/**
 * Reranking rows: per question, its article (relevance 3), the product's three other articles
 * (relevance 1: right product, wrong fix) and two articles of other products (0), shuffled.
 */
export function helpdeskRerankRows(seed = 19, questionsPerIssue = 4): RerankRow[] {
  const random = seededRandom(seed);
  const all = docs();
  const rows: RerankRow[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < questionsPerIssue; round++) {
    for (const doc of all) {
      let query = question(random, doc, random() < 0.6);
      while (seen.has(query)) query = question(random, doc, random() < 0.6);
      seen.add(query);
      const siblings = all.filter((d) => d.product === doc.product && d !== doc);
      const others = shuffled(
        all.filter((d) => d.product !== doc.product),
        random,
      ).slice(0, 2);
      const candidates = shuffled(
        [
          { chunk: doc.text, relevance: 3 },
          ...siblings.map((d) => ({ chunk: d.text, relevance: 1 })),
          ...others.map((d) => ({ chunk: d.text, relevance: 0 })),
        ],
        random,
      );
      for (const c of candidates) rows.push({ query, ...c });
    }
  }
  return rows;
}

/**
 * Embedding pairs: a question (anchor), its article (positive) and another article of the same
 * product (negative). The codes are left out of these questions: they ask in words only.
 */
export function helpdeskEmbeddingPairs(seed = 19, questionsPerIssue = 22): EmbeddingPair[] {
  const random = seededRandom(seed + 1);
  const all = docs();
  const pairs: EmbeddingPair[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < questionsPerIssue; round++) {
    for (const doc of all) {
      let anchor = question(random, doc, false);
      for (let tries = 0; seen.has(anchor) && tries < 20; tries++) anchor = question(random, doc, false);
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      const siblings = all.filter((d) => d.product === doc.product && d !== doc);
      pairs.push({
        anchor,
        positive: doc.text,
        negative: siblings[Math.floor(random() * siblings.length)].text,
      });
    }
  }
  return pairs;
}
