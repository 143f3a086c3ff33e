/**
 * Hard limits that keep a hostile or runaway file from exhausting memory or time (DESIGN §9).
 * A province's registry holds a few hundred rows and a district batch a few hundred; these are far above that.
 */
/** Bytes on disk. Larger files are rejected unread. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Sum of the declared uncompressed sizes of a zip (xlsx/ods) workbook. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** A zip entry larger than this (uncompressed) must not expand more than MAX_RATIO times. */
export const RATIO_CHECK_ABOVE_BYTES = 10 * 1024 * 1024;
export const MAX_RATIO = 100;
/** Sheet rows read (SheetJS `sheetRows`): 10 rows for titles and the header, then 100,000 data rows. */
export const HEADER_SCAN_ROWS = 10;
export const MAX_DATA_ROWS = 100_000;
export const MAX_SHEET_ROWS = HEADER_SCAN_ROWS + MAX_DATA_ROWS;
/** Label | value sheets (cover, financial position) are short; a longer one is read only this far. */
export const MAX_LABEL_ROWS = 200;
