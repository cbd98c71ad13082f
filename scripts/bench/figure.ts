/**
 * One summary row of the report, and the units every figure is shown in
 * (kB = 1,000 bytes), shared by the per-part figures and the size sweep.
 */

export interface Figure {
  figure: string;
  value: number | null;
  display: string;
  budget: string;
  /** null: reported without a budget. */
  pass: boolean | null;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
export const count = (size: number) => size.toLocaleString('en-US');
export const optional = (value: number | null, format: (n: number) => string) =>
  value === null ? 'n/a' : format(value);
