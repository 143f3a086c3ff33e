/**
 * Roles, by allowlist (DESIGN §8): a column whose purpose is a role (a development plan's ผู้รับผิดชอบ) publishes a
 * text only when it is made of roles; anything else could be a person's name, and a recogniser cannot know every
 * name. Pure.
 *
 * A role text is one or more roles joined by และ กับ หรือ ร่วมกับ , / & + and or with; a role is
 * - an exact role (ประธาน, เหรัญญิก, chair …) with optional qualifiers after it: กลุ่ม, ของกลุ่ม, ฯ, ทุกคน, ทั้งหมด,
 *   or a bracket holding a qualifier or roles ("ประธานกลุ่ม (ตำแหน่ง)");
 * - or a role that names a body or a job by what follows it, written on (no space): คณะกรรมการเงินกู้,
 *   กรรมการฝ่ายสินเชื่อ, เจ้าหน้าที่การเงิน, พัฒนากรตำบล;
 * - or a role a province adds (data/roles/, read by ingest), exact, with the same qualifiers.
 */
import { asRead } from './as-read';

/** Roles written alone (with qualifiers), Thai and English. */
const EXACT_ROLES = [
  'ประธาน', 'รองประธาน', 'เหรัญญิก', 'เลขานุการ', 'เลขา', 'ผู้ช่วยเลขานุการ', 'ผู้ช่วยเหรัญญิก', 'นายทะเบียน', 'ปฏิคม',
  'ประชาสัมพันธ์', 'ผู้ตรวจสอบ', 'ผู้ตรวจสอบบัญชี', 'ผู้จัดการ', 'สมาชิก', 'ทุกคน', 'ทุกฝ่าย', 'ที่ปรึกษา', 'ผู้นำชุมชน',
  'ผู้ใหญ่บ้าน', 'กำนัน', 'พัฒนาการอำเภอ', 'พัฒนาการจังหวัด', 'นายอำเภอ', 'ทีมส่งเสริม', 'ทีมพี่เลี้ยง',
  'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'vice chair', 'vice-chair', 'vice president', 'treasurer',
  'secretary', 'assistant secretary', 'registrar', 'auditor', 'auditors', 'manager', 'accountant', 'adviser', 'advisor',
  'member', 'members', 'all members', 'everyone', 'all', 'staff', 'officer', 'officers', 'village head', 'board',
  'committee', 'the committee', 'the board', 'the chair', 'the treasurer', 'the secretary',
];
/** Roles that name a body or a job by the word written on after them (คณะกรรมการเงินกู้, พัฒนากรตำบล). */
const PREFIX_ROLES = [
  'คณะกรรมการ', 'กรรมการ', 'คณะทำงาน', 'คณะ', 'ฝ่าย', 'เจ้าหน้าที่', 'พัฒนากร', 'นักวิชาการ', 'เจ้าพนักงาน', 'ทีม', 'อาสาสมัคร',
  'committee', 'loan committee', 'audit committee', 'community development',
];
/** Words that may follow a role: "ประธานกลุ่ม", "สมาชิกทุกคน", "เลขานุการกลุ่มฯ", "members all". */
const QUALIFIERS = ['ของกลุ่ม', 'กลุ่ม', 'ฯ', 'ทุกคน', 'ทุกท่าน', 'ทั้งหมด', 'ร่วม', 'ชุดปัจจุบัน', 'ชุดใหม่', 'of the group', 'group', 'all'];
/** What a bracket after a role may say besides roles: "(ตำแหน่ง)". */
const BRACKET_WORDS = new Set(['ตำแหน่ง', 'position', 'role', 'ทุกคน', 'all']);
const CONNECTORS = ['ร่วมกับ', 'และ', 'กับ', 'หรือ', 'and', 'or', 'with', ',', '/', '&', '+', '、', ';'];

/** A text in the form roles are compared in: as read, lower case, one space between words. */
export function roleKey(text: string): string {
  return asRead(text).text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export class RoleList {
  private readonly exact: string[];
  private readonly prefix: string[];
  constructor(extra: Iterable<string> = []) {
    const longestFirst = (a: string, b: string) => b.length - a.length;
    this.exact = [...new Set([...EXACT_ROLES, ...[...extra].map(roleKey).filter(Boolean)])].sort(longestFirst);
    this.prefix = [...PREFIX_ROLES].sort(longestFirst);
  }

  /** True when the whole text is roles (and their qualifiers and connectors). */
  isRoleText(text: string): boolean {
    const s = roleKey(text);
    return s !== '' && this.roles(s, 0) === s.length;
  }

  /** End of one or more roles joined by connectors from `i`, or -1. */
  private roles(s: string, i: number): number {
    let at = this.role(s, i);
    if (at < 0) return -1;
    for (;;) {
      const next = this.connector(s, at);
      if (next < 0) return at;
      const end = this.role(s, next);
      if (end < 0) return at;
      at = end;
    }
  }

  private connector(s: string, i: number): number {
    let at = skipSpace(s, i);
    for (const c of CONNECTORS) {
      if (s.startsWith(c, at)) return skipSpace(s, at + c.length);
    }
    return at > i ? at : -1; // a space alone joins two roles too ("ประธาน เหรัญญิก")
  }

  private role(s: string, i: number): number {
    let at = -1;
    for (const r of this.exact) {
      if (s.startsWith(r, i) && wordEnds(s, i + r.length)) {
        at = i + r.length;
        break;
      }
    }
    if (at < 0) {
      for (const r of this.prefix) {
        if (!s.startsWith(r, i)) continue;
        at = i + r.length;
        // The word written on: Thai letters or Latin letters, up to a space, a connector's punctuation or a bracket.
        while (at < s.length && !/[\s,/&+();、(]/.test(s[at]!)) at++;
        break;
      }
    }
    if (at < 0) return -1;
    return this.qualifiers(s, at);
  }

  private qualifiers(s: string, i: number): number {
    let at = i;
    for (;;) {
      const from = skipSpace(s, at);
      const q = QUALIFIERS.find((w) => s.startsWith(w, from) && wordEnds(s, from + w.length));
      if (q !== undefined) {
        at = from + q.length;
        continue;
      }
      if (s[from] === '(') {
        const close = s.indexOf(')', from);
        if (close < 0) return at;
        const inner = s.slice(from + 1, close).trim();
        if (!BRACKET_WORDS.has(inner) && this.roles(inner, 0) !== inner.length) return at;
        at = close + 1;
        continue;
      }
      return at;
    }
  }
}

const skipSpace = (s: string, i: number) => {
  while (i < s.length && s[i] === ' ') i++;
  return i;
};
/** A Latin role must end at a word's end ("chair" is not "chairs-of-x"); Thai has no spaces between words. */
const wordEnds = (s: string, i: number) => i >= s.length || !/[a-z]/.test(s[i - 1]!) || !/[a-z0-9]/.test(s[i]!);

/**
 * The roles a province adds, from the text of a file under data/roles/: one role a line (a CSV's first column); a
 * header line (ตำแหน่ง, role) and lines starting with # are not roles.
 */
export function parseRoleList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const first = (line.split(/[,;\t]/)[0] ?? '').replace(/^"|"$/g, '').trim();
    if (first === '' || first.startsWith('#') || /^(ตำแหน่ง|บทบาท|role|roles)$/i.test(first)) continue;
    out.push(first);
  }
  return out;
}
