import { describe, expect, it } from "vitest";
import { getUseModel } from "./use-model";
import { encodeUse, type UseTokenizer } from "./use-tokenizer";

const VOCABULARY = (
  "password reset account settings security email link office hours support desk monday friday holiday " +
  "guitar music stage audience market stock tuesday engine car repair bicycle banana snack exercise"
).split(" ");

describe("encodeUse (USE's sentencepiece search, linear)", () => {
  it("gives the package's ids, piece for piece", async () => {
    const tokenizer = (await getUseModel()).model.tokenizer as unknown as UseTokenizer;
    let state = 7;
    const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const generated = Array.from({ length: 200 }, (_, i) =>
      Array.from({ length: 1 + (i % 60) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(
        i % 3 === 0 ? " " : i % 3 === 1 ? "  " : ", ",
      ),
    );
    const texts = [
      "",
      " ",
      "ok",
      "A man is playing a guitar on stage.",
      "Café, naïve façade — déjà vu. ﬁ ① Ｆｕｌｌ",
      "emoji 🎸🎸 and 漢字 and Ελληνικά, ∑∫ ← unknown symbols",
      "UPPER lower MiXeD 12345 3.14159 e-mail@example.com https://x.y/z?q=1",
      "\t tabs\nand\nnewlines \u00a0 nbsp",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      ...generated,
    ];
    for (const text of texts)
      expect(encodeUse(tokenizer, text), JSON.stringify(text)).toEqual(tokenizer.encode(text));
  });
});
