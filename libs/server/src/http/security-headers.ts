import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Headers for every answer: the app's own scripts only, no framing (clickjacking), no type
 * sniffing, and no full URL sent to other sites. Mantine sets style attributes at run time,
 * hence 'unsafe-inline' for styles only. No upgrade-insecure-requests: a LAN install may be HTTP.
 */
export const SECURITY_HEADERS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'media-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  crossOriginEmbedderPolicy: false,
};
