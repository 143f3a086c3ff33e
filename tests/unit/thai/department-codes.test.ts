import { describe, expect, it } from 'vitest';
import { departmentDistrict, departmentProvinceCode } from '../../../src/lib/thai/department-codes.js';

describe("the department's codes where the divisions package has others", () => {
  it('Bueng Kan is 38, not 97', () => {
    expect(departmentProvinceCode('97')).toBe('38');
    expect(departmentProvinceCode('60')).toBe('60');
  });

  it("Bueng Kan's 8 districts, which have no code in the package, get 3801–3808", () => {
    const codes = ['เมืองบึงกาฬ', 'พรเจริญ', 'โซ่พิสัย', 'เซกา', 'ปากคาด', 'บึงโขงหลง', 'ศรีวิไล', 'บุ่งคล้า'].map((n) => departmentDistrict('38', n, '', '').code);
    expect(codes).toEqual(['3801', '3802', '3803', '3804', '3805', '3806', '3807', '3808']);
  });

  it('Galyani Vadhana is 5025 (the package gives it Mae Chaem’s 5003)', () => {
    expect(departmentDistrict('50', 'กัลยาณิวัฒนา', '5003', 'Kan La Ya Wi Nat Tha')).toEqual({ code: '5025', nameEn: 'Galyani Vadhana' });
    expect(departmentDistrict('50', 'แม่แจ่ม', '5003', 'Mae Chaem')).toEqual({ code: '5003', nameEn: 'Mae Chaem' });
  });

  it('Nam Pat is 5304 (the package gives it Tha Pla’s 5303)', () => {
    expect(departmentDistrict('53', 'น้ำปาด', '5303', 'Nam')).toEqual({ code: '5304', nameEn: 'Nam Pat' });
    expect(departmentDistrict('53', 'ท่าปลา', '5303', 'Tha Pla')).toEqual({ code: '5303', nameEn: 'Tha Pla' });
  });
});
