/**
 * The two astronomical quantities a Vietnamese lunar calendar is built on:
 * the moments of new moon and the sun's apparent longitude.
 *
 * Both use the low-precision series of Jean Meeus ("Astronomical
 * Algorithms"), the same ones Hồ Ngọc Đức chose for his description of the
 * Vietnamese calendar — so that dates agree with the calendars Vietnamese
 * software prints, including where a new moon falls within minutes of
 * local midnight. Accuracy is minutes over 1800–2199.
 *
 * Days here are Julian day numbers (JD, noon-based, fractional); the rest of
 * the package speaks epoch days (days since 1970-01-01).
 *
 * @internal
 */

const DEGREE = Math.PI / 180

/** The Julian day number of 1970-01-01 (JD 2440587.5 is its midnight UT). */
export const JDN_OF_EPOCH = 2_440_588

/** The mean length of a synodic month, in days. */
export const SYNODIC_MONTH = 29.530588853

/** JD of the first new moon Meeus's series counts from (k = 0): 1900-01-01. */
export const NEW_MOON_EPOCH = 2_415_021.076998695

const sin = (degrees: number): number => Math.sin(degrees * DEGREE)

/**
 * The instant (JD, Universal Time) of the k-th new moon after the one of
 * 1900-01-01: the mean new moon plus the largest periodic terms (from the
 * sun's and the moon's mean anomalies and the moon's argument of latitude),
 * minus ΔT to go from dynamical to universal time.
 */
export const newMoonJd = (k: number): number => {
  const t = k / 1236.85 // Julian centuries since 1900
  const t2 = t * t
  const t3 = t2 * t
  const mean =
    2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
    0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2)
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
  const correction =
    (0.1734 - 0.000393 * t) * sin(sunAnomaly) +
    0.0021 * sin(2 * sunAnomaly) -
    0.4068 * sin(moonAnomaly) +
    0.0161 * sin(2 * moonAnomaly) -
    0.0004 * sin(3 * moonAnomaly) +
    0.0104 * sin(2 * latitude) -
    0.0051 * sin(sunAnomaly + moonAnomaly) -
    0.0074 * sin(sunAnomaly - moonAnomaly) +
    0.0004 * sin(2 * latitude + sunAnomaly) -
    0.0004 * sin(2 * latitude - sunAnomaly) -
    0.0006 * sin(2 * latitude + moonAnomaly) +
    0.001 * sin(2 * latitude - moonAnomaly) +
    0.0005 * sin(2 * moonAnomaly + sunAnomaly)
  // ΔT (TT − UT) in days, a parabola good for the centuries around 1900.
  const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
  return mean + correction - deltaT
}

/** The sun's apparent longitude at an instant (JD), in degrees in [0, 360). */
export const sunLongitude = (jd: number): number => {
  const t = (jd - 2_451_545) / 36_525 // Julian centuries since J2000.0
  const t2 = t * t
  const anomaly = 357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(anomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * anomaly) +
    0.00029 * sin(3 * anomaly)
  const longitude = (meanLongitude + centre) % 360
  return longitude < 0 ? longitude + 360 : longitude
}

/** The epoch day of the local calendar day (at UTC+offset) in which the k-th new moon falls. */
export const newMoonDay = (k: number, offsetHours: number): number =>
  Math.floor(newMoonJd(k) + 0.5 + offsetHours / 24) - JDN_OF_EPOCH

/**
 * Which twelfth of the ecliptic (0–11, each 30°, 0 starting at the March
 * equinox) the sun is in at the local midnight that starts an epoch day. A
 * lunar month in which this does not change holds no major solar term
 * (trung khí).
 */
export const solarTermSector = (epochDay: number, offsetHours: number): number =>
  Math.floor(sunLongitude(epochDay + JDN_OF_EPOCH - 0.5 - offsetHours / 24) / 30)
