//! A simple symbol for each kind of place, as on the town's illustrated
//! guide map: one drawing used on the map's markers, in the legend, the
//! list and the card's header, so a kind reads the same everywhere.

use crate::model::Category;

/// The `viewBox` of every symbol: drawn about the origin, within ±5.
pub const SYMBOL_VIEW_BOX: &str = "-6 -6 12 12";

/// The symbol of a kind of place: SVG path data about the origin (within
/// ±5), drawn as a stroke without fill.
///
/// ```
/// use corridor::model::Category;
/// use corridor::scene::kind_symbol;
/// assert!(kind_symbol(Category::Village).starts_with('M'));
/// assert_ne!(kind_symbol(Category::Village), kind_symbol(Category::Residential));
/// ```
pub fn kind_symbol(c: Category) -> &'static str {
    match c {
        // A star: the party-mass service centre.
        Category::ServiceCentre => {
            "M0 -4.5 L1.2 -1.2 L4.7 -1.1 L1.9 1 L2.9 4.4 L0 2.4 L-2.9 4.4 L-1.9 1 L-4.7 -1.1 L-1.2 -1.2 Z"
        }
        // A house with a pitched roof.
        Category::Village => "M-4.5 0 L0 -4.5 L4.5 0 M-3 -1.2 V4.5 H3 V-1.2 M-1 4.5 V2 H1 V4.5",
        // A block of flats.
        Category::Residential => "M-3.5 4.5 V-4.5 H3.5 V4.5 M-5 4.5 H5 M-1.5 -2.2 H1.5 M-1.5 0.3 H1.5",
        // A flag: a place of party education.
        Category::EducationBase => "M-3 5 V-4.5 M-3 -4 H4 L2.5 -1.5 L4 1 H-3",
        // A briefcase.
        Category::Enterprise => "M-4.5 -1.5 H4.5 V4 H-4.5 Z M-1.5 -1.5 V-3.5 H1.5 V-1.5",
        // A laboratory flask.
        Category::Institute => "M-1.5 -4.5 H1.5 M-1 -4.5 V-1 L-4 4.5 H4 L1 -1 V-4.5",
        // A factory with a saw-tooth roof.
        Category::IndustrialZone => "M-4.5 4.5 V-1 L-1.5 1 V-1 L1.5 1 V-4.5 H4.5 V4.5 Z",
        // A monument on its base.
        Category::Memorial => "M-1.5 3 V-2.5 L0 -4.5 L1.5 -2.5 V3 M-4 4.5 H4 M-3 3 H3",
    }
}

/// The symbol as an inline SVG for HTML (legend, list, card), hidden from
/// screen readers: the kind is always written out beside it.
pub fn kind_icon_svg(c: Category) -> String {
    format!(
        r#"<svg class="kind-icon" viewBox="{SYMBOL_VIEW_BOX}" aria-hidden="true" focusable="false"><path d="{}"/></svg>"#,
        kind_symbol(c)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_symbol_inside_the_box() {
        let kinds: Vec<Category> = Category::NAMES.iter().filter_map(|n| Category::parse(n)).collect();
        assert_eq!(kinds.len(), Category::NAMES.len());
        assert!(kinds.iter().zip(Category::NAMES).all(|(k, n)| k.name() == *n), "name() follows NAMES");
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                assert_ne!(kind_symbol(*a), kind_symbol(*b), "{a:?} and {b:?}");
            }
            let numbers = kind_symbol(*a)
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|t| !t.is_empty())
                .map(|t| t.parse::<f64>().expect("a number"));
            assert!(numbers.into_iter().all(|n| n.abs() <= 5.0), "{a:?} leaves the box");
        }
    }
}
