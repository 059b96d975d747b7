//! Rendering a [`Report`]: readable text grouped by schema and operation, or JSON for scripts.

use std::fmt::Write as _;
use std::io::Write;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::json;

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
            let named = ops.iter().take(NAMED_OPERATIONS).collect::<Vec<_>>().join(", ");
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
    let mut text = Vec::new();
    let _ = write_json(report, &mut text);
    String::from_utf8(text).unwrap_or_default()
}

/// [`render_json`], written as it is made: a change that reaches thousands of operations lists them
/// all, and thousands of such changes would not fit in memory as one document.
pub fn write_json(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    let mut serializer = serde_json::Serializer::pretty(&mut out);
    JsonReport(report).serialize(&mut serializer).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

struct JsonReport<'a>(&'a Report);

impl Serialize for JsonReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Report { changes, summary: s, notes } = self.0;
        let mut report = serializer.serialize_struct("Report", 3)?;
        report.serialize_field("changes", &Each(changes.iter().map(JsonChange)))?;
        let summary = json!({
            "changes": s.changes,
            "wire_breaking": s.wire_breaking,
            "client_source_breaking": s.client_source_breaking,
            "server_source_breaking": s.server_source_breaking,
            "operations_added": s.operations_added,
            "operations_removed": s.operations_removed,
        });
        report.serialize_field("summary", &summary)?;
        report.serialize_field("notes", notes)?;
        report.end()
    }
}

struct JsonChange<'a>(&'a Change);

impl Serialize for JsonChange<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let change = self.0;
        let mut object = serializer.serialize_map(Some(8))?;
        object.serialize_entry("pointer", &change.pointer)?;
        match &change.subject {
            Subject::Schema(name) => object.serialize_entry("schema", name)?,
            Subject::Operation(id) => object.serialize_entry("operation", id)?,
        }
        object.serialize_entry("kind", change.kind.as_str())?;
        object.serialize_entry("wire", change.wire.as_str())?;
        object.serialize_entry("client_source", change.client_source.as_str())?;
        object.serialize_entry("server_source", change.server_source.as_str())?;
        object.serialize_entry("operations", &Each(change.operations.iter()))?;
        object.serialize_entry("message", &change.message)?;
        object.end()
    }
}

/// A JSON array of what an iterator yields, without collecting it first.
struct Each<I>(I);

impl<I: Iterator<Item = T> + Clone, T: Serialize> Serialize for Each<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.clone())
    }
}
