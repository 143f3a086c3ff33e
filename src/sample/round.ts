/** An amount rounded to a step (10 or 100 baht), as a committee writes it. */
export const roundTo = (x: number, step: number) => Math.round(x / step) * step;
