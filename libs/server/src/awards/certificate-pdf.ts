import { dirname, join } from 'node:path';

import PDFDocument from 'pdfkit';

/**
 * Noto Serif from an npm package (full Vietnamese coverage, SIL Open Font License): embedded in
 * every certificate, subset to the glyphs used, so it prints the same on any machine.
 */
const FONT_DIR = dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
const REGULAR = join(FONT_DIR, '400Regular/NotoSerif_400Regular.ttf');
const BOLD = join(FONT_DIR, '700Bold/NotoSerif_700Bold.ttf');

const RED = '#a3161b';
const GOLD = '#b8860b';
const INK = '#1f1f1f';

export interface CertificatePage {
  /** Who it is for: an author, or a team (its authors' names). */
  name: string;
  /** The line under the name: the author's unit, or "Nhóm tác giả · <unit>". */
  detail: string;
  /** "Giải Nhất", "Giải Thuyết trình xuất sắc"… */
  award: string;
  /** What it was won for: "với sáng kiến «…»", or a unit's entries in the contest. */
  reason: string;
}

export interface CertificateBook {
  contestName: string;
  trackTitle: string;
  issuedAt: Date;
  pages: CertificatePage[];
}

/**
 * Every text as Vietnamese is written in NFC (one code point per letter with its tone mark), so
 * each letter is one precomposed glyph of the font: a name typed with combining marks (NFD, as
 * some keyboards and Macs send it) prints and extracts the same as one typed precomposed.
 */
const nfc = (text: string) => text.normalize('NFC');

const vietnamDate = (d: Date) => {
  const local = new Date(d.getTime() + 7 * 3600_000);
  return `Ngày ${local.getUTCDate()} tháng ${local.getUTCMonth() + 1} năm ${local.getUTCFullYear()}`;
};

/** The winners' certificates as one PDF, one landscape A4 page each. */
export function certificatePdf(book: CertificateBook): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: nfc(`Giấy chứng nhận — ${book.trackTitle}`), Author: nfc(book.contestName) },
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of book.pages) drawPage(doc, book, page);
  doc.end();
  return done;
}

function drawPage(doc: PDFKit.PDFDocument, book: CertificateBook, page: CertificatePage): void {
  doc.addPage();
  const { width, height } = doc.page;
  doc
    .lineWidth(6)
    .strokeColor(RED)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(1.5)
    .strokeColor(GOLD)
    .rect(36, 36, width - 72, height - 72)
    .stroke();
  const box = { x: 70, width: width - 140 };
  const line = (text: string, font: 'regular' | 'bold', size: number, color = INK, gap = 6) => {
    doc.font(font).fontSize(size).fillColor(color).text(nfc(text), box.x, undefined, {
      width: box.width,
      align: 'center',
    });
    doc.moveDown(gap / size);
  };
  doc.y = 62;
  line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 13, INK, 2);
  line('Độc lập – Tự do – Hạnh phúc', 'bold', 12, INK, 22);
  line(book.contestName.toUpperCase(), 'bold', 13, INK, 2);
  line(`Ban Tổ chức ${book.trackTitle}`, 'regular', 12, INK, 18);
  line('GIẤY CHỨNG NHẬN', 'bold', 34, RED, 14);
  line('Chứng nhận', 'regular', 14, INK, 4);
  // A team's page names every author: a long list in a smaller size, so it stays within two or three lines.
  line(page.name, 'bold', page.name.length > 60 ? 18 : 26, INK, 4);
  line(page.detail, 'regular', 13, INK, 16);
  // "Giải Nhất" reads as it is; a side prize's own name ("Đội xuất sắc…") as a prize.
  line(`Đã đạt ${/^giải\s/i.test(page.award) ? page.award : `giải ${page.award}`}`, 'bold', 20, RED, 8);
  line(page.reason, 'regular', 14, INK, 8);
  doc.font('regular').fontSize(12).fillColor(INK);
  const signX = width - 70 - 300;
  doc.text(nfc(vietnamDate(book.issuedAt)), signX, height - 150, { width: 300, align: 'center' });
  doc.font('bold').text(nfc('TM. BAN TỔ CHỨC'), signX, undefined, { width: 300, align: 'center' });
}
