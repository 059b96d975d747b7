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
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, ": {}: {}\n  at #{pointer}", self.kind, self.message)
    }
}

impl std::error::Error for SpecError {}

/// Everything `generate` and `check` can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    Spec(#[from] SpecError),
    #[error("{}: cannot write: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
    /// `--out` names something `generate` must not replace (a file, a project of the user's, the
    /// directory that holds the spec); nothing was written.
    #[error("{}: refusing to replace it with the generated crate: {reason}", path.display())]
    OutputRefused { path: PathBuf, reason: String },
    #[error("{0}")]
    Settings(String),
    /// A generator bug caught while emitting (a panic), with the panic's message.
    #[error("internal error while generating {file}: {message}")]
    Internal { file: String, message: String },
    /// A problem in a settings file (`oagen.toml`), with the line when it is known.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Config { path: PathBuf, line: Option<usize>, message: String },
    /// Emitted code that does not parse is a generator bug, reported with the code around it.
    #[error("internal error: the code generated for {file} does not parse ({message}); near:\n{snippet}")]
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

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}: {}", self.pointer, self.message)
    }
}
