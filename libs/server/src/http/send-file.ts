import type { Readable } from 'node:stream';

import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends an XLSX download; the file name is ASCII plus its RFC 5987 form for Vietnamese names. */
export async function sendXlsx(
  reply: FastifyReply,
  fileName: string,
  body: Buffer | Readable,
): Promise<void> {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  await reply
    .header('content-type', XLSX_TYPE)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(body);
}
