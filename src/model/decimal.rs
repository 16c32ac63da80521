//! A number written with one decimal, as `format!("{v:.1}")` writes it, without the standard
//! library's float formatting: that code (Grisu and Dragon with their tables) costs a wasm that
//! links it about 5 KB brotli, and the team view's strip plot is its only use.

/// `v` with one decimal, exactly as `format!("{v:.1}")` writes it: the exact binary value
/// rounded to the nearest tenth, a tie to the even tenth, and a minus sign for any negative
/// value, zero included. Exact for every finite `v` below 10¹⁵ in magnitude (the plot's
/// coordinates are a few hundred); a larger one is written as the largest tenth this counts.
pub fn one_decimal(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    let mut text = String::from(if v.is_sign_negative() { "-" } else { "" });
    if v.is_infinite() {
        text.push_str("inf");
        return text;
    }
    // |v| = mantissa × 2^power, exactly.
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, power) = match exponent {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, exponent - 1075),
    };
    // Ten times |v| (below 2^57), rounded to a whole number: |v| in tenths.
    let ten = mantissa * 10;
    let tenths = match power {
        // 2^57 × 2^6 fits; a larger |v| is past 2^59.
        0..=6 => ten << power,
        7.. => u64::MAX,
        // Ten times |v| is below 2^57 × 2^-58, a half: it rounds to 0.
        ..=-58 => 0,
        _ => {
            let shift = -power;
            let (whole, rest, half) = (ten >> shift, ten & ((1 << shift) - 1), 1 << (shift - 1));
            whole + u64::from(rest > half || (rest == half && whole % 2 == 1))
        }
    };
    // The digits, last first, at least two: the tenth and the units.
    let mut digits = Vec::new();
    let mut rest = tenths;
    while digits.len() < 2 || rest > 0 {
        digits.push(b'0' + (rest % 10) as u8);
        rest /= 10;
    }
    for (k, &digit) in digits.iter().enumerate().rev() {
        text.push(char::from(digit));
        if k == 1 {
            text.push('.');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::one_decimal;
    use proptest::prelude::*;

    #[test]
    fn writes_what_the_standard_formatting_writes() {
        for v in [
            0.0,
            -0.0,
            0.05,
            0.25,
            0.35,
            0.75,
            1.45,
            2.5,
            -0.04,
            -5.0,
            8.0,
            6.5,
            159.6,
            311.95,
            1e-300,
            5e-324,
            0.049_999_999_999_999_996,
            123_456_789.25,
            1e15 - 0.25,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(one_decimal(v), format!("{v:.1}"), "{v:e}");
        }
    }

    proptest! {
        #[test]
        fn matches_the_standard_formatting(v in -1e15..1e15f64) {
            prop_assert_eq!(one_decimal(v), format!("{v:.1}"));
        }

        #[test]
        fn matches_it_on_the_plot_s_coordinates(score in 0.0..=100.0f64, hundredths in 0u32..40_000) {
            let x = 8.0 + 304.0 * score / 100.0;
            prop_assert_eq!(one_decimal(x), format!("{x:.1}"));
            prop_assert_eq!(one_decimal(x - 1.5), format!("{:.1}", x - 1.5));
            let y = f64::from(hundredths) / 100.0;
            prop_assert_eq!(one_decimal(y), format!("{y:.1}"));
        }
    }
}
