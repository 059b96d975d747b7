//! Where `cargo check` of a generated crate spends its time, from a rustc self-profile
//! (`-Z self-profile -Z self-profile-events=default,args`, see `tests/profile-check.sh`).
//!
//! Prints the queries with the most self time, then for the queries that check items
//! (`check_well_formed`, `typeck_root`, `mir_borrowck`) their inclusive time summed by the
//! generated module and the kind of item (derived serde code, `fmt`, `eq`, `clone`, futures),
//! and the slowest items. Nested queries are counted inside their parents, so a function's
//! borrow check includes its type check.
//!
//!     oagen-profile PROFILE [TOP]
//!
//! PROFILE is the `.mm_profdata` file without its extension; TOP (default 15) is how many of the
//! slowest items to list per query.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use analyzeme::{ProfilingData, Timestamp};

/// One query or activity as it ran: its thread, interval, label and argument (the item).
struct Span {
    thread: u32,
    start: SystemTime,
    end: SystemTime,
    label: String,
    item: String,
}

const ITEM_QUERIES: [&str; 3] = ["check_well_formed", "typeck_root", "mir_borrowck"];

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: oagen-profile PROFILE [TOP]");
        std::process::exit(2);
    };
    let top: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(15);
    let data = match ProfilingData::new(std::path::Path::new(&path)) {
        Ok(data) => data,
        Err(err) => {
            eprintln!("cannot read {path}: {err}");
            std::process::exit(2);
        }
    };
    let mut spans: Vec<Span> = data
        .iter_full()
        .filter_map(|event| match event.payload.timestamp()? {
            Timestamp::Interval { start, end } => Some(Span {
                thread: event.thread_id,
                start,
                end,
                label: event.label.to_string(),
                item: event.additional_data.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(","),
            }),
            Timestamp::Instant(_) => None,
        })
        .collect();
    // Parents before their children: by thread, then start, the longer first.
    spans.sort_by(|a, b| (a.thread, a.start, std::cmp::Reverse(a.end)).cmp(&(b.thread, b.start, std::cmp::Reverse(b.end))));

    let self_times = self_time_by_label(&spans);
    let mut by_label: Vec<_> = self_times.into_iter().collect();
    by_label.sort_by(|a, b| b.1.cmp(&a.1));
    println!("## Self time by query");
    for (label, time) in by_label.iter().take(25) {
        println!("{:>9.3}s  {label}", time.as_secs_f64());
    }

    for query in ITEM_QUERIES {
        let mut by_item: HashMap<&str, Duration> = HashMap::new();
        for span in spans.iter().filter(|s| s.label == query) {
            *by_item.entry(span.item.as_str()).or_default() += span.end.duration_since(span.start).unwrap_or_default();
        }
        let mut groups: HashMap<String, (Duration, usize)> = HashMap::new();
        for (item, time) in &by_item {
            let group = groups.entry(group_of(item)).or_default();
            group.0 += *time;
            group.1 += 1;
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort_by(|a, b| b.1.0.cmp(&a.1.0));
        let total: f64 = by_item.values().map(Duration::as_secs_f64).sum();
        println!("\n## {query}: {total:.3}s over {} items (inclusive)", by_item.len());
        for (group, (time, count)) in groups.iter().take(20) {
            println!("{:>9.3}s {count:>7}  {group}", time.as_secs_f64());
        }
        let mut items: Vec<_> = by_item.into_iter().collect();
        items.sort_by(|a, b| b.1.cmp(&a.1));
        for (item, time) in items.iter().take(top) {
            println!("{:>9.3}s          {item}", time.as_secs_f64());
        }
    }
}

/// Self time (a span's duration less its children's) summed by label.
fn self_time_by_label(spans: &[Span]) -> HashMap<String, Duration> {
    let mut totals: HashMap<String, Duration> = HashMap::new();
    // Open spans: end, label, duration, children's duration.
    let mut open: Vec<(SystemTime, &str, Duration, Duration)> = Vec::new();
    let mut thread = None;
    let close = |open: &mut Vec<(SystemTime, &str, Duration, Duration)>, totals: &mut HashMap<String, Duration>| {
        let (_, label, total, children) = open.pop().expect("an open span");
        *totals.entry(label.to_owned()).or_default() += total.saturating_sub(children);
        if let Some(parent) = open.last_mut() {
            parent.3 += total;
        }
    };
    for span in spans {
        if thread != Some(span.thread) {
            while !open.is_empty() {
                close(&mut open, &mut totals);
            }
            thread = Some(span.thread);
        }
        while open.last().is_some_and(|parent| parent.0 <= span.start) {
            close(&mut open, &mut totals);
        }
        open.push((span.end, &span.label, span.end.duration_since(span.start).unwrap_or_default(), Duration::ZERO));
    }
    while !open.is_empty() {
        close(&mut open, &mut totals);
    }
    totals
}

/// `models`, `client` or `server`, with the kind of item where it tells something.
fn group_of(item: &str) -> String {
    let path: Vec<&str> = item.split("::").collect();
    let module = path.get(1).copied().unwrap_or("?");
    let last = path.last().copied().unwrap_or("");
    let kind = if item.contains("deserialize") {
        " (derived Deserialize)"
    } else if item.contains("serialize") {
        " (derived Serialize)"
    } else if item.contains("{{opaque}}") && item.contains("::handle_") {
        " (futures: handlers)"
    } else if item.contains("{{opaque}}") && item.contains("::Api::") {
        " (futures: trait methods)"
    } else if item.contains("{{opaque}}") {
        " (futures: async bodies)"
    } else if last.starts_with("handle_") {
        " (handlers)"
    } else if ["fmt", "eq", "clone"].contains(&last) {
        " (derived fmt, eq, clone)"
    } else {
        ""
    };
    format!("{module}{kind}")
}
