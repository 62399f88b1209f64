//! Decimal formatting by integer arithmetic. `format!("{:.1}", x)` pulls
//! the whole float-to-decimal machinery of `core` into the browser bundle;
//! map coordinates and distances need only fixed decimals.

/// `x` with exactly `decimals` digits after the point (at most 9), rounded
/// half away from zero. Non-finite values print as `0`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    if !x.is_finite() {
        return "0".to_string();
    }
    let scale = 10u64.pow(decimals);
    let scaled = (x.abs() * scale as f64).round();
    // Past what u64 holds exactly, fall back to whole numbers.
    if scaled >= 9.0e15 {
        return format!("{}{}", if x < 0.0 { "-" } else { "" }, x.abs().round() as u64);
    }
    let n = scaled as u64;
    let sign = if x < 0.0 && n != 0 { "-" } else { "" };
    if decimals == 0 {
        return format!("{sign}{n}");
    }
    format!("{sign}{}.{:0width$}", n / scale, n % scale, width = decimals as usize)
}

/// Like [`fixed`], without trailing zeros (`121.31`, not `121.310000`).
pub fn trimmed(x: f64, max_decimals: u32) -> String {
    let s = fixed(x, max_decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_std_formatting() {
        for x in [0.0, 0.04, 0.05, 1.25, 3.249, 12.0, 121.245, 30.752, 1109.25, 0.96, 99.95] {
            assert_eq!(fixed(x, 1), format!("{:.1}", (x * 10.0_f64).round() / 10.0), "{x}");
            assert_eq!(fixed(-x, 6), format!("{:.6}", -x).replace("-0.000000", "0.000000"), "{x}");
        }
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 2), "0");
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(121.31, 6), "121.31");
        assert_eq!(trimmed(30.0, 6), "30");
        assert_eq!(trimmed(-0.5, 3), "-0.5");
        assert_eq!(trimmed(221.31, 6), "221.31");
    }
}
