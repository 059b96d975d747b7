//! Spec-to-spec change classification (`oagen diff OLD NEW`).
//!
//! Both versions are loaded by the generator's own loader, so 3.1 normalisation and `$ref`s behave as
//! they do for `generate`. Every change is judged on three axes, with the generated code's actual
//! behaviour in mind (strict enums, constraints checked on responses too, required fields required on
//! decode):
//! - `wire`: can a deployed client generated from OLD fail against a server implementing NEW;
//! - `client_source`: does code written against the OLD client crate stop compiling;
//! - `server_source`: does code implementing the OLD server trait stop compiling.
//!
//! Changes inside a component schema are reported once, at the schema, with the operations that reach
//! it; the schema's direction (request, response, or both) decides which way a constraint change hurts.

mod command;
mod constraints;
mod kind;
mod layout;
mod operations;
mod report;
mod schemas;
mod usage;

pub use command::{Args, run};
pub use kind::Kind;
pub(crate) use usage::check_refs;
pub use report::{render_json, render_text, summary_line, write_json};

use crate::load::Spec;

/// How the OLD crate was generated, where that changes the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The OLD client was generated with `--enum-fallback`: it decodes enum values it does not know.
    pub enum_fallback: bool,
    /// The OLD crate has a Cargo feature per tag (`--tag-features`): a first tag that changes moves
    /// an operation to another feature.
    pub tag_features: bool,
    /// The OLD crate's `--split-lines`: a server trait longer than that is declared one trait per
    /// tag, and an operation can move between those traits.
    pub split_lines: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { enum_fallback: false, tag_features: false, split_lines: crate::DEFAULT_SPLIT_LINES }
    }
}

/// The verdict on one axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Compat {
    Compatible,
    Breaking,
}

impl Compat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Compatible => "compatible",
            Self::Breaking => "breaking",
        }
    }

    fn from(breaking: bool) -> Self {
        if breaking { Self::Breaking } else { Self::Compatible }
    }

    pub fn is_breaking(self) -> bool {
        self == Self::Breaking
    }
}

/// What a change is reported under: an operation (by its id) or a component schema (by its key).
/// Reports list operations first.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    Operation(String),
    Schema(String),
}

/// One classified change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// JSON pointer into NEW (into OLD for what was removed).
    pub pointer: String,
    pub subject: Subject,
    pub kind: Kind,
    pub wire: Compat,
    pub client_source: Compat,
    pub server_source: Compat,
    /// Operation ids affected, sorted.
    pub operations: Operations,
    pub message: String,
}

/// A set of operation ids, iterated sorted. Held as bits over the ids of both versions, which all
/// changes share: a schema change can reach thousands of operations.
#[derive(Clone, Default)]
pub struct Operations {
    ids: std::sync::Arc<[String]>,
    members: usage::Bits,
}

impl Operations {
    /// The one operation a change of that operation affects.
    fn one(id: String) -> Self {
        let mut members = usage::Bits::new(1);
        members.set(0);
        Self { ids: std::sync::Arc::from([id]), members }
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + Clone {
        self.members.ones().map(|bit| self.ids[bit].as_str())
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl PartialEq for Operations {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Operations {}

impl std::fmt::Debug for Operations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub changes: usize,
    pub wire_breaking: usize,
    pub client_source_breaking: usize,
    pub server_source_breaking: usize,
    pub operations_added: usize,
    pub operations_removed: usize,
}

/// Every change between two specs, sorted by subject then pointer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub changes: Vec<Change>,
    pub summary: Summary,
    /// What could not be compared, and why (a version that does not generate has no code layout).
    pub notes: Vec<String>,
}

/// Which way values of a schema travel. A schema used both ways takes the worse verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Direction {
    /// Client → server: parameters and request bodies. The server checks; tightening breaks.
    request: bool,
    /// Server → client: response bodies. The client's decoder checks; loosening breaks.
    response: bool,
}

impl Direction {
    const REQUEST: Self = Self { request: true, response: false };
    const RESPONSE: Self = Self { request: false, response: true };

    fn union(self, other: Self) -> Self {
        Self { request: self.request || other.request, response: self.response || other.response }
    }

    /// Where no operation uses a schema, its Rust type still exists: judge the source axes both ways.
    fn or_both(self) -> Self {
        if self.request || self.response { self } else { Self { request: true, response: true } }
    }

    /// Values of a `readOnly` property are sent by servers only, `writeOnly` by clients only.
    fn through_property(self, read_only: bool, write_only: bool) -> Self {
        Self { request: self.request && !read_only, response: self.response && !write_only }
    }
}

/// How a change moves the set of accepted values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shift {
    /// Fewer values accepted: breaks requests (the server refuses what old clients send).
    Tighter,
    /// More values accepted: breaks responses (old clients' decoders refuse what servers send).
    Looser,
    /// Some values gained, some lost: breaks either way.
    Both,
    /// No effect on what is accepted.
    None,
}

impl Shift {
    fn breaks(self, direction: Direction) -> bool {
        match self {
            Self::Tighter => direction.request,
            Self::Looser => direction.response,
            Self::Both => direction.request || direction.response,
            Self::None => false,
        }
    }
}

/// Loads the specs at `old` and `new` (as `generate` would) and compares them.
pub fn diff_files(old: &std::path::Path, new: &std::path::Path, options: Options) -> Result<Report, crate::Error> {
    let load = |path: &std::path::Path| {
        let spec = crate::load::load(path)?;
        check_refs(&spec)?;
        Ok::<_, crate::Error>(spec)
    };
    // Parsing dominates the run: read both specs at once.
    let (old, new) = crate::both(|| load(old), || load(new));
    let layout = crate::ir::Options { enum_fallback: options.enum_fallback, split_lines: options.split_lines, tag_features: options.tag_features, ..Default::default() };
    Ok(diff(&old?, &new?, options, &layout))
}

/// Compares the spec a configured crate is generated from with `new`, as that crate sees them:
/// with its enum fallback, and only the operations (and schemas) its filters keep.
pub fn diff_crate(settings: &crate::Settings, new: &std::path::Path) -> Result<Report, crate::Error> {
    let (old, new) = crate::both(|| crate::load::load(&settings.spec), || crate::load::load(new));
    let (mut old, mut new) = (old?, new?);
    check_refs(&old)?;
    check_refs(&new)?;
    if !settings.filter.is_empty() {
        crate::filter::apply(&mut old, &settings.filter)?;
        crate::filter::prune(&mut new, &settings.filter)?;
    }
    let options = Options { enum_fallback: settings.enum_fallback, tag_features: settings.tag_features, split_lines: settings.split_lines };
    Ok(diff(&old, &new, options, &settings.ir_options()))
}

/// Compares OLD with NEW; `layout` lowers both, as the crate is generated, to compare where the
/// code of each operation goes.
pub(crate) fn diff(old: &Spec, new: &Spec, options: Options, layout: &crate::ir::Options) -> Report {
    // Lowering both versions, for the layout, takes as long as the rest: it runs beside it.
    let (layout, mut changes) = crate::both(
        || layout::compare(old, new, layout),
        || {
            let ids = usage::OperationIds::of(&[&old.raw, &new.raw]);
            let usage = (usage::Usage::of(&old.raw, &ids), usage::Usage::of(&new.raw, &ids));
            let mut changes = operations::compare(&old.raw, &new.raw, options);
            changes.extend(schemas::compare_components(&old.raw, &new.raw, &ids, &usage, options));
            changes
        },
    );
    let mut notes = Vec::new();
    match layout {
        Ok(moves) => changes.extend(moves),
        Err(note) => notes.push(note),
    }
    changes.sort_by(|a, b| (&a.subject, &a.pointer, a.kind.as_str()).cmp(&(&b.subject, &b.pointer, b.kind.as_str())));
    changes.dedup();
    let summary = summarize(&changes);
    Report { changes, summary, notes }
}

fn summarize(changes: &[Change]) -> Summary {
    let count = |f: &dyn Fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    Summary {
        changes: changes.len(),
        wire_breaking: count(&|c| c.wire.is_breaking()),
        client_source_breaking: count(&|c| c.client_source.is_breaking()),
        server_source_breaking: count(&|c| c.server_source.is_breaking()),
        operations_added: count(&|c| c.kind == Kind::OperationAdded),
        operations_removed: count(&|c| c.kind == Kind::OperationRemoved),
    }
}

/// The axes of a change, built by the comparisons.
#[derive(Debug, Clone, Copy)]
struct Axes {
    wire: bool,
    client: bool,
    server: bool,
}

impl Axes {
    fn new(wire: bool, client: bool, server: bool) -> Self {
        Self { wire, client, server }
    }
}

/// Where a comparison is: the pointer, what to report under, which way values travel, who is affected.
#[derive(Debug, Clone)]
struct At {
    pointer: String,
    subject: Subject,
    direction: Direction,
    operations: Operations,
}

impl At {
    fn child(&self, token: &str) -> Self {
        Self { pointer: format!("{}/{}", self.pointer, crate::load::source_map::escape_token(token)), ..self.clone() }
    }

    fn with_direction(&self, direction: Direction) -> Self {
        Self { direction, ..self.clone() }
    }

    fn change(&self, kind: Kind, axes: Axes, message: impl Into<String>) -> Change {
        Change {
            pointer: self.pointer.clone(),
            subject: self.subject.clone(),
            kind,
            wire: Compat::from(axes.wire),
            client_source: Compat::from(axes.client),
            server_source: Compat::from(axes.server),
            operations: self.operations.clone(),
            message: message.into(),
        }
    }
}
