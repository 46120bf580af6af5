import { attachmentKind } from './attachment-kind';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('an attachment is what its bytes say', () => {
  it('knows a PDF, the pictures and a Word document', () => {
    expect(attachmentKind(bytes('%PDF-1.7\n…'))).toBe('pdf');
    expect(attachmentKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(attachmentKind(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(attachmentKind(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(attachmentKind(bytes([0x50, 0x4b, 0x03, 0x04], '…[Content_Types].xml…word/document.xml…'))).toBe(
      'docx',
    );
  });

  it('refuses a renamed program, a macro document, a plain zip, text and nothing', () => {
    expect(attachmentKind(bytes('MZ\x90\x00 this program'))).toBeNull();
    expect(
      attachmentKind(bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml word/vbaProject.bin')),
    ).toBeNull();
    expect(attachmentKind(bytes([0x50, 0x4b, 0x03, 0x04], 'photos/a.jpg'))).toBeNull();
    expect(attachmentKind(bytes('Tôi là văn bản'))).toBeNull();
    expect(attachmentKind(Buffer.alloc(0))).toBeNull();
  });
});
