import type { Readable } from 'node:stream';

import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const PDF_TYPE = 'application/pdf';

/** Sends an XLSX download. */
export const sendXlsx = (reply: FastifyReply, fileName: string, body: Buffer | Readable): Promise<void> =>
  sendDownload(reply, fileName, XLSX_TYPE, body);

/** Sends a download; the file name is ASCII plus its RFC 5987 form for Vietnamese names. */
export async function sendDownload(
  reply: FastifyReply,
  fileName: string,
  type: string,
  body: Buffer | Readable,
): Promise<void> {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  await reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(body);
}
