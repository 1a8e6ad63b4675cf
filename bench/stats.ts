/** Small numeric helpers shared by the benchmark's sections. */

export const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const ratio = (value: number, baseline: number): number => (baseline > 0 ? value / baseline : Number.NaN);

export const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export const times = (value: number): string => `${fixed(value, 2)}×`;

export const kib = (bytes: number): string => `${fixed(bytes / 1024, 1)} KiB`;

export const mib = (bytes: number): string => `${fixed(bytes / (1024 * 1024), 1)} MiB`;
