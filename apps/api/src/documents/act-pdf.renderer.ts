import { join, dirname } from 'node:path';
import PDFDocument from 'pdfkit';
import { DocumentContent } from './act-document.content';

// DejaVu (Bitstream Vera licence and public domain changes: free to embed and redistribute), from
// the dejavu-fonts-ttf npm package: it has every letter of the Kazakh alphabet (ә ғ қ ң ө ұ ү һ і).
const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = { regular: join(FONT_DIRECTORY, 'DejaVuSerif.ttf'), bold: join(FONT_DIRECTORY, 'DejaVuSerif-Bold.ttf') };

/**
 * Lays a document out as a PDF with pdfkit: no browser, the fonts embedded (subset). The PDF's
 * dates are the document's own, so one content always gives the same metadata.
 */
export function renderActPdf(content: DocumentContent, preparedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 70, right: 56 },
    info: { Title: `${content.heading} ${content.outgoing}`, Author: content.letterhead[content.language], Subject: content.subject, Producer: 'prosecutor-acts', Creator: 'prosecutor-acts', CreationDate: preparedAt, ModDate: preparedAt },
    lang: content.language === 'kk' ? 'kk-KZ' : 'ru-RU',
    pdfVersion: '1.7',
    compress: true,
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  // The letterhead: the office in the state language and in Russian, side by side.
  const top = pdf.y;
  pdf.font('bold').fontSize(10).text(content.letterhead.kk.toUpperCase(), pdf.page.margins.left, top, { width: width / 2 - 10, align: 'center' });
  const leftBottom = pdf.y;
  pdf.font('bold').fontSize(10).text(content.letterhead.ru.toUpperCase(), pdf.page.margins.left + width / 2 + 10, top, { width: width / 2 - 10, align: 'center' });
  pdf.y = Math.max(leftBottom, pdf.y) + 6;
  pdf.moveTo(pdf.page.margins.left, pdf.y).lineTo(pdf.page.margins.left + width, pdf.y).lineWidth(1).stroke();
  pdf.moveDown(0.6);
  pdf.x = pdf.page.margins.left;
  pdf.font('regular').fontSize(10).text(content.outgoing, { width });
  pdf.text(content.date, { width });
  pdf.moveDown(0.8);
  pdf.font('bold').fontSize(11).text(content.addressee, pdf.page.margins.left + width / 2, pdf.y, { width: width / 2 });
  pdf.x = pdf.page.margins.left;
  pdf.moveDown(1.2);
  pdf.font('bold').fontSize(14).text(content.heading, { width, align: 'center' });
  if (content.subheading) pdf.font('regular').fontSize(10).text(content.subheading, { width, align: 'center' });
  pdf.moveDown(0.6);
  pdf.font('regular').fontSize(11).text(content.subject, { width, align: 'justify' });
  pdf.moveDown(0.6);
  pdf.text(content.opening, { width, align: 'justify' });
  for (const section of content.sections) {
    pdf.moveDown(0.6);
    pdf.font('bold').fontSize(11).text(section.heading, { width });
    pdf.font('regular');
    section.paragraphs.forEach((paragraph, index) => pdf.text(section.numbered ? `${index + 1}. ${paragraph}` : paragraph, { width, align: 'justify', indent: section.numbered ? 0 : 20 }));
  }
  pdf.moveDown(0.6);
  if (content.term) pdf.text(content.term, { width, align: 'justify' });
  if (content.due) pdf.text(content.due, { width });
  pdf.moveDown(0.4);
  pdf.font('regular').fontSize(10).text(content.legalBasis, { width, align: 'justify' });
  pdf.moveDown(0.4);
  pdf.fontSize(11).text(content.closing, { width, align: 'justify' });
  pdf.moveDown(2);
  const signatureTop = pdf.y;
  pdf.font('bold').text(content.signatory.position, pdf.page.margins.left, signatureTop, { width: width / 2 });
  pdf.font('bold').text(content.signatory.fullName, pdf.page.margins.left + width / 2, signatureTop, { width: width / 2, align: 'right' });
  pdf.end();
  return done;
}
