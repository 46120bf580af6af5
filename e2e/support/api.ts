import type { Page } from 'playwright-core';

/** The api's answer to a request made with the page's own session, as the page itself would make it. */
export async function apiResponse<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(`/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: r.status === 204 ? null : await r.json() };
    },
    { method, path, body },
  ) as Promise<{ status: number; body: T }>;
}

/** JSON from the api with the page's own session; a refusal fails the journey with its code. */
export async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const { status, body: json } = await apiResponse<T>(page, method, path, body);
  if (status >= 400) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
  return json;
}
