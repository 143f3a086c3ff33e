/**
 * What SheetJS's community build does not write, added to its .xlsx output: drop-down lists (data validation), page
 * setup (A4, orientation, fit to the page's width), the printed grid and print areas, for the forms officers print
 * and fill by hand (issue 21 item 5). A few standard elements put into each sheet's XML, in the order the schema
 * requires (sheetPr first; dataValidations, printOptions, pageMargins, pageSetup after the cells), and print areas as
 * the workbook's defined names, through SheetJS's own zip reader and writer, so equal input still gives equal bytes.
 */
import * as XLSX from 'xlsx';

export interface SheetPrint {
  /** Cells offering a list: "C2 C4:C6" and the words offered. */
  lists?: { sqref: string; words: readonly string[] }[];
  landscape?: boolean;
  /** The cells printed (an A1 range such as "A1:J16"); the used cells when absent. */
  area?: string;
  /** Print the cell grid, so each blank answer is a box beside its label, to write in by hand. */
  grid?: boolean;
  /**
   * Read on screen, not printed with the form: the print area is one empty cell right of the used columns, so
   * LibreOffice prints nothing for the sheet and Excel drops the blank page (put such a sheet last). An officer who
   * wants it on paper clears the sheet's print range; the sheet's first rows say so.
   */
  screenOnly?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sheetXml(xml: string, p: SheetPrint): string {
  const lists = p.lists ?? [];
  const validations = lists.length
    ? `<dataValidations count="${lists.length}">${lists
        .map((l) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${l.sqref}"><formula1>"${esc(l.words.join(','))}"</formula1></dataValidation>`)
        .join('')}</dataValidations>`
    : '';
  const grid = p.grid ? '<printOptions gridLines="1"/>' : '';
  const setup = `${grid}<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.2" footer="0.2"/><pageSetup paperSize="9" orientation="${p.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  const withPr = xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const at = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<ignoredErrors', '</worksheet>'].map((t) => withPr.indexOf(t)).filter((i) => i >= 0);
  const i = Math.min(...at);
  return `${withPr.slice(0, i)}${validations}${setup}${withPr.slice(i)}`;
}

/** The range a sheet prints, or null for its used cells: `area`, or for a screen-only sheet one empty cell past its used range. */
function printRange(xml: string, p: SheetPrint): string | null {
  if (p.area) return p.area;
  if (!p.screenOnly) return null;
  const used = /<dimension ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/.exec(xml)?.[1] ?? 'A1';
  const end = XLSX.utils.decode_range(used).e.c;
  return XLSX.utils.encode_cell({ r: 0, c: end + 2 });
}

/** A1 range → the absolute reference a defined name holds: 'sheet'!$A$1:$B$7 (quotes doubled in the name). */
function absolute(sheetName: string, range: string): string {
  const abs = range.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
  return `'${sheetName.replace(/'/g, "''")}'!${abs}`;
}

/** The workbook's XML with a print area (_xlnm.Print_Area, local to its sheet) for each `areas[i]` that is not null. */
function workbookXml(xml: string, areas: readonly (string | null)[]): string {
  const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
  const defined = areas
    .map((a, i) => (a === null ? '' : `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${absolute(names[i]!, a)}</definedName>`))
    .join('');
  if (defined === '') return xml;
  if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${defined}</definedNames>`);
  return xml.replace('</sheets>', `</sheets><definedNames>${defined}</definedNames>`);
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
  const put = (entry: { content?: Uint8Array; size?: number }, xml: string) => {
    entry.content = Buffer.from(xml, 'utf8');
    entry.size = entry.content.length;
  };
  const areas = sheets.map((p, i) => {
    const entry = cfb.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!entry?.content) throw new Error(`no sheet ${i + 1} in the workbook`);
    const xml = Buffer.from(entry.content).toString('utf8');
    put(entry, sheetXml(xml, p));
    return printRange(xml, p);
  });
  const book = cfb.find(zip, '/xl/workbook.xml');
  if (!book?.content) throw new Error('no workbook.xml in the workbook');
  put(book, workbookXml(Buffer.from(book.content).toString('utf8'), areas));
  return Buffer.from(cfb.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}
