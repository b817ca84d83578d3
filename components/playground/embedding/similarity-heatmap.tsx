import { cn } from "@/lib/utils";

/** Colour for a cosine in -1..1: neutral at 0, the primary hue growing with similarity. */
function cellStyle(value: number): React.CSSProperties {
  const strength = Math.max(0, Math.min(1, value));
  return {
    backgroundColor: `color-mix(in oklch, var(--chart-1, var(--primary)) ${Math.round(strength * 85)}%, transparent)`,
  };
}

/**
 * Pairwise cosine similarities as a table: every cell shows its value as text (and a title with
 * both texts), so the colour is never the only carrier of meaning.
 */
export function SimilarityHeatmap({ texts, matrix }: { texts: string[]; matrix: number[][] }) {
  return (
    <div className="overflow-x-auto">
      <table className="border-separate border-spacing-0.5 text-xs" aria-label="Cosine similarity matrix">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Text</span>
            </th>
            {texts.map((text, j) => (
              <th
                key={j}
                scope="col"
                title={text}
                className="text-muted-foreground w-14 px-1 py-1 font-mono font-normal"
              >
                #{j + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              <th
                scope="row"
                title={texts[i]}
                className="text-muted-foreground max-w-48 truncate py-1 pr-2 text-left font-normal"
              >
                <span className="font-mono">#{i + 1}</span> {texts[i]}
              </th>
              {row.map((value, j) => (
                <td
                  key={j}
                  title={`cos(#${i + 1}, #${j + 1}) = ${value.toFixed(4)}\n#${i + 1}: ${texts[i]}\n#${j + 1}: ${texts[j]}`}
                  style={cellStyle(value)}
                  className={cn(
                    "h-9 w-14 rounded-sm text-center font-mono tabular-nums",
                    value > 0.6 ? "text-foreground font-semibold" : "text-foreground/80",
                  )}
                >
                  {value.toFixed(2)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
