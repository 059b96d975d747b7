//! Stage 4: tokens to text, through `syn` and `prettyplease`, so output reads like hand-written code.

use crate::emit::Emitted;
use crate::error::Error;

/// Formats one emitted file. A parse failure is a bug in an emitter, reported with the code near it.
pub fn format_file(path: &str, emitted: Emitted) -> Result<String, Error> {
    let tokens = match emitted {
        Emitted::Text(text) => return Ok(text),
        Emitted::Rust(tokens) => tokens,
    };
    // Cloning a token stream shares its tokens; the text is only needed for an error.
    let kept = tokens.clone();
    match syn::parse2::<syn::File>(tokens) {
        Ok(mut file) => {
            syn::visit_mut::VisitMut::visit_file_mut(&mut PlainDocs, &mut file);
            Ok(space_items(&prettyplease::unparse(&file)))
        }
        Err(err) => {
            // Spans of generated tokens carry no position; the start of the file locates the emitter.
            let snippet = kept.to_string().chars().take(600).collect();
            Err(Error::Format { file: path.to_owned(), message: err.to_string(), snippet })
        }
    }
}

/// Every doc attribute holds one line without control characters or bidirectional marks (written
/// as `\u{..}`): whatever an emitter put in from the spec, prettyplease then prints a `///` line,
/// never a `/** */` block that text could close, and rustc has nothing to refuse.
struct PlainDocs;

impl syn::visit_mut::VisitMut for PlainDocs {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if !attr.path().is_ident("doc") {
            return;
        }
        if let syn::Meta::NameValue(syn::MetaNameValue { value: syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }), .. }) = &mut attr.meta {
            let value = text.value();
            let shown = crate::error::Shown(&value).to_string();
            if shown != value {
                *text = syn::LitStr::new(&shown, text.span());
            }
        }
    }
}

/// prettyplease puts items edge to edge; a blank line between top-level items and between the
/// members of an impl or trait makes the output read like code a person wrote.
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else { break };
        if next.is_empty() || line.is_empty() {
            continue;
        }
        // A comment line ending in `;` (doc text quoting code) ends nothing.
        let comment = line.trim_start().starts_with("//");
        let ends_top_level = (*line == "}" || (!line.starts_with(' ') && line.ends_with(';') && !comment))
            && !next.starts_with('}')
            && !(line.starts_with("use ") && next.starts_with("use "));
        let ends_inner_doc = line.starts_with("//!") && !next.starts_with("//!");
        let member_end = *line == "    }" || (line.starts_with("    ") && !line.starts_with("     ") && line.ends_with(';') && !comment);
        let ends_member = member_end
            && ["    fn ", "    pub fn ", "    async fn ", "    pub async fn ", "    ///", "    #[", "    const ", "    pub const ", "    type "]
                .iter()
                .any(|start| next.starts_with(start));
        if ends_top_level || ends_inner_doc || ends_member {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn separates_items_and_members() {
        let text = "//! Docs.\nuse a;\nuse b;\nstruct A;\nimpl A {\n    fn f() {}\n    fn g() {\n        x();\n    }\n    fn h() {}\n}\nfn main() {}\n";
        let spaced = space_items(text);
        assert_eq!(
            spaced,
            "//! Docs.\n\nuse a;\nuse b;\n\nstruct A;\n\nimpl A {\n    fn f() {}\n    fn g() {\n        x();\n    }\n\n    fn h() {}\n}\n\nfn main() {}\n"
        );
    }
}
