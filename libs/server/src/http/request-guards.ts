import type { IncomingHttpHeaders } from 'node:http';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const changesState = (method: string): boolean => STATE_CHANGING.has(method.toUpperCase());

/**
 * True when a browser says the request comes from another site. Browsers send Sec-Fetch-Site
 * (same-origin, same-site, cross-site, none); older ones only Origin, checked against the host
 * the request was sent to or an allowed origin. A request with neither is not from a page at all
 * (curl, a script): nothing cross-site to refuse, and SameSite=Lax keeps cookies off old forms.
 */
export function isCrossSite(
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[],
  trustProxy: boolean,
): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (allowedOrigins.includes(origin)) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
  const forwarded = trustProxy ? headers['x-forwarded-host'] : undefined;
  const host = (typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : undefined) ?? headers.host;
  return originHost !== host;
}

/** A path or query string whose percent-escapes do not decode to UTF-8 (%FF, %ED%A0%80). */
export function hasUndecodableUrl(url: string): boolean {
  try {
    decodeURIComponent(url);
    return false;
  } catch {
    return true;
  }
}

/** NUL, or half of a surrogate pair: text no column should hold. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or key) in a request value that holds NUL or a lone surrogate. */
export function findBadText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) {
      if (BAD_TEXT.test(key)) return [...path, key];
      const found = findBadText(nested, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether the session cookie gets `Secure`: as configured, else everywhere but on localhost. */
export function cookieSecure(configured: boolean | undefined, hostname: string): boolean {
  if (configured !== undefined) return configured;
  return !LOCAL_HOSTS.has(hostname.replace(/:\d+$/, '').toLowerCase());
}
