import { API_ROUTES } from '@contest/contracts';

import { buildUrl, sendToRoute, type CallOptions, type RouteName, type RouteResponse } from './http';

type Routes = typeof API_ROUTES;

/** Routes whose request body is a raw file rather than JSON. */
export type FileRouteName = {
  [N in RouteName]: Routes[N] extends { consumes: 'file' } ? N : never;
}[RouteName];

export type UploadOptions<N extends FileRouteName> = Omit<CallOptions<N>, 'body'> & { file: Blob };

/**
 * Sends a file as the raw request body (application/octet-stream) to a route of the contract and checks the
 * answer with the route's response schema; a refusal (413 too large, 400 unreadable file) is an ApiError.
 */
export async function uploadFile<N extends FileRouteName>(
  name: N,
  options: UploadOptions<N>,
): Promise<RouteResponse<N>> {
  const { params, query, signal, file } = options as {
    params?: Record<string, string | number>;
    query?: object;
    signal?: AbortSignal;
    file: Blob;
  };
  return sendToRoute(name, buildUrl(API_ROUTES[name].path, params, query), {
    headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream' },
    body: file,
    signal,
  });
}
