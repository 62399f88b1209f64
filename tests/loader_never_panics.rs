//! Whatever the bytes, loading returns a report and never panics: random
//! bytes, random JSON shapes in every slot, and random damage to the real
//! file.

use corridor::model::load;
use proptest::prelude::*;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        "[a-z]{0,8}".prop_map(Value::String),
        prop_oneof![Just("Point"), Just("LineString"), Just("Polygon"), Just("station"), Just("avenue"), Just("unit")]
            .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("type".to_string()),
                    Just("coordinates".to_string()),
                    Just("geometry".to_string()),
                    Just("properties".to_string()),
                    Just("kind".to_string()),
                    Just("id".to_string()),
                    Just("order".to_string()),
                    Just("name".to_string()),
                    Just("position".to_string()),
                    Just("source".to_string()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load(&bytes);
    }

    #[test]
    fn random_features(features in prop::collection::vec(any_json(), 0..8)) {
        let doc = json!({"type": "FeatureCollection", "features": features});
        let _ = load(doc.to_string().as_bytes());
    }

    #[test]
    fn random_properties_and_geometry(props in any_json(), geometry in any_json()) {
        let doc = json!({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": props, "geometry": geometry}
        ]});
        let _ = load(doc.to_string().as_bytes());
    }

    #[test]
    fn damaged_real_file(cut in 0..SHIPPED.len(), flips in prop::collection::vec((0..SHIPPED.len(), any::<u8>()), 0..6)) {
        let mut bytes = SHIPPED.as_bytes().to_vec();
        for (at, b) in flips {
            bytes[at] = b;
        }
        bytes.truncate(cut.max(1));
        let report = load(&bytes);
        prop_assert!(report.corridor.is_some() || !report.problems.is_empty());
    }
}
