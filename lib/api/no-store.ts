/**
 * Marks an answer as never to be kept by the browser or a shared cache: what a signed-in user sees
 * (their models, their key's accounts) must not be served to the next person from a proxy or the back button.
 * Keeps `no-transform`, which streams need so proxies do not buffer them.
 */
export function noStore(response: Response): Response {
  const current = response.headers.get("cache-control") ?? "";
  const value = /no-transform/.test(current) ? "no-store, no-transform" : "no-store";
  try {
    response.headers.set("cache-control", value);
    return response;
  } catch {
    // Headers of a fetched Response are immutable: copy it around the same body.
    const headers = new Headers(response.headers);
    headers.set("cache-control", value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
