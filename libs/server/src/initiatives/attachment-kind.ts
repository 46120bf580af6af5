import type { AttachmentKind } from '@contest/contracts';

/** What each kind is served as. */
export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

const startsWith = (bytes: Buffer, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * An attachment's kind, read from its bytes, never from its name or the browser's word: a PDF,
 * a Word document (a zip holding word/document.xml, without macros), or a PNG, JPEG or WebP
 * picture. Anything else (an .exe renamed .pdf, a .docm, a zip) is null: refused.
 */
export function attachmentKind(bytes: Buffer): AttachmentKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The zip's directory names its parts: a Word document has word/document.xml; macros live in vbaProject.bin.
    const names = bytes.toString('latin1');
    if (names.includes('word/document.xml') && !names.includes('vbaProject.bin')) return 'docx';
  }
  return null;
}
