//! Exact fixed-point decimal arithmetic for STV counts.
//!
//! A [`Decimal`] is an integer number of units of 10^-places, held in an
//! `i128`; the number of places is declared per count (5 for Scottish STV,
//! SSI 2007/42 rule 48(3); `Rules::meek_precision` for Meek STV). Addition and
//! subtraction are exact. Multiplication and division are computed exactly
//! and then truncated toward zero to `places` decimals ("any remainder being
//! ignored", rule 48(3)); [`Decimal::mul_div`] does `a × b ÷ c` with a single
//! truncation at the end, as rule 48(3) does for the transfer value. No
//! floating point is used anywhere.
//!
//! Products are formed in 256 bits, so `mul_div` and friends are exact for any
//! operands; only a result that does not fit in an `i128` is an
//! [`Overflow`]. Addition saturates instead of panicking; it cannot overflow
//! for vote figures, which never exceed the number of ballots (a `u64`) at 18
//! places or fewer.

use crate::CountError;
use std::cmp::Ordering;
use std::fmt;

/// The largest number of decimal places supported.
pub const MAX_PLACES: u32 = 18;

/// A fixed-point decimal: `raw` units of 10^-`places`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    raw: i128,
    places: u32,
}

/// An arithmetic result too large for the fixed-point representation, or a
/// division by zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

impl fmt::Display for Overflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("fixed-point arithmetic overflow or division by zero")
    }
}

impl From<Overflow> for CountError {
    fn from(_: Overflow) -> Self {
        CountError::Invalid(
            "the count's figures are too large for its fixed-point arithmetic \
             (fewer decimal places or fewer ballots are needed)"
                .into(),
        )
    }
}

/// 10^p for p ≤ 38.
fn pow10(p: u32) -> i128 {
    10i128.pow(p.min(38))
}

impl Decimal {
    /// Zero at `places` decimals.
    pub fn zero(places: u32) -> Decimal {
        Decimal { raw: 0, places }
    }

    /// A whole number at `places` decimals.
    pub fn from_int(n: u64, places: u32) -> Decimal {
        Decimal {
            raw: (n as i128).saturating_mul(pow10(places)),
            places,
        }
    }

    /// One at `places` decimals.
    pub fn one(places: u32) -> Decimal {
        Decimal::from_int(1, places)
    }

    /// The value with the given raw units (`raw` × 10^-`places`).
    pub fn from_raw(raw: i128, places: u32) -> Decimal {
        Decimal { raw, places }
    }

    /// Parse `123`, `-4.5`, `0.00001` exactly; more decimals than `places` is
    /// an error (nothing is silently rounded).
    pub fn parse(s: &str, places: u32) -> Option<Decimal> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() || frac.len() > places as usize {
            return None;
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let i: i128 = int.parse().ok()?;
        let f: i128 = if frac.is_empty() {
            0
        } else {
            frac.parse().ok()?
        };
        let f = f.checked_mul(pow10(places - frac.len() as u32))?;
        let raw = i.checked_mul(pow10(places))?.checked_add(f)?;
        Some(Decimal {
            raw: if neg { -raw } else { raw },
            places,
        })
    }

    pub fn raw(self) -> i128 {
        self.raw
    }

    pub fn places(self) -> u32 {
        self.places
    }

    pub fn is_zero(self) -> bool {
        self.raw == 0
    }

    pub fn is_positive(self) -> bool {
        self.raw > 0
    }

    /// The same value at another number of places (truncated toward zero
    /// when places are dropped).
    pub fn rescale(self, places: u32) -> Result<Decimal, Overflow> {
        let raw = match places.cmp(&self.places) {
            Ordering::Equal => self.raw,
            Ordering::Greater => self
                .raw
                .checked_mul(pow10(places - self.places))
                .ok_or(Overflow)?,
            Ordering::Less => self.raw / pow10(self.places - places),
        };
        Ok(Decimal { raw, places })
    }

    /// `self × n` for a whole number `n` (exact).
    pub fn times(self, n: u64) -> Result<Decimal, Overflow> {
        Ok(Decimal {
            raw: self.raw.checked_mul(n as i128).ok_or(Overflow)?,
            places: self.places,
        })
    }

    /// `self × other`, truncated toward zero.
    pub fn mul_trunc(self, other: Decimal) -> Result<Decimal, Overflow> {
        debug_assert_eq!(self.places, other.places);
        Ok(Decimal {
            raw: mul_div_raw(self.raw, other.raw, pow10(self.places))?,
            places: self.places,
        })
    }

    /// `self ÷ other`, truncated toward zero.
    pub fn div_trunc(self, other: Decimal) -> Result<Decimal, Overflow> {
        debug_assert_eq!(self.places, other.places);
        Ok(Decimal {
            raw: mul_div_raw(self.raw, pow10(self.places), other.raw)?,
            places: self.places,
        })
    }

    /// `self ÷ n` for a whole number `n`, truncated toward zero.
    pub fn div_int(self, n: u64) -> Result<Decimal, Overflow> {
        if n == 0 {
            return Err(Overflow);
        }
        Ok(Decimal {
            raw: self.raw / n as i128,
            places: self.places,
        })
    }

    /// `self × b ÷ c` computed exactly and truncated toward zero once at the
    /// end (SSI 2007/42 rule 48(3): "A divided by B ... any remainder being
    /// ignored", where A is itself an exact product).
    pub fn mul_div(self, b: Decimal, c: Decimal) -> Result<Decimal, Overflow> {
        debug_assert_eq!(self.places, b.places);
        debug_assert_eq!(self.places, c.places);
        Ok(Decimal {
            raw: mul_div_raw(self.raw, b.raw, c.raw)?,
            places: self.places,
        })
    }

    /// `self × other`, rounded up (toward +∞).
    pub fn mul_ceil(self, other: Decimal) -> Result<Decimal, Overflow> {
        debug_assert_eq!(self.places, other.places);
        Ok(Decimal {
            raw: mul_div_ceil_raw(self.raw, other.raw, pow10(self.places))?,
            places: self.places,
        })
    }

    /// `self ÷ other`, rounded up (toward +∞).
    pub fn div_ceil(self, other: Decimal) -> Result<Decimal, Overflow> {
        debug_assert_eq!(self.places, other.places);
        Ok(Decimal {
            raw: mul_div_ceil_raw(self.raw, pow10(self.places), other.raw)?,
            places: self.places,
        })
    }

    /// The whole-number part (truncated toward zero).
    pub fn trunc_int(self) -> i128 {
        self.raw / pow10(self.places)
    }

    pub fn max(self, other: Decimal) -> Decimal {
        if other > self {
            other
        } else {
            self
        }
    }

    pub fn min(self, other: Decimal) -> Decimal {
        if other < self {
            other
        } else {
            self
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        debug_assert_eq!(self.places, other.places);
        self.raw.cmp(&other.raw)
    }
}

impl std::ops::Add for Decimal {
    type Output = Decimal;
    fn add(self, o: Decimal) -> Decimal {
        debug_assert_eq!(self.places, o.places);
        Decimal {
            raw: self.raw.saturating_add(o.raw),
            places: self.places,
        }
    }
}

impl std::ops::Sub for Decimal {
    type Output = Decimal;
    fn sub(self, o: Decimal) -> Decimal {
        debug_assert_eq!(self.places, o.places);
        Decimal {
            raw: self.raw.saturating_sub(o.raw),
            places: self.places,
        }
    }
}

impl std::ops::AddAssign for Decimal {
    fn add_assign(&mut self, o: Decimal) {
        *self = *self + o;
    }
}

impl std::ops::SubAssign for Decimal {
    fn sub_assign(&mut self, o: Decimal) {
        *self = *self - o;
    }
}

impl fmt::Display for Decimal {
    /// Exactly `places` decimals, e.g. `1381.00000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.raw < 0 { "-" } else { "" };
        let abs = self.raw.unsigned_abs();
        let one = pow10(self.places).unsigned_abs();
        let int = abs / one;
        let frac = abs % one;
        if self.places == 0 {
            write!(f, "{sign}{int}")
        } else {
            write!(
                f,
                "{sign}{int}.{frac:0width$}",
                width = self.places as usize
            )
        }
    }
}

/// `a × b ÷ c`, exact product, truncated toward zero.
fn mul_div_raw(a: i128, b: i128, c: i128) -> Result<i128, Overflow> {
    Ok(mul_div_rem(a, b, c)?.0)
}

/// `a × b ÷ c`, exact product, rounded toward +∞.
fn mul_div_ceil_raw(a: i128, b: i128, c: i128) -> Result<i128, Overflow> {
    let (q, inexact, negative) = mul_div_rem(a, b, c)?;
    if inexact && !negative {
        q.checked_add(1).ok_or(Overflow)
    } else {
        Ok(q)
    }
}

/// `a × b ÷ c` truncated toward zero, whether a remainder was dropped, and
/// whether the exact result is negative.
fn mul_div_rem(a: i128, b: i128, c: i128) -> Result<(i128, bool, bool), Overflow> {
    if c == 0 {
        return Err(Overflow);
    }
    let negative = ((a < 0) ^ (b < 0) ^ (c < 0)) && a != 0 && b != 0;
    if let Some(p) = a.checked_mul(b) {
        // At up to 9 places a keep value times a weight fits 64 bits, whose
        // division is several times faster than 128-bit division (the Meek
        // count's innermost loop); same quotient and remainder.
        if let (Ok(p), Ok(c)) = (u64::try_from(p), u64::try_from(c)) {
            let q = p / c;
            return Ok((i128::from(q), q * c != p, negative));
        }
        let q = p / c;
        return Ok((q, q * c != p, negative));
    }
    let (hi, lo) = mul_u128(a.unsigned_abs(), b.unsigned_abs());
    let (q, rem) = div_u256(hi, lo, c.unsigned_abs()).ok_or(Overflow)?;
    let q = i128::try_from(q).map_err(|_| Overflow)?;
    Ok((if negative { -q } else { q }, rem != 0, negative))
}

/// Full 256-bit product of two u128, as (high, low).
fn mul_u128(a: u128, b: u128) -> (u128, u128) {
    let mask = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & mask);
    let (b1, b0) = (b >> 64, b & mask);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & mask) + (p10 & mask);
    let lo = (p00 & mask) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (hi, lo)
}

/// (hi·2¹²⁸ + lo) ÷ d as (quotient, remainder), or None when the quotient
/// does not fit in a u128.
fn div_u256(hi: u128, lo: u128, d: u128) -> Option<(u128, u128)> {
    if d == 0 || hi >= d {
        return None;
    }
    // Restoring long division, one bit at a time; the remainder stays below d.
    let mut rem = hi;
    let mut q: u128 = 0;
    for i in (0..128).rev() {
        let carry = rem >> 127;
        rem = (rem << 1) | ((lo >> i) & 1);
        q <<= 1;
        if carry == 1 || rem >= d {
            rem = rem.wrapping_sub(d);
            q |= 1;
        }
    }
    Some((q, rem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s, 5).unwrap()
    }

    #[test]
    fn display_has_exactly_the_declared_places() {
        assert_eq!(d("1381").to_string(), "1381.00000");
        assert_eq!(d("0.00001").to_string(), "0.00001");
        assert_eq!(d("-2.5").to_string(), "-2.50000");
        assert_eq!(Decimal::from_int(7, 0).to_string(), "7");
        assert_eq!(Decimal::from_int(3, 9).to_string(), "3.000000000");
    }

    #[test]
    fn parse_refuses_what_it_cannot_hold_exactly() {
        assert_eq!(Decimal::parse("1.000001", 5), None);
        assert_eq!(Decimal::parse("1.x", 5), None);
        assert_eq!(Decimal::parse(".5", 5), None);
        assert_eq!(d("12.34").raw(), 1_234_000);
    }

    #[test]
    fn multiply_and_divide_truncate_toward_zero() {
        // 2/3 = 0.666666… → 0.66666 (not rounded up to 0.66667).
        assert_eq!(d("2").div_trunc(d("3")).unwrap(), d("0.66666"));
        assert_eq!(d("-2").div_trunc(d("3")).unwrap(), d("-0.66666"));
        assert_eq!(d("0.33333").mul_trunc(d("0.33333")).unwrap(), d("0.11110"));
        // Rule 48(3): one truncation of the exact a·b/c.
        // 1 × 305 / 1686 = 0.180901…
        assert_eq!(d("1").mul_div(d("305"), d("1686")).unwrap(), d("0.18090"));
        // 0.18090 × 10.5 / 21.7 = 0.0875345… → 0.08753
        assert_eq!(
            d("0.1809").mul_div(d("10.5"), d("21.7")).unwrap(),
            d("0.08753")
        );
        assert_eq!(d("1").div_trunc(d("0")), Err(Overflow));
    }

    #[test]
    fn wide_products_are_exact() {
        // (10^20 · 10^20) / 10^22 = 10^18, with the product beyond i128.
        let a = Decimal::from_raw(10i128.pow(20), 0);
        let c = Decimal::from_raw(10i128.pow(22), 0);
        assert_eq!(a.mul_div(a, c).unwrap().raw(), 10i128.pow(18));
        let m = Decimal::from_raw(i128::MAX, 0);
        assert_eq!(m.mul_div(m, m).unwrap().raw(), i128::MAX);
        assert_eq!(m.mul_div(m, Decimal::from_raw(1, 0)), Err(Overflow));
        // Cross-check the 256-bit path against the 128-bit one on small values
        // by scaling numerator and denominator by the same power of two.
        for (x, y, z) in [
            (123_456_789i128, 987_654_321i128, 1_000_003i128),
            (7, 11, 3),
        ] {
            let k = 1i128 << 60;
            let wide = mul_div_raw(x * k, y * k, z * k).unwrap();
            assert_eq!(wide, (x * y * k) / z);
        }
    }

    #[test]
    fn ceiling_variants_round_up() {
        assert_eq!(d("2").div_ceil(d("3")).unwrap(), d("0.66667"));
        assert_eq!(d("1").div_ceil(d("4")).unwrap(), d("0.25"));
        assert_eq!(d("0.33333").mul_ceil(d("0.33333")).unwrap(), d("0.11111"));
        assert_eq!(d("-2").div_ceil(d("3")).unwrap(), d("-0.66666"));
        let big = Decimal::from_raw(3 * (1i128 << 100), 0);
        let three = Decimal::from_raw(1i128 << 100, 0);
        // (3·2¹⁰⁰ · 2¹⁰⁰ + ...) exercised on the 256-bit path.
        assert_eq!(big.mul_ceil(three).map(|x| x.raw()), Err(Overflow));
        let q = Decimal::from_raw(1i128 << 100, 0);
        let r = Decimal::from_raw((1i128 << 100) + 1, 0);
        assert_eq!(
            mul_div_ceil_raw(q.raw(), q.raw(), r.raw()).unwrap(),
            mul_div_raw(q.raw(), q.raw(), r.raw()).unwrap() + 1
        );
    }

    #[test]
    fn rescale_truncates() {
        assert_eq!(d("1.23456").rescale(2).unwrap().to_string(), "1.23");
        assert_eq!(d("-1.23456").rescale(2).unwrap().to_string(), "-1.23");
        assert_eq!(d("1.5").rescale(7).unwrap().to_string(), "1.5000000");
    }
}
