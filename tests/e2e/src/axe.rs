//! axe-core, the engine of Lighthouse's accessibility audit, run in the
//! page: the accessibility and dark-theme suites share it.

use crate::paths;
use fantoccini::Client;
use serde_json::Value;

/// The rule sets: WCAG 2.0/2.1 levels A and AA, and axe's best practices.
pub const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/// Every axe violation on the page now, one line each with up to five of
/// the elements concerned and why they fail.
pub async fn violations(b: &Client) -> Vec<String> {
    let load = format!("{}\nreturn typeof window.axe;", paths::axe_js());
    let loaded = b.execute(&load, vec![]).await.expect("injecting axe-core");
    assert_eq!(loaded, Value::from("object"), "axe-core did not load in the page");
    let v = b
        .execute_async(
            "const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
             axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -- ` +
                     v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '))),
                     e => done(['axe failed: ' + e]));",
            vec![Value::from(TAGS.to_vec())],
        )
        .await
        .expect("running axe-core");
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_else(|| vec![format!("axe returned {v}")])
}
