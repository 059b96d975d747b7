//! Rendering a [`Report`]: readable text grouped by schema and operation, or JSON for scripts.

use std::fmt::Write;

use serde_json::{Value, json};

use super::{Change, Kind, Report, Subject, Summary};

/// How many affected operations a text group names before saying "and N more".
const NAMED_OPERATIONS: usize = 5;

/// Text: changes grouped by schema or operation (one line for the pointer and kind, one for the reason
/// and the verdicts), the operations added and removed listed apart, then the summary line.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    let mut current: Option<&Subject> = None;
    let (listed, others): (Vec<&Change>, Vec<&Change>) =
        report.changes.iter().partition(|c| matches!(c.kind, Kind::OperationAdded | Kind::OperationRemoved));
    for change in others {
        if current != Some(&change.subject) {
            current = Some(&change.subject);
            let _ = writeln!(out, "{}", heading(change));
        }
        let _ = writeln!(out, "  {} #{}", change.kind, change.pointer);
        let _ = writeln!(
            out,
            "      {} [wire: {}; client source: {}; server source: {}]",
            change.message,
            change.wire.as_str(),
            change.client_source.as_str(),
            change.server_source.as_str()
        );
    }
    for (kind, title, sign) in [(Kind::OperationRemoved, "operations removed", '-'), (Kind::OperationAdded, "operations added", '+')] {
        let changes: Vec<&&Change> = listed.iter().filter(|c| c.kind == kind).collect();
        if !changes.is_empty() {
            let _ = writeln!(out, "{title} ({}):", changes.len());
            for change in changes {
                let id = match &change.subject {
                    Subject::Operation(id) | Subject::Schema(id) => id,
                };
                let _ = writeln!(out, "  {sign} {id}: {}", change.message);
            }
        }
    }
    for note in &report.notes {
        let _ = writeln!(out, "note: {note}");
    }
    let _ = writeln!(out, "{}", summary_line(&report.summary));
    out
}

fn heading(change: &Change) -> String {
    match &change.subject {
        Subject::Operation(id) => format!("operation {id}"),
        Subject::Schema(name) => {
            let ops = &change.operations;
            if ops.is_empty() {
                return format!("schema {name} (used by no operation)");
            }
            let named = ops.iter().take(NAMED_OPERATIONS).map(String::as_str).collect::<Vec<_>>().join(", ");
            let more = if ops.len() > NAMED_OPERATIONS { format!(" and {} more", ops.len() - NAMED_OPERATIONS) } else { String::new() };
            format!("schema {name} (used by {}: {named}{more})", plural(ops.len(), "operation"))
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// `N changes: W wire-breaking, C client-source-breaking, S server-source-breaking; operations: +A −R`.
pub fn summary_line(s: &Summary) -> String {
    format!(
        "{}: {} wire-breaking, {} client-source-breaking, {} server-source-breaking; operations: +{} \u{2212}{}",
        plural(s.changes, "change"),
        s.wire_breaking,
        s.client_source_breaking,
        s.server_source_breaking,
        s.operations_added,
        s.operations_removed
    )
}

/// JSON: `{"changes": [...], "summary": {...}, "notes": [...]}`, each change with `schema` or
/// `operation`; `notes` says what could not be compared.
pub fn render_json(report: &Report) -> String {
    let changes: Vec<Value> = report.changes.iter().map(change_json).collect();
    let s = &report.summary;
    let document = json!({
        "changes": changes,
        "summary": {
            "changes": s.changes,
            "wire_breaking": s.wire_breaking,
            "client_source_breaking": s.client_source_breaking,
            "server_source_breaking": s.server_source_breaking,
            "operations_added": s.operations_added,
            "operations_removed": s.operations_removed,
        },
        "notes": report.notes,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}

fn change_json(change: &Change) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("pointer".into(), change.pointer.clone().into());
    match &change.subject {
        Subject::Schema(name) => object.insert("schema".into(), name.clone().into()),
        Subject::Operation(id) => object.insert("operation".into(), id.clone().into()),
    };
    object.insert("kind".into(), change.kind.as_str().into());
    object.insert("wire".into(), change.wire.as_str().into());
    object.insert("client_source".into(), change.client_source.as_str().into());
    object.insert("server_source".into(), change.server_source.as_str().into());
    object.insert("operations".into(), change.operations.clone().into());
    object.insert("message".into(), change.message.clone().into());
    Value::Object(object)
}
