//! The plan in the page's address, so a link carries the whole plan and
//! works on any static host:
//!
//! `plan.html?plan=<item>,<item>,...&by=walk|bike|car&kmh=<speed>&start=HH:MM&end=HH:MM`
//! `&from=west|east|here` or `&at=<station id>`, `&order=own`, `&n=<group size>&adults=<n>`,
//! `&title=<text>&date=YYYY-MM-DD`.
//!
//! An item is a station id (`zhangqiao`), a station id with the minutes
//! planned there (`zhangqiao~40`), or a break of so many minutes (`~30`).
//! Only what differs from the defaults is written. A value that cannot be
//! read is reported and the default used; nothing in a link can make the
//! page fail.

use super::{Clock, Group, Item, Mode, Plan, Start, MAX_ITEMS, MAX_ITEM_MINUTES, MAX_TITLE_CHARS};
use crate::fmt_num::fixed;
use crate::link::QUERY_VALUE;
use crate::model::is_date;
use percent_encoding::{percent_decode_str, utf8_percent_encode};

/// Largest group a link may give.
pub const MAX_GROUP: u32 = 1_000;

/// A part of a plan link that could not be used, and what was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkIssue {
    /// `key=found` is not a time; the default is used (or no end time).
    BadTime {
        key: &'static str,
        found: String,
    },
    BadMode {
        found: String,
    },
    /// A speed outside the mode's range; its default is used.
    BadSpeed {
        found: String,
    },
    /// An item of `plan=` that is neither an id, `id~minutes` nor `~minutes`.
    BadItem {
        found: String,
    },
    /// More than [`MAX_ITEMS`] items: the rest are left out.
    TooMany {
        limit: usize,
    },
    BadCount {
        key: &'static str,
        found: String,
    },
    BadDate {
        found: String,
    },
    /// More adults than people in the group.
    AdultsOverSize,
}

fn decode(v: &str) -> String {
    percent_decode_str(&v.replace('+', " ")).decode_utf8_lossy().trim().to_string()
}

fn enc(v: &str) -> String {
    utf8_percent_encode(v, QUERY_VALUE).to_string()
}

fn minutes(s: &str) -> Option<u32> {
    let m: u32 = s.parse().ok()?;
    (1..=MAX_ITEM_MINUTES).contains(&m).then_some(m)
}

fn parse_item(s: &str) -> Option<Item> {
    match s.split_once('~') {
        Some(("", m)) => Some(Item::Break { minutes: minutes(m)? }),
        Some((id, m)) if crate::model::is_valid_id(id) => {
            Some(Item::Stop { id: id.to_string(), minutes: Some(minutes(m)?) })
        }
        None if crate::model::is_valid_id(s) => Some(Item::stop(s)),
        _ => None,
    }
}

/// Whether the query asks for a plan at all (`plan=` is present).
pub fn has_plan(search: &str) -> bool {
    search.trim_start_matches('?').split('&').any(|p| p == "plan" || p.starts_with("plan="))
}

/// Reads a plan from a query string (with or without `?`). The first of a
/// repeated key wins; unknown keys (such as `lang`) are left to others.
///
/// ```
/// use corridor::plan::{parse_plan, Item, Mode};
/// let (plan, issues) = parse_plan("?plan=zhangqiao~40,~30,memorial&by=bike&start=08:30");
/// assert!(issues.is_empty());
/// assert_eq!(plan.mode, Mode::Bike);
/// assert_eq!(plan.items[1], Item::Break { minutes: 30 });
/// assert_eq!(plan.start_time.hh_mm(), "08:30");
/// ```
pub fn parse_plan(search: &str) -> (Plan, Vec<LinkIssue>) {
    let mut plan = Plan::default();
    let mut issues = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut kmh = None;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = decode(raw);
        if value.is_empty() {
            continue;
        }
        match key {
            "plan" => {
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    if plan.items.len() >= MAX_ITEMS {
                        issues.push(LinkIssue::TooMany { limit: MAX_ITEMS });
                        break;
                    }
                    match parse_item(part) {
                        Some(item) => plan.items.push(item),
                        None => issues.push(LinkIssue::BadItem { found: clip(part) }),
                    }
                }
            }
            "by" => match Mode::parse(&value) {
                Some(m) => plan.mode = m,
                None => issues.push(LinkIssue::BadMode { found: clip(&value) }),
            },
            "kmh" => kmh = Some(value),
            "start" | "end" => match Clock::parse(&value) {
                Some(t) if key == "start" => plan.start_time = t,
                Some(t) => plan.end_time = Some(t),
                None => issues.push(LinkIssue::BadTime {
                    key: if key == "start" { "start" } else { "end" },
                    found: clip(&value),
                }),
            },
            "from" => match value.as_str() {
                "west" => plan.start = Start::West,
                "east" => plan.start = Start::East,
                "here" => plan.start = Start::Here,
                _ => issues.push(LinkIssue::BadItem { found: clip(&value) }),
            },
            "at" if crate::model::is_valid_id(&value) => plan.start = Start::Station(value),
            "at" => issues.push(LinkIssue::BadItem { found: clip(&value) }),
            "order" => plan.own_order = value == "own",
            "n" | "adults" => match value.parse::<u32>().ok().filter(|n| (1..=MAX_GROUP).contains(n)) {
                Some(n) if key == "n" => plan.group.size = Some(n),
                Some(n) => plan.group.adults = Some(n),
                None => issues
                    .push(LinkIssue::BadCount { key: if key == "n" { "n" } else { "adults" }, found: clip(&value) }),
            },
            "title" => plan.title = Some(value.chars().take(MAX_TITLE_CHARS).collect()),
            "date" if is_date(&value) => plan.date = Some(value),
            "date" => issues.push(LinkIssue::BadDate { found: clip(&value) }),
            _ => {}
        }
    }
    // The speed is read against the mode, whichever came first.
    if let Some(v) = kmh {
        let (lo, hi) = plan.mode.kmh_range();
        match v.parse::<f64>().ok().filter(|k| (lo..=hi).contains(k)) {
            Some(k) => plan.kmh = Some(k),
            None => issues.push(LinkIssue::BadSpeed { found: clip(&v) }),
        }
    }
    if let Group { size: Some(n), adults: Some(a) } = plan.group {
        if a > n {
            plan.group.adults = None;
            issues.push(LinkIssue::AdultsOverSize);
        }
    }
    (plan, issues)
}

/// What a link echoes back in a message: short, whatever was pasted.
fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

/// The query string of a plan (starting with `?`), writing only what
/// differs from the defaults. [`parse_plan`] reads it back to the same plan.
pub fn plan_query(plan: &Plan) -> String {
    let items: Vec<String> = plan
        .items
        .iter()
        .map(|i| match i {
            Item::Stop { id, minutes: None } => enc(id),
            Item::Stop { id, minutes: Some(m) } => format!("{}~{m}", enc(id)),
            Item::Break { minutes } => format!("~{minutes}"),
        })
        .collect();
    let mut q = vec![format!("plan={}", items.join(","))];
    let defaults = Plan::default();
    if plan.mode != defaults.mode {
        q.push(format!("by={}", plan.mode.name()));
    }
    if let Some(k) = plan.kmh {
        q.push(format!("kmh={}", fixed(k, 1).trim_end_matches(".0")));
    }
    if plan.start_time != defaults.start_time {
        q.push(format!("start={}", plan.start_time.hh_mm()));
    }
    if let Some(e) = plan.end_time {
        q.push(format!("end={}", e.hh_mm()));
    }
    match &plan.start {
        Start::FirstStop => {}
        Start::West => q.push("from=west".into()),
        Start::East => q.push("from=east".into()),
        Start::Here => q.push("from=here".into()),
        Start::Station(id) => q.push(format!("at={}", enc(id))),
    }
    if plan.own_order {
        q.push("order=own".into());
    }
    if let Some(n) = plan.group.size {
        q.push(format!("n={n}"));
    }
    if let Some(a) = plan.group.adults {
        q.push(format!("adults={a}"));
    }
    if let Some(t) = plan.title.as_deref().filter(|t| !t.is_empty()) {
        q.push(format!("title={}", enc(t)));
    }
    if let Some(d) = &plan.date {
        q.push(format!("date={d}"));
    }
    format!("?{}", q.join("&"))
}
