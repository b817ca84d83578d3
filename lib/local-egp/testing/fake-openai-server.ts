import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Test helper: a scriptable OpenAI-compatible server on 127.0.0.1 with a random port. */
export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
};
type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export async function startFakeOpenAiServer(models: string[] = ["fake-model"]) {
  const requests: RecordedRequest[] = [];
  let handler: Handler | undefined;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString("utf8");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: req.url ?? "/",
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    if (recorded.method === "GET" && recorded.path === "/v1/models" && !handler) {
      sendJson(res, 200, { object: "list", data: models.map((id) => ({ id, object: "model" })) });
      return;
    }
    if (!handler) return sendJson(res, 404, { error: { message: "no handler" } });
    await handler(recorded, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = portOf(server);

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Handles every later request (including GET /models) until replaced. */
    handle(next: Handler | undefined) {
      handler = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function portOf(server: Server): number {
  // safe because a server listening on a TCP host reports an AddressInfo, not a pipe name
  return (server.address() as AddressInfo).port;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Writes SSE frames one by one, with a pause so the client sees them as separate reads. */
export async function sendSse(
  res: ServerResponse,
  frames: readonly unknown[],
  opts: { done?: boolean } = {},
) {
  res.writeHead(200, { "content-type": "text/event-stream" });
  for (const frame of frames) {
    res.write(`data: ${JSON.stringify(frame)}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (opts.done !== false) res.write("data: [DONE]\n\n");
  res.end();
}
