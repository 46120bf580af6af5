import { MAX_ATTACHMENTS } from '@contest/contracts';

/** What the picker offers: the kinds the server takes (it reads the bytes, this only spares a wasted upload). */
export const ATTACHMENT_ACCEPT =
  '.pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp';
const EXTENSIONS = ['pdf', 'docx', 'png', 'jpg', 'jpeg', 'webp'];

export type AttachmentProblem =
  | { kind: 'type'; name: string }
  | { kind: 'empty'; name: string }
  | { kind: 'tooLarge'; name: string; maxMb: number }
  | { kind: 'limit'; max: number };

/** Why a picked file would be refused before it is sent, or null to send it. */
export function checkAttachment(
  file: Pick<File, 'name' | 'size'>,
  maxMb: number,
  attached: number,
): AttachmentProblem | null {
  if (attached >= MAX_ATTACHMENTS) return { kind: 'limit', max: MAX_ATTACHMENTS };
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!EXTENSIONS.includes(ext)) return { kind: 'type', name: file.name };
  if (file.size === 0) return { kind: 'empty', name: file.name };
  if (file.size > maxMb * 1024 * 1024) return { kind: 'tooLarge', name: file.name, maxMb };
  return null;
}
