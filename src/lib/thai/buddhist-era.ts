/** The Buddhist Era (พ.ศ.) runs 543 years ahead of the Common Era (DESIGN §4.2): 2567 BE = 2024 CE. */
export const BE_OFFSET = 543;

/** CE year → BE year: 2024 → 2567. */
export function toBE(ce: number): number {
  return ce + BE_OFFSET;
}

/** BE year → CE year: 2567 → 2024. */
export function toCE(be: number): number {
  return be - BE_OFFSET;
}
