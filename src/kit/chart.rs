//! Coordinates for the SVG charts, in whole tenths of a unit. The charts need nothing finer,
//! and integer arithmetic keeps float formatting (about 10 KB of wasm) out of the build.

/// `tenths` as an SVG number: 1234 → "123.4", 20 → "2".
pub fn coord(tenths: u32) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// `whole × part / total` in tenths, rounded to the nearest; 0 when `total` is 0.
pub fn share(whole_tenths: u32, part: u32, total: u32) -> u32 {
    if total == 0 {
        return 0;
    }
    let exact = u64::from(whole_tenths) * u64::from(part);
    ((exact + u64::from(total) / 2) / u64::from(total)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_read_as_svg_numbers() {
        assert_eq!(coord(0), "0");
        assert_eq!(coord(20), "2");
        assert_eq!(coord(1234), "123.4");
        assert_eq!(coord(5), "0.5");
    }

    #[test]
    fn shares_round_to_the_nearest_tenth_and_add_up_to_the_whole() {
        assert_eq!(share(2900, 1, 3), 967);
        assert_eq!(share(2900, 3, 3), 2900);
        assert_eq!(share(2200, 68, 100), 1496);
        assert_eq!(share(2900, 1, 0), 0);
    }
}
