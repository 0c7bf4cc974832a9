package org.trufflemojo.core;

/**
 * Formats Float64 the way Mojo prints it (since 24.6): the shortest decimal that round-trips,
 * Python-repr style: {@code 99.0}, {@code 0.1}, {@code -1e-05}, {@code 1.234e+16}, {@code inf}, {@code nan}.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** A Float32 value: the shortest decimal that round-trips as a float. */
    public static String formatFloat(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
            return format(f);
        }
        // Float.toString gives the shortest float digits; lay them out like a double with those digits.
        return format(Double.parseDouble(Float.toString(f)));
    }

    public static String format(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString yields the shortest round-trip digits (JDK 19+); re-layout them.
        String s = Double.toString(Math.abs(d));
        String digits;
        int exponent; // value = 0.digits * 10^exponent
        int e = s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        int exp10 = e >= 0 ? Integer.parseInt(s.substring(e + 1)) : 0;
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String fracPart = mantissa.substring(dot + 1);
        digits = intPart + fracPart;
        exponent = intPart.length() + exp10;
        // strip leading zeros
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            exponent--;
        }
        digits = digits.substring(lead);
        // strip trailing zeros
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        int decimalExponent = exponent - 1; // scientific exponent
        if (decimalExponent < -4 || decimalExponent >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(decimalExponent < 0 ? '-' : '+');
            int absExp = Math.abs(decimalExponent);
            if (absExp < 10) {
                sb.append('0');
            }
            sb.append(absExp);
        } else if (exponent <= 0) {
            sb.append("0.");
            for (int i = 0; i < -exponent; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (exponent >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < exponent; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, exponent).append('.').append(digits, exponent, digits.length());
        }
        return sb.toString();
    }
}
