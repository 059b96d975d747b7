//! Problems and notes as the command line reports them: rustc-style blocks for people (the
//! source line with a caret, the JSON pointer, a hint), or one JSON object per line for machines.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::error::{Shown, SpecError, SpecErrors};
use crate::load::source_map::SourceMap;
use crate::{Error, Warning, WarningKind};

/// How the command line reports diagnostics (`--format`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style text on stderr.
    #[default]
    Text,
    /// One JSON object per line on stdout (errors and warnings); the summary stays on stderr.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// One error or warning, with whatever is known of where it is.
struct Diagnostic {
    severity: Severity,
    /// A stable name (`dangling-ref`, `unenforced-rule`, `settings`, ...).
    kind: &'static str,
    /// The kind as people read it, before the message (`dangling $ref`), when there is one.
    title: Option<String>,
    message: String,
    file: Option<PathBuf>,
    position: Option<(usize, usize)>,
    pointer: Option<String>,
    hint: Option<&'static str>,
}

impl Diagnostic {
    fn of_spec_error(error: &SpecError) -> Self {
        Self {
            severity: Severity::Error,
            kind: error.kind.as_str(),
            title: Some(error.kind.to_string()),
            message: error.message.clone(),
            file: Some(error.file.clone()),
            position: error.position,
            pointer: Some(error.pointer.clone()),
            hint: Some(error.kind.hint()),
        }
    }

    fn of_warning(warning: &Warning, spec: &Path, map: Option<&SourceMap>) -> Self {
        Self {
            severity: Severity::Warning,
            kind: warning.kind.as_str(),
            title: None,
            message: warning.message.clone(),
            file: Some(spec.to_owned()),
            position: map.and_then(|map| map.position(&warning.pointer)),
            pointer: Some(warning.pointer.clone()),
            hint: Some(warning_hint(warning.kind)),
        }
    }

    /// Errors that are not about a place in the spec (settings, the output directory, ...).
    fn of_error(error: &Error) -> Self {
        let kind = match error {
            Error::Read { .. } => "read",
            Error::Spec(_) => "spec",
            Error::Write { .. } => "write",
            Error::OutputRefused { .. } => "output-refused",
            Error::Settings(_) => "settings",
            Error::DeniedWarnings { .. } => "denied-warnings",
            Error::Internal { .. } | Error::Format { .. } => "internal",
            Error::Config { .. } => "config",
        };
        let (file, position) = match error {
            Error::Read { path, .. } | Error::Write { path, .. } | Error::OutputRefused { path, .. } => (Some(path.clone()), None),
            Error::Config { path, line, .. } => (Some(path.clone()), line.map(|line| (line, 1))),
            _ => (None, None),
        };
        Self { severity: Severity::Error, kind, title: None, message: error.to_string(), file, position, pointer: None, hint: None }
    }

    fn json(&self) -> Value {
        json!({
            "severity": self.severity.as_str(),
            "kind": self.kind,
            "message": self.message,
            "file": self.file.as_ref().map(|file| file.display().to_string()),
            "line": self.position.map(|p| p.0),
            "column": self.position.map(|p| p.1),
            "pointer": self.pointer,
            "hint": self.hint,
        })
    }
}

fn warning_hint(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::UnenforcedRule => "the generated code accepts values this rule would refuse; check them yourself where it matters",
        WarningKind::Approximated => "the generated code is looser than the spec here; read the generated item before relying on it",
        WarningKind::Ignored => "the generated crate leaves this out; remove it from the spec or handle it by hand",
        WarningKind::Unroutable => "the generated server does not serve this operation; give it a route of its own",
    }
}

/// Writes diagnostics in one format, reading each spec file once for the source lines.
pub struct Reporter<'a> {
    format: Format,
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    sources: HashMap<PathBuf, Option<String>>,
}

impl<'a> Reporter<'a> {
    pub fn new(format: Format, stdout: &'a mut dyn Write, stderr: &'a mut dyn Write) -> Self {
        Self { format, stdout, stderr, sources: HashMap::new() }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The stream for summaries and other lines meant for people.
    pub fn stderr(&mut self) -> &mut dyn Write {
        self.stderr
    }

    /// The stream for output (a diff, in text format).
    pub fn stdout(&mut self) -> &mut dyn Write {
        self.stdout
    }

    /// Reports a failure: every spec error with its place, or the error as it is. `what` names the
    /// run in the closing line (`generate authentik-stages`).
    pub fn error(&mut self, error: &Error, what: &str, spec: Option<&Path>) {
        match (error, spec) {
            (Error::Spec(errors), _) => self.spec_errors(errors, what, spec),
            (Error::DeniedWarnings { kinds, warnings }, Some(spec)) if self.format == Format::Json => {
                // Each denied warning is an error of its own kind, at its place.
                let text = self.source(spec).map(str::to_owned);
                let map = text.as_deref().map(SourceMap::build);
                for warning in warnings {
                    let mut diagnostic = Diagnostic::of_warning(warning, spec, map.as_ref());
                    diagnostic.severity = Severity::Error;
                    diagnostic.hint = Some("denied by --deny-warnings");
                    self.emit(&diagnostic);
                }
                let message = format!("{} warning(s) of denied kinds ({kinds}); nothing was written", warnings.len());
                let _ = writeln!(self.stderr, "error: could not {what}: {message}");
            }
            (other, _) => self.emit(&Diagnostic::of_error(other)),
        }
    }

    fn spec_errors(&mut self, errors: &SpecErrors, what: &str, spec: Option<&Path>) {
        for error in errors.errors() {
            self.emit(&Diagnostic::of_spec_error(error));
        }
        if self.format == Format::Json {
            return;
        }
        let total = errors.total();
        let counted = if total == 1 { "1 error".to_owned() } else { format!("{total} errors") };
        let shown = if errors.omitted() > 0 { format!(" (the first {} shown)", errors.errors().len()) } else { String::new() };
        let file = spec.unwrap_or(&errors.first().file);
        let _ = writeln!(self.stderr, "error: could not {what}: {counted} in {}{shown}", Shown(&file.display().to_string()));
    }

    /// A file of a generated crate that differs from what `generate` would write (JSON format).
    pub fn stale(&mut self, file: &Path) {
        let message = format!("{} differs from what `oagen generate` writes", file.display());
        let hint = Some("regenerate the crate with `oagen generate`");
        let file = Some(file.to_owned());
        self.emit(&Diagnostic { severity: Severity::Error, kind: "stale", title: None, message, file, position: None, pointer: None, hint });
    }

    /// Reports warnings; in text format, the first `listed` of them (the rest are counted by the caller).
    pub fn warnings(&mut self, warnings: &[Warning], spec: &Path, listed: usize) {
        if self.format == Format::Text {
            for warning in &warnings[..listed.min(warnings.len())] {
                let _ = writeln!(self.stderr, "warning: {}: {warning}", Shown(&spec.display().to_string()));
            }
            return;
        }
        let text = self.source(spec).map(str::to_owned);
        let map = text.as_deref().filter(|_| !warnings.is_empty()).map(SourceMap::build);
        for warning in warnings {
            self.emit(&Diagnostic::of_warning(warning, spec, map.as_ref()));
        }
    }

    /// A file's text, read once; `None` when it cannot be read.
    fn source(&mut self, file: &Path) -> Option<&str> {
        self.sources.entry(file.to_owned()).or_insert_with(|| std::fs::read_to_string(file).ok()).as_deref()
    }

    fn emit(&mut self, diagnostic: &Diagnostic) {
        match self.format {
            Format::Json => {
                let _ = writeln!(self.stdout, "{}", diagnostic.json());
            }
            Format::Text => {
                let block = self.text(diagnostic);
                let _ = write!(self.stderr, "{block}");
            }
        }
    }

    /// The rustc-style block: headline, `-->` place, the source line with a caret, pointer, hint.
    fn text(&mut self, d: &Diagnostic) -> String {
        let mut out = String::new();
        let title = d.title.as_ref().map(|t| format!("{t}: ")).unwrap_or_default();
        out.push_str(&format!("{}: {title}{}\n", d.severity.as_str(), Shown(&d.message)));
        let Some(file) = &d.file else { return out };
        if d.pointer.is_none() {
            // Not about a place in a spec: the message already names the file.
            return out;
        }
        let shown_file = Shown(&file.display().to_string()).to_string();
        let (line, column) = match d.position {
            Some((line, column)) => (Some(line), column),
            None => (None, 1),
        };
        let source_line = line.and_then(|line| self.source(file).and_then(|text| text.lines().nth(line.saturating_sub(1))).map(str::to_owned));
        let gutter = line.map_or(1, |line| line.to_string().len());
        let pad = " ".repeat(gutter);
        match line {
            Some(line) => out.push_str(&format!("{pad}--> {shown_file}:{line}:{column}\n")),
            None => out.push_str(&format!("{pad}--> {shown_file}\n")),
        }
        if let (Some(line), Some(text)) = (line, source_line) {
            let (shown, caret) = with_caret(&text, column);
            out.push_str(&format!("{pad} |\n{line} | {shown}\n{pad} | {}^\n", " ".repeat(caret)));
        }
        // An empty pointer is the whole document (a syntax error has no better place): not worth a line.
        if let Some(pointer) = d.pointer.as_ref().filter(|p| !p.is_empty()) {
            out.push_str(&format!("{pad} = at: #{}\n", Shown(pointer)));
        }
        if let Some(hint) = d.hint {
            out.push_str(&format!("{pad} = help: {hint}\n"));
        }
        out
    }
}

/// A source line as shown (tabs as four spaces, controls escaped, cut when very long) and how far
/// the caret under `column` (1-based, in characters) is indented.
fn with_caret(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 160;
    let show = |text: &str| Shown(&text.replace('\t', "    ")).to_string();
    let chars: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    // A long line (minified JSON) is shown around the column.
    let start = at.saturating_sub(WIDTH / 2);
    let end = (start + WIDTH).min(chars.len());
    let before: String = chars[start..at].iter().collect();
    let shown_line: String = chars[start..end].iter().collect();
    let (lead, trail) = (if start > 0 { "..." } else { "" }, if end < chars.len() { "..." } else { "" });
    let caret = lead.len() + show(&before).chars().count();
    (format!("{lead}{}{trail}", show(&shown_line)), caret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_sits_under_the_column() {
        assert_eq!(with_caret("  $ref: x", 3), ("  $ref: x".to_owned(), 2));
        assert_eq!(with_caret("\ta: b", 2), ("    a: b".to_owned(), 4));
        assert_eq!(with_caret("a\u{1b}b", 3), ("a\\u{1b}b".to_owned(), 7));
        let long = "x".repeat(1000);
        let (shown, caret) = with_caret(&long, 500);
        assert!(shown.starts_with("...") && shown.ends_with("...") && shown.len() == 166, "{}", shown.len());
        assert_eq!(caret, 83);
    }
}
