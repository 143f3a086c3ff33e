/**
 * The department's codes (DOPA geocodes, the keys of the boundary files in src/data/geo) where the divisions package
 * (thai-address-universal 2.2.0) has others. The one place they are corrected: the divisions loader applies it, so
 * registry rows, the dataset, pages and maps all carry the department's codes. `node src/data/geo/check.mjs` lists
 * the package's differences.
 */

/** Package province code → the department's: Bueng Kan is 38 (TH-38), the package says 97. */
const PROVINCE_CODES: Readonly<Record<string, string>> = { '97': '38' };

/**
 * By the department's province code and the district's Thai name: its code (and English name where the package's is
 * wrong). Bueng Kan's 8 districts have no code in the package; Galyani Vadhana is given Mae Chaem's 5003 and Nam Pat
 * Tha Pla's 5303.
 */
const DISTRICTS: Readonly<Record<string, Readonly<Record<string, { code: string; nameEn?: string }>>>> = {
  '38': {
    เมืองบึงกาฬ: { code: '3801' },
    พรเจริญ: { code: '3802' },
    โซ่พิสัย: { code: '3803' },
    เซกา: { code: '3804' },
    ปากคาด: { code: '3805' },
    บึงโขงหลง: { code: '3806' },
    ศรีวิไล: { code: '3807' },
    บุ่งคล้า: { code: '3808' },
  },
  '50': { กัลยาณิวัฒนา: { code: '5025', nameEn: 'Galyani Vadhana' } },
  '53': { น้ำปาด: { code: '5304', nameEn: 'Nam Pat' } },
};

/** The department's code of a province the package codes `packageCode`. */
export function departmentProvinceCode(packageCode: string): string {
  return PROVINCE_CODES[packageCode] ?? packageCode;
}

/** The department's code and English name of a district (province by the department's code), else the package's. */
export function departmentDistrict(provinceCode: string, nameTh: string, packageCode: string, packageNameEn: string): { code: string; nameEn: string } {
  const fix = DISTRICTS[provinceCode]?.[nameTh];
  return { code: fix?.code ?? packageCode, nameEn: fix?.nameEn ?? packageNameEn };
}
