import { API_ROUTES } from '@contest/contracts';
import type { z } from 'zod';

import { ApiError, NetworkError } from './api-error';

type Routes = typeof API_ROUTES;
export type RouteName = keyof Routes;

type PathParams<P extends string> = P extends `${string}:${infer Param}/${infer Rest}`
  ? Param | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Param}`
    ? Param
    : never;

type Params<R> = R extends { path: infer P extends string } ? PathParams<P> : never;
type Body<R> = R extends { body: infer S extends z.ZodType } ? z.input<S> : never;
type Query<R> = R extends { query: infer S extends z.ZodType } ? z.input<S> : never;
export type RouteResponse<N extends RouteName> = Routes[N] extends { response: infer S extends z.ZodType }
  ? z.output<S>
  : void;

type Field<Key extends string, T> = [T] extends [never] ? { [K in Key]?: never } : { [K in Key]: T };
type ParamsRecord<P> = [P] extends [never] ? never : Record<P & string, string | number>;

export type CallOptions<N extends RouteName> = Field<'params', ParamsRecord<Params<Routes[N]>>> &
  Field<'body', Body<Routes[N]>> &
  Field<'query', Query<Routes[N]>> & { signal?: AbortSignal };

export type OptionalArgs<N extends RouteName> =
  Partial<CallOptions<N>> extends CallOptions<N> ? [options?: CallOptions<N>] : [options: CallOptions<N>];

let onUnauthorized: () => void = () => undefined;

/** Called when a signed-in route answers 401: the session expired or was revoked. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, params?: Record<string, string | number>, query?: object): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api${filled}${qs ? `?${qs}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The address of a route, e.g. for a download link: `/api/exports/7/file`. */
export function routeUrl<N extends RouteName>(name: N, ...[options]: OptionalArgs<N>): string {
  const { params, query } = (options ?? {}) as { params?: Record<string, string | number>; query?: object };
  return buildUrl(API_ROUTES[name].path, params, query);
}

/** Sends a request to one route and checks the answer against the route's response schema. */
export async function sendToRoute<N extends RouteName>(
  name: N,
  url: string,
  init: RequestInit,
): Promise<RouteResponse<N>> {
  const route: Routes[RouteName] = API_ROUTES[name];
  let response: Response;
  let json: unknown;
  try {
    response = await fetch(url, { ...init, method: route.method, credentials: 'same-origin' });
    json = await readJson(response);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new NetworkError(error);
  }

  if (!response.ok) {
    if (response.status === 401 && route.access !== 'public') onUnauthorized();
    throw ApiError.fromResponse(response.status, response.statusText, json);
  }
  return ('response' in route ? route.response.parse(json) : undefined) as RouteResponse<N>;
}

/** Calls one route of the api contract, typed and validated by its schemas. */
export async function callApi<N extends RouteName>(
  name: N,
  ...[options]: OptionalArgs<N>
): Promise<RouteResponse<N>> {
  const { params, body, query, signal } = (options ?? {}) as {
    params?: Record<string, string | number>;
    body?: unknown;
    query?: object;
    signal?: AbortSignal;
  };
  const hasBody = body !== undefined;
  return sendToRoute(name, buildUrl(API_ROUTES[name].path, params, query), {
    headers: hasBody
      ? { Accept: 'application/json', 'Content-Type': 'application/json' }
      : { Accept: 'application/json' },
    body: hasBody ? JSON.stringify(body) : undefined,
    signal,
  });
}
