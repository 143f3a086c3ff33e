/**
 * The workbook layouts officers fill (DESIGN §4.3–4.5): sheet names and column/label headers, Thai first,
 * with English aliases. Ingest matches headers after normalizeHeader(); templates and the sample generator
 * write the first (Thai) header of each field. One table, so reader, templates and generator never drift.
 */
export interface FieldHeader {
  field: string;
  /** Thai header first; the rest are aliases. */
  headers: string[];
  required?: boolean;
  /** Read for validation and the privacy scan, never published. */
  private?: boolean;
}

export const REGISTRY_SHEETS = ['ทะเบียนกลุ่ม', 'registry'];
export const REGISTRY_COLUMNS: FieldHeader[] = [
  { field: 'id', headers: ['รหัสกลุ่ม', 'group_id', 'group id', 'id'], required: true },
  { field: 'name', headers: ['ชื่อกลุ่ม', 'name', 'group name'], required: true },
  { field: 'village', headers: ['บ้าน', 'หมู่บ้าน', 'village'] },
  { field: 'moo', headers: ['หมู่ที่', 'หมู่', 'moo'] },
  { field: 'subdistrict', headers: ['ตำบล', 'subdistrict', 'tambon'], required: true },
  { field: 'district', headers: ['อำเภอ', 'district', 'amphoe'], required: true },
  { field: 'province', headers: ['จังหวัด', 'province', 'changwat'], required: true },
  { field: 'founded', headers: ['วันที่จัดตั้ง', 'founded', 'date founded'] },
  { field: 'members', headers: ['จำนวนสมาชิก', 'สมาชิก', 'members'] },
  { field: 'savings', headers: ['เงินสัจจะสะสม', 'savings'] },
  { field: 'status', headers: ['สถานะ', 'status'] },
  { field: 'lat', headers: ['ละติจูด', 'lat', 'latitude'] },
  { field: 'lon', headers: ['ลองจิจูด', 'lon', 'lng', 'longitude'] },
  { field: 'chair', headers: ['ประธานกลุ่ม', 'ชื่อประธาน', 'chair'], private: true },
  { field: 'phone', headers: ['โทรศัพท์', 'เบอร์โทรศัพท์', 'เบอร์โทร', 'phone', 'tel'], private: true },
  { field: 'national_id', headers: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'national id', 'national_id'], private: true },
  { field: 'address', headers: ['ที่อยู่', 'address'], private: true },
];

export const STATUS_WORDS: Record<string, 'active' | 'inactive' | 'dissolved'> = {
  ดำเนินการ: 'active',
  active: 'active',
  ไม่ดำเนินการ: 'inactive',
  inactive: 'inactive',
  ยุบเลิก: 'dissolved',
  dissolved: 'dissolved',
};

/** The audit book: four sheets. */
export const BOOK_SHEETS = {
  cover: ['ข้อมูลการตรวจ', 'cover', 'audit'],
  financials: ['งบการเงิน', 'financials', 'financial position'],
  indicators: ['ตัวชี้วัด', 'indicators'],
  plan: ['แผนพัฒนา', 'plan', 'development plan'],
};

/** Cover sheet: label | value rows. */
export const COVER_LABELS: FieldHeader[] = [
  { field: 'groupId', headers: ['รหัสกลุ่ม', 'group_id', 'group id'], required: true },
  { field: 'groupName', headers: ['ชื่อกลุ่ม', 'group name', 'name'] },
  { field: 'date', headers: ['วันที่ตรวจ', 'audit date', 'date'], required: true },
  { field: 'fiscalYear', headers: ['ปีงบประมาณ', 'fiscal year'] },
  { field: 'statementDate', headers: ['วันที่ปิดบัญชี', 'statement date'] },
  { field: 'auditors', headers: ['ผู้ตรวจ', 'คณะผู้ตรวจ', 'auditors', 'audit team'], private: true },
];

/** Financial position: label | value rows in a book; one column each in a batch sheet. */
export const FINANCIAL_LABELS: FieldHeader[] = [
  { field: 'members_start', headers: ['สมาชิกต้นปี', 'members_start', 'members at start'] },
  { field: 'members_end', headers: ['สมาชิกสิ้นปี', 'members_end', 'members at end'] },
  { field: 'regular_savers', headers: ['สมาชิกที่ส่งสัจจะครบทุกเดือน', 'regular_savers', 'regular savers'] },
  { field: 'savings', headers: ['เงินสัจจะสะสม', 'savings'] },
  { field: 'reserve', headers: ['ทุนสำรอง', 'reserve'] },
  { field: 'other_funds', headers: ['กองทุนอื่น', 'other_funds', 'other funds'] },
  { field: 'loans_outstanding', headers: ['ลูกหนี้เงินกู้คงเหลือ', 'loans_outstanding', 'loans outstanding'] },
  { field: 'overdue', headers: ['ลูกหนี้ค้างชำระ', 'overdue'] },
  { field: 'cash', headers: ['เงินสดในมือ', 'cash'] },
  { field: 'bank', headers: ['เงินฝากธนาคาร', 'bank'] },
  { field: 'net_profit', headers: ['กำไรสุทธิ', 'net_profit', 'net profit'] },
  { field: 'welfare_paid', headers: ['สวัสดิการที่จ่าย', 'welfare_paid', 'welfare paid'] },
];

/** Indicator sheet columns: รหัส | ตัวชี้วัด | ผล | หมายเหตุ. */
export const INDICATOR_COLUMNS: FieldHeader[] = [
  { field: 'code', headers: ['รหัส', 'code'], required: true },
  { field: 'label', headers: ['ตัวชี้วัด', 'indicator'] },
  { field: 'result', headers: ['ผล', 'result', 'answer'], required: true },
  { field: 'note', headers: ['หมายเหตุ', 'note'] },
];

export const PLAN_COLUMNS: FieldHeader[] = [
  { field: 'order', headers: ['ลำดับ', 'order', 'no'] },
  { field: 'topic', headers: ['ตัวชี้วัด/ประเด็น', 'ตัวชี้วัด', 'ประเด็น', 'topic', 'issue'], required: true },
  { field: 'cause', headers: ['สาเหตุ', 'cause'] },
  { field: 'approach', headers: ['แนวทางพัฒนา', 'approach'] },
  { field: 'activity', headers: ['กิจกรรม', 'activity'] },
  { field: 'owner', headers: ['ผู้รับผิดชอบ', 'owner', 'responsible'] },
  { field: 'due', headers: ['กำหนดเสร็จ', 'due', 'due date'] },
];

/** Batch sheet: these columns, every FINANCIAL_LABELS column, and one column per book indicator code (G1, G2, …). */
export const BATCH_SHEETS = ['ผลการตรวจ', 'audits', 'batch'];
export const BATCH_COLUMNS: FieldHeader[] = [
  { field: 'groupId', headers: ['รหัสกลุ่ม', 'group_id', 'group id'], required: true },
  { field: 'groupName', headers: ['ชื่อกลุ่ม', 'group name', 'name'] },
  { field: 'date', headers: ['วันที่ตรวจ', 'audit date', 'date'], required: true },
  { field: 'fiscalYear', headers: ['ปีงบประมาณ', 'fiscal year'] },
  { field: 'statementDate', headers: ['วันที่ปิดบัญชี', 'statement date'] },
];

export const CRITERIA_SHEETS = ['เกณฑ์', 'criteria'];

/**
 * The criteria sheet (DESIGN §5): a settings block of label | value rows, then a header row and one row per
 * indicator. The first name of each is what the template writes; the others are aliases.
 */
export const CRITERIA_SETTINGS = {
  id: ['รหัสชุดเกณฑ์', 'รหัสเกณฑ์', 'criteria id', 'id', 'version'],
  name: ['ชื่อชุดเกณฑ์', 'ชื่อเกณฑ์', 'criteria name', 'name'],
  good: ['ระดับ 1 ดี เมื่อคะแนนตั้งแต่', 'ระดับดี', 'good from', 'level 1 from'],
  fair: ['ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่', 'ระดับปานกลาง', 'fair from', 'level 2 from'],
  incomplete: ['ข้อมูลไม่ครบ เมื่อคะแนนที่ไม่มีข้อมูลเกิน', 'ข้อมูลไม่ครบ', 'incomplete above points', 'incomplete above'],
  dimension: ['มิติ', 'dimension'],
} as const;

export const CRITERIA_COLUMNS = {
  code: ['รหัส', 'code'],
  dimension: ['มิติ', 'dimension'],
  th: ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'indicator (th)'],
  en: ['indicator', 'ตัวชี้วัด (อังกฤษ)', 'indicator (en)', 'english'],
  measure: ['วัดจาก', 'measure', 'measured from'],
  max: ['คะแนนเต็ม', 'points', 'max', 'max points'],
  bands: ['เกณฑ์คะแนน', 'bands', 'scoring'],
  redFlag: ['ธงแดง', 'red flag'],
} as const;
export type CriteriaColumn = keyof typeof CRITERIA_COLUMNS;
