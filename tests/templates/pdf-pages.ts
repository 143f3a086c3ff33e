/** A printed PDF's pages, for the tests that print workbooks through LibreOffice (templates, pre-filled books). */
import fs from 'node:fs';

/** Each page's size in points (width, height), from the PDF's page objects (LibreOffice writes /Type/Page … /MediaBox[…]). */
export function pdfPages(file: string): [number, number][] {
  const pdf = fs.readFileSync(file, 'latin1');
  return [...pdf.matchAll(/\/Type\s*\/Page(?![a-z])[^>]*?\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** 'portrait' or 'landscape' for each page, after checking that every page is A4 (595.3 × 841.9 points). */
export function a4Orientations(file: string): string[] {
  return pdfPages(file).map(([w, h]) => {
    if (Math.round(Math.min(w, h)) !== 595 || Math.round(Math.max(w, h)) !== 842) throw new Error(`${file}: a page of ${w} × ${h} points is not A4`);
    return w > h ? 'landscape' : 'portrait';
  });
}
