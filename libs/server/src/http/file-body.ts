import { HttpStatus } from '@nestjs/common';

import { apiError } from './api-error';

/**
 * The raw file of an import route (`consumes: 'file'`), which the request boundary hands over as
 * a Buffer; anything else, or an empty body, is a 400 saying how to send the file.
 */
export function requireFileBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw apiError(HttpStatus.BAD_REQUEST, 'import_needs_file');
  return body;
}
