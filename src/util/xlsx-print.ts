/**
 * What SheetJS's community build does not write, added to its .xlsx output: drop-down lists (data validation) and
 * page setup (A4, orientation, fit to the page's width), for the forms officers print and fill by hand (issue 21
 * item 5). A few standard elements put into each sheet's XML, in the order the schema requires (sheetPr first;
 * dataValidations, pageMargins, pageSetup after the cells), through SheetJS's own zip reader and writer, so equal
 * input still gives equal bytes.
 */
import * as XLSX from 'xlsx';

export interface SheetPrint {
  /** Cells offering a list: "C2 C4:C6" and the words offered. */
  lists?: { sqref: string; words: readonly string[] }[];
  landscape?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sheetXml(xml: string, p: SheetPrint): string {
  const lists = p.lists ?? [];
  const validations = lists.length
    ? `<dataValidations count="${lists.length}">${lists
        .map((l) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${l.sqref}"><formula1>"${esc(l.words.join(','))}"</formula1></dataValidation>`)
        .join('')}</dataValidations>`
    : '';
  const setup = `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.2" footer="0.2"/><pageSetup paperSize="9" orientation="${p.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  const withPr = xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const at = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<ignoredErrors', '</worksheet>'].map((t) => withPr.indexOf(t)).filter((i) => i >= 0);
  const i = Math.min(...at);
  return `${withPr.slice(0, i)}${validations}${setup}${withPr.slice(i)}`;
}

/** `bytes` (SheetJS .xlsx) with each sheet's print setup and lists; `sheets[i]` is the i-th sheet's. */
export function withPrintSetup(bytes: Uint8Array, sheets: readonly SheetPrint[]): Buffer {
  // SheetJS types its bundled zip library as any: the calls below are its documented read, find and write.
  const cfb = XLSX.CFB as {
    read(b: Uint8Array, o: { type: 'buffer' }): unknown;
    find(z: unknown, path: string): { content?: Uint8Array; size?: number } | null;
    write(z: unknown, o: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array;
  };
  const zip = cfb.read(bytes, { type: 'buffer' });
  sheets.forEach((p, i) => {
    const entry = cfb.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!entry?.content) throw new Error(`no sheet ${i + 1} in the workbook`);
    entry.content = Buffer.from(sheetXml(Buffer.from(entry.content).toString('utf8'), p), 'utf8');
    entry.size = entry.content.length;
  });
  return Buffer.from(cfb.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}
