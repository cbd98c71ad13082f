/** An O*NET-SOC code: two digits, a hyphen, four digits, a dot, two digits. */
export const SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

export function isSocCode(value: string): boolean {
  return SOC_PATTERN.test(value);
}
