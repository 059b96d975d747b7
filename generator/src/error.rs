//! Errors the generator reports to its users. Every problem with the input names the file, the JSON
//! pointer into the document and, where the loader can know it, the line.

use std::fmt;
use std::path::PathBuf;

/// What went wrong with a spec, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub file: PathBuf,
    /// JSON pointer (RFC 6901) into the document, `""` for the whole document.
    pub pointer: String,
    /// 1-based line and column, when the source position is known.
    pub position: Option<(usize, usize)>,
    pub kind: SpecErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecErrorKind {
    /// The file is not valid YAML or JSON.
    Syntax,
    /// The document is not a valid OpenAPI description.
    Invalid,
    /// A `$ref` points at nothing.
    DanglingRef,
    /// Valid OpenAPI that oagen cannot turn into Rust.
    Unsupported,
}

impl SpecErrorKind {
    /// The kind's name in machine-readable output (`--format json`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Syntax => "syntax",
            Self::Invalid => "invalid",
            Self::DanglingRef => "dangling-ref",
            Self::Unsupported => "unsupported",
        }
    }

    /// What usually fixes an error of this kind, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Syntax => "the file must be YAML or JSON: check the indentation, quotes and brackets around this line",
            Self::Invalid => "compare this part with the OpenAPI specification's object of that name (a missing or misspelt field, or a value of the wrong type)",
            Self::DanglingRef => "define what the `$ref` names, or correct it (names are case-sensitive; `~1` stands for `/` and `~0` for `~` in pointers)",
            Self::Unsupported => "rewrite this part in a form oagen supports, or leave out the operations that use it (`--exclude-operation`, `--exclude-path`)",
        }
    }
}

impl fmt::Display for SpecErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Syntax => "syntax error",
            Self::Invalid => "invalid OpenAPI document",
            Self::DanglingRef => "dangling $ref",
            Self::Unsupported => "unsupported construct",
        })
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Shown(&self.file.display().to_string()))?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, ": {}: {}\n  at #{}", self.kind, Shown(&self.message), Shown(pointer))
    }
}

/// Text from a spec or a path, shown so a terminal displays it and does not obey it: control
/// characters (ESC, BEL, CR, newlines, C1) and the bidirectional marks that reorder a line
/// (U+202E and its kin) are written as `\u{..}` escapes. Everything else passes through.
pub(crate) struct Shown<'a>(pub &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if needs_escape(c) {
                write!(f, "\\u{{{:x}}}", u32::from(c))?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// Controls, bidi embeddings/overrides/isolates and marks, and the BOM: each can make a terminal
/// show something other than the text (or run a control sequence).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// [`Shown`] as a `String`, for the `#[error]` formats.
fn shown(text: &str) -> String {
    Shown(text).to_string()
}

/// Several lines of text (a code snippet), shown safely line by line.
fn shown_lines(text: &str) -> String {
    text.split('\n').map(shown).collect::<Vec<_>>().join("\n")
}

/// Warnings one per line, each with its kind.
fn listed(warnings: &[Warning]) -> String {
    warnings.iter().map(|w| format!("  {}: {w}", w.kind.as_str())).collect::<Vec<_>>().join("\n")
}

/// A path, shown safely.
fn shown_path(path: &std::path::Path) -> String {
    shown(&path.display().to_string())
}

impl std::error::Error for SpecError {}

/// Every problem found in a spec, at least one, in the order they were found. Past
/// [`SpecErrors::LIMIT`] they are only counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors {
    errors: Vec<SpecError>,
    omitted: usize,
}

impl SpecErrors {
    /// How many errors are kept; one run reports that many and counts the rest.
    pub const LIMIT: usize = 100;

    /// The errors, duplicates (same pointer and message) dropped; `None` when there are none.
    pub fn new(found: Vec<SpecError>) -> Option<Self> {
        let mut errors: Vec<SpecError> = Vec::with_capacity(found.len().min(Self::LIMIT));
        let mut omitted = 0;
        for error in found {
            if errors.iter().any(|e| e.pointer == error.pointer && e.message == error.message && e.file == error.file) {
                continue;
            }
            if errors.len() < Self::LIMIT {
                errors.push(error);
            } else {
                omitted += 1;
            }
        }
        (!errors.is_empty()).then_some(Self { errors, omitted })
    }

    /// The errors kept (at most [`SpecErrors::LIMIT`]).
    pub fn errors(&self) -> &[SpecError] {
        &self.errors
    }

    /// The first error found.
    pub fn first(&self) -> &SpecError {
        &self.errors[0]
    }

    /// How many more errors were found than are kept.
    pub fn omitted(&self) -> usize {
        self.omitted
    }

    /// How many errors were found in all.
    pub fn total(&self) -> usize {
        self.errors.len() + self.omitted
    }
}

impl From<SpecError> for SpecErrors {
    fn from(error: SpecError) -> Self {
        Self { errors: vec![error], omitted: 0 }
    }
}

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        if self.omitted > 0 {
            write!(f, "\n... and {} more errors", self.omitted)?;
        }
        Ok(())
    }
}

impl From<SpecError> for Error {
    fn from(error: SpecError) -> Self {
        Self::Spec(error.into())
    }
}

/// Everything `generate` and `check` can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", shown_path(path))]
    Read { path: PathBuf, source: std::io::Error },
    /// Everything wrong with the spec that one run found (lowering goes on past the first error).
    #[error("{0}")]
    Spec(SpecErrors),
    #[error("{}: cannot write: {source}", shown_path(path))]
    Write { path: PathBuf, source: std::io::Error },
    /// `--out` names something `generate` must not replace (a file, a project of the user's, the
    /// directory that holds the spec); nothing was written.
    #[error("{}: refusing to replace it with the generated crate: {}", shown_path(path), shown(reason))]
    OutputRefused { path: PathBuf, reason: String },
    #[error("{}", shown(.0))]
    Settings(String),
    /// Warnings of kinds the user turned into errors (`--deny-warnings`); nothing was written.
    #[error("{} warning(s) of denied kinds ({kinds}); nothing was written:\n{}", warnings.len(), listed(warnings))]
    DeniedWarnings { kinds: String, warnings: Vec<Warning> },
    /// A generator bug caught while emitting (a panic), with the panic's message.
    #[error("internal error while generating {file}: {}", shown(message))]
    Internal { file: String, message: String },
    /// A problem in a settings file (`oagen.toml`), with the line when it is known.
    #[error("{}{}: {}", shown_path(path), line.map(|l| format!(":{l}")).unwrap_or_default(), shown(message))]
    Config { path: PathBuf, line: Option<usize>, message: String },
    /// Emitted code that does not parse is a generator bug, reported with the code around it.
    #[error("internal error: the code generated for {file} does not parse ({}); near:\n{}", shown(message), shown_lines(snippet))]
    Format { file: String, message: String, snippet: String },
}

/// A note about something the generator could not enforce or represent exactly. Never fatal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// JSON pointer of the schema or operation concerned.
    pub pointer: String,
    pub message: String,
    pub kind: WarningKind,
}

impl Warning {
    pub fn new(kind: WarningKind, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), message: message.into(), kind }
    }

    /// A rule of the spec that the generated code does not check (counted in the summary).
    pub fn is_unenforced(&self) -> bool {
        self.kind == WarningKind::UnenforcedRule
    }
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WarningKind {
    /// A rule of the spec (a constraint, an enum, a keyword) the generated code does not check.
    UnenforcedRule,
    /// A construct generated in a looser or different form than the spec describes (an object
    /// query parameter sent as JSON text, one media type of several).
    Approximated,
    /// Something in the spec the generated crate leaves out (callbacks, cookie parameters, an
    /// unknown security scheme).
    Ignored,
    /// An operation the generated server cannot route (its route collides with another).
    Unroutable,
}

impl WarningKind {
    pub const ALL: [WarningKind; 4] = [Self::UnenforcedRule, Self::Approximated, Self::Ignored, Self::Unroutable];

    /// The kind's name on the command line and in summaries (`unenforced-rule`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnenforcedRule => "unenforced-rule",
            Self::Approximated => "approximated",
            Self::Ignored => "ignored",
            Self::Unroutable => "unroutable",
        }
    }
}

impl std::str::FromStr for WarningKind {
    type Err = String;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|k| k.as_str()).collect();
            format!("`{name}` is not a warning kind (one of: {})", names.join(", "))
        })
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}: {}", Shown(&self.pointer), Shown(&self.message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_marks_are_escaped() {
        let warning = Warning::new(WarningKind::Ignored, "/a\u{1b}[31m", "bell\u{7} cr\r rtl\u{202e}txt ok: é");
        assert_eq!(warning.to_string(), "#/a\\u{1b}[31m: bell\\u{7} cr\\u{d} rtl\\u{202e}txt ok: é");
        let error = Error::Settings("line\nbreak".into());
        assert_eq!(error.to_string(), "line\\u{a}break");
    }
}
