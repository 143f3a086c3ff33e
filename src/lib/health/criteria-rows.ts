/**
 * The criteria table as the rows of a criteria sheet (`เกณฑ์`), the layout parseCriteriaSheet reads back: a
 * settings block, one row per dimension, a blank row, the header and one row per indicator. `npm run templates`
 * writes the default set this way, as the starting point of a province's own criteria.
 *
 *   รหัสชุดเกณฑ์ | omsap-2567
 *   ชื่อชุดเกณฑ์ | <Thai name> | <English name>
 *   ระดับ 1 ดี เมื่อคะแนนตั้งแต่ | 80
 *   ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่ | 60
 *   ข้อมูลไม่ครบ เมื่อคะแนนที่ไม่มีข้อมูลเกิน | 10
 *   มิติ | G | การบริหารจัดการ | Governance            (one row per dimension, in display order)
 *   รหัส | มิติ | ตัวชี้วัด | indicator | วัดจาก | คะแนนเต็ม | เกณฑ์คะแนน | ธงแดง
 *   F1 | F | หนี้ค้างชำระ… | Overdue… | ratio:overdue/loans_outstanding | 10 | <=5%:10; <=10%:5 | >20%
 */
import type { Criteria } from '../schema/criteria';
import { CRITERIA_COLUMNS, CRITERIA_SETTINGS, type CriteriaColumn } from '../schema/layouts';
import { bandsNotation, measureNotation, redFlagNotation } from './criteria-notation';
import { isFraction } from '../schema/criteria';

export type CriteriaCell = string | number;

export function criteriaToRows(criteria: Criteria): CriteriaCell[][] {
  const S = CRITERIA_SETTINGS;
  return [
    [S.id[0], criteria.id],
    [S.name[0], criteria.th, criteria.en],
    [S.good[0], criteria.levels.good],
    [S.fair[0], criteria.levels.fair],
    [S.incomplete[0], criteria.incompleteAbovePoints],
    ...criteria.dimensions.map((d) => [S.dimension[0], d.code, d.th, d.en]),
    [],
    (Object.keys(CRITERIA_COLUMNS) as CriteriaColumn[]).map((c) => CRITERIA_COLUMNS[c][0]),
    ...criteria.indicators.map((ind) => {
      const fraction = isFraction(ind);
      return [
        ind.code, ind.dimension, ind.th, ind.en, measureNotation(ind.measure), ind.max,
        bandsNotation(ind.bands, fraction), redFlagNotation(ind.redFlag, fraction),
      ];
    }),
  ];
}
