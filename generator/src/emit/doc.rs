//! Doc comments from spec text. The text is prose the spec's author wrote, possibly to harm: it
//! must stay a comment (no control characters or bidirectional marks, which rustc refuses or a
//! reader is fooled by) and never become a doctest, which `cargo test` would compile and run in
//! the crate that includes the code (`build.rs` users, whose crates run doctests).

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Shown;

/// `#[doc = "..."]` attributes, one per line (`inner` for `//!`).
pub fn doc_lines(text: &str, inner: bool) -> TokenStream {
    let text = text.replace("\r\n", "\n").replace('\r', "\n").replace('\t', "    ");
    let attrs = inert_markdown(&text).into_iter().map(|line| {
        let line = if line.is_empty() { String::new() } else { format!(" {}", Shown(line.trim_end())) };
        if inner { quote!(#![doc = #line]) } else { quote!(#[doc = #line]) }
    });
    quote!(#(#attrs)*)
}

/// Doc attributes for an optional text.
pub fn doc(text: Option<&str>) -> TokenStream {
    text.map(|t| doc_lines(t, false)).unwrap_or_default()
}

/// The lines of `text` with every code block made a `text` block, which rustdoc shows and never
/// runs: fences without a language, with `rust` or with rustdoc's test attributes, and indented
/// code blocks (four spaces after a blank line), which become fences.
fn inert_markdown(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut indented = false;
    let mut after_blank = true;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(marker) = fence {
            out.push(line.to_owned());
            if trimmed.starts_with(marker) && trimmed.trim_start_matches(marker.chars().next().unwrap_or('`')).trim().is_empty() {
                fence = None;
                // A block may start right after a fence: an indented line there is code.
                after_blank = true;
            }
            continue;
        }
        if indented {
            if trimmed.is_empty() || indent >= 4 {
                out.push(line.to_owned());
                continue;
            }
            close_indented(&mut out);
            indented = false;
        }
        if indent < 4 && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            let marker = if trimmed.starts_with("```") { "```" } else { "~~~" };
            let info = trimmed.trim_start_matches(marker.chars().next().unwrap_or('`'));
            fence = Some(marker);
            let kept = if may_be_rust(info) { "text" } else { info };
            out.push(format!("{}{marker}{kept}", &line[..indent]));
        } else if indent >= 4 && after_blank && !trimmed.is_empty() {
            indented = true;
            out.push("```text".to_owned());
            out.push(line.to_owned());
        } else {
            out.push(line.to_owned());
        }
        // Blank lines and headings end paragraphs (a `#` line is taken as one, to be safe).
        after_blank = trimmed.is_empty() || trimmed.starts_with('#');
    }
    if indented {
        close_indented(&mut out);
    }
    if fence.is_some() {
        // An unclosed fence runs to the end of the doc comment; closing it keeps the next one apart.
        out.push(fence.unwrap_or("```").to_owned());
    }
    out
}

/// Ends an indented block turned fence, before the blank lines that followed it.
fn close_indented(out: &mut Vec<String>) {
    let blanks = out.iter().rev().take_while(|l| l.trim().is_empty()).count();
    out.insert(out.len() - blanks, "```".to_owned());
}

/// Whether rustdoc would take a fence's info string as Rust (and so as a doctest): empty, `rust`,
/// or only its test attributes (`ignore`, `should_panic`, `edition2021`, ...).
fn may_be_rust(info: &str) -> bool {
    let words: Vec<&str> = info.split(|c: char| c == ',' || c.is_whitespace() || c == '{' || c == '}').filter(|w| !w.is_empty()).collect();
    words.is_empty()
        || words.iter().any(|w| {
            let w = w.trim_start_matches('.');
            w.eq_ignore_ascii_case("rust")
                || w.starts_with("edition")
                || matches!(w, "ignore" | "should_panic" | "no_run" | "compile_fail" | "test_harness" | "standalone_crate" | "allow_fail")
                || w.starts_with("ignore-")
        })
        || !words[0].chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '+')
}

#[cfg(test)]
mod tests {
    use super::inert_markdown;

    fn inert(text: &str) -> String {
        inert_markdown(text).join("\n")
    }

    #[test]
    fn code_blocks_never_run() {
        assert_eq!(inert("a\n```\nfn main() {}\n```\nb"), "a\n```text\nfn main() {}\n```\nb");
        assert_eq!(inert("```rust,no_run\nx\n```"), "```text\nx\n```");
        assert_eq!(inert("```json\n{}\n```"), "```json\n{}\n```", "other languages stay");
        assert_eq!(inert("~~~\nx\n~~~"), "~~~text\nx\n~~~");
        assert_eq!(inert("```\nunclosed"), "```text\nunclosed\n```");
        assert_eq!(inert("intro\n\n    code();\n    more();\n\nafter"), "intro\n\n```text\n    code();\n    more();\n```\n\nafter");
        assert_eq!(inert("    starts indented"), "```text\n    starts indented\n```");
        assert_eq!(inert("para\n    lazy continuation"), "para\n    lazy continuation", "not a code block");
        assert_eq!(inert("```js\nx\n```\n    y"), "```js\nx\n```\n```text\n    y\n```", "code right after a fence");
    }
}
