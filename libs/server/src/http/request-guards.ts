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
  const origin = headers.origin;
  if (origin !== undefined && allowedOrigins.includes(origin)) return false;
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  if (origin === undefined) return false;
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

/** Whether a Content-Type header names this media type (case and parameters aside). */
export function isMediaType(header: string | string[] | undefined, type: string): boolean {
  return (
    String(header ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase() === type
  );
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

/** Whether a text holds NUL or a lone surrogate, wherever it came from (a request, a file). */
export const hasBadText = (text: string): boolean => BAD_TEXT.test(text);

/** Deeper than any contract's shape: a body nested further is refused, not walked. */
export const MAX_INPUT_DEPTH = 16;

/**
 * The path of the first string (or key) in a request value that holds NUL or a lone surrogate,
 * or that nests deeper than MAX_INPUT_DEPTH; null when there is none. Walked with a stack, so a
 * hostile nesting cannot overflow the call stack; a raw file (a Buffer) is not text and is skipped.
 */
export function findBadText(
  value: unknown,
): { path: (string | number)[]; reason: 'bad_text' | 'too_deep' } | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (BAD_TEXT.test(current)) return { path, reason: 'bad_text' };
      continue;
    }
    if (!current || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path, reason: 'too_deep' };
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((v, i) => [i, v])
      : Object.entries(current);
    for (const [key, nested] of entries) {
      if (typeof key === 'string' && BAD_TEXT.test(key)) return { path: [...path, key], reason: 'bad_text' };
      stack.push({ value: nested, path: [...path, key] });
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
