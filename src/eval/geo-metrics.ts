/** The largest error possible on the globe (half its circumference), given to toponyms left unresolved. */
export const MAX_ERROR_KM = 20_039;

export interface GeoMetrics {
  readonly accuracy161: number;
  readonly meanKm: number;
  readonly medianKm: number;
  readonly auc: number;
}

/**
 * Geocoding metrics over a list of errors in km: share within 161 km (100 miles), mean and median error, and
 * the AUC of Gritta et al. (2018): the area under the sorted curve of ln(error + 1), by the trapezoidal rule,
 * divided by ln(20039) × (n − 1). 0 is perfect, 1 is every toponym on the far side of the earth.
 */
export function geoMetrics(errors: readonly number[]): GeoMetrics {
  const n = errors.length;
  if (n === 0) return { accuracy161: 0, meanKm: 0, medianKm: 0, auc: 0 };
  const sorted = [...errors].sort((a, b) => a - b);
  const within = sorted.filter((e) => e < 161).length;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  let auc = 0;
  if (n > 1) {
    const logs = sorted.map((e) => Math.log(e + 1));
    let area = 0;
    for (let i = 1; i < n; i++) area += (logs[i - 1]! + logs[i]!) / 2;
    auc = area / (Math.log(MAX_ERROR_KM) * (n - 1));
  } else auc = Math.log(sorted[0]! + 1) / Math.log(MAX_ERROR_KM);
  return { accuracy161: within / n, meanKm: mean, medianKm: median, auc };
}
