package org.civility.core.celebration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The two astronomical instants the festival calendar needs, precise to about a minute for
 * 1900–2100: new moons (Meeus, <i>Astronomical Algorithms</i>, ch. 49, with the planetary
 * corrections) and the Sun's apparent ecliptic longitude (Meeus ch. 25, low precision, about
 * 0.01°). Times are converted from dynamical time (TT) to UT with the Espenak–Meeus ΔT polynomials.
 * ICU4J's Chinese calendar numbers the months (leap months included); this class pins the day a
 * month starts, since ICU's own new-moon approximation may land a few minutes on the wrong side
 * of midnight (the Spring Festivals of 2027 and 2030).
 */
final class Astronomy {

    /** China Standard Time, the zone of the Chinese calendar's days. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final double J2000 = 2451545.0;
    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double SYNODIC_MONTH = 29.530588861;

    private Astronomy() {
    }

    /** The Chinese (UTC+8) date of the new moon nearest to the given date. */
    static LocalDate newMoonNear(LocalDate date) {
        double jd = date.toEpochDay() + UNIX_EPOCH_JD + 0.5;
        long k = Math.round((jd - 2451550.09766) / SYNODIC_MONTH);
        return chinaDate(newMoonJde(k));
    }

    /**
     * The Chinese (UTC+8) date in {@code year} on which the Sun's apparent longitude reaches
     * {@code degrees} (a solar term), searched from the given month on.
     */
    static LocalDate solarTermDate(int year, double degrees, int fromMonth) {
        double start = LocalDate.of(year, fromMonth, 1).toEpochDay() + UNIX_EPOCH_JD;
        double lo = start;
        double hi = start + 40;
        // The longitude grows about 0.9856° a day; the window holds exactly one crossing.
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double diff = normalize(apparentSolarLongitude(mid) - degrees + 180) - 180;
            if (diff < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return chinaDate((lo + hi) / 2);
    }

    /** The Sun's apparent geocentric longitude in degrees at the given Julian Ephemeris Day. */
    static double apparentSolarLongitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return normalize(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
    }

    /** Julian Ephemeris Day of the true new moon number {@code k} (k = 0 at 2000-01-06). */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double corr = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
                {0.000325, 299.77, 0.107408}, {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
                {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
                {0.000060, 207.14, 2.453732}, {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
                {0.000042, 207.19, 0.121824}, {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
                {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518}};
        double extra = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][1] + planetary[i][2] * k - (i == 0 ? 0.009173 * t2 : 0);
            extra += planetary[i][0] * Math.sin(rad(arg));
        }
        return jde + corr + extra;
    }

    /** The UTC+8 calendar date of a Julian Ephemeris Day. */
    static LocalDate chinaDate(double jde) {
        double jdUt = jde - deltaTSeconds(jde) / 86400.0;
        long millis = Math.round((jdUt - UNIX_EPOCH_JD) * 86_400_000.0);
        return Instant.ofEpochMilli(millis).atOffset(CHINA).toLocalDate();
    }

    /** TT − UT in seconds (Espenak and Meeus, NASA eclipse pages), for 1900–2150. */
    static double deltaTSeconds(double jde) {
        double y = 2000.0 + (jde - J2000) / 365.25;
        double t;
        if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        } else if (y < 2050) {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    private static double rad(double degrees) {
        return Math.toRadians(normalize(degrees));
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
