//! Stage 4: tokens to text, through `syn` and `prettyplease`, so output reads like hand-written code.

use proc_macro2::TokenStream;

use crate::emit::{BlockKind, Cfg, Emitted, Part};
use crate::error::Error;

/// Formats one emitted file. A parse failure is a bug in an emitter, reported with the code near it.
///
/// Each part (and each member of a large block) is made, parsed and printed on its own, on as many
/// threads as the machine has cores: one syntax tree for a whole client of a thousand operations
/// took most of the generator's time and memory, and prettyplease lays out each item on its own,
/// so the pieces print the same text as the whole.
pub fn format_file(path: &str, emitted: Emitted<'_>) -> Result<String, Error> {
    let mut files = format_split(path, emitted, usize::MAX)?;
    Ok(files.pop().map(|(_, text)| text).unwrap_or_default())
}

/// [`format_file`] for a file that may be split: when the text is longer than `max_lines`, the
/// file keeps its first stretch and `include!`s the rest from `STEM/part_NNN.rs` files of at most
/// about `max_lines` lines each (a single item longer than that stays whole). Returns the file and
/// its parts as (path, text), the file first.
pub fn format_split(path: &str, emitted: Emitted<'_>, max_lines: usize) -> Result<Vec<(String, String)>, Error> {
    let parts = match emitted {
        Emitted::Text(text) => return Ok(vec![(path.to_owned(), text)]),
        Emitted::Rust(parts) => parts,
    };
    let segments = print_segments(path, &parts)?;
    let mut chunks = vec![String::new()];
    let (mut lines, mut open, mut members_here) = (0, None::<&str>, 0);
    for segment in &segments {
        // Lines as written: with the blank lines `space_items` adds inside and after the segment
        // (not counted when nothing is split).
        let size = if max_lines == usize::MAX { 0 } else { space_items(segment.text()).bytes().filter(|b| *b == b'\n').count() + 1 };
        let may_break = match segment {
            Segment::Member(_) => members_here > 0,
            Segment::Close => false,
            _ => true,
        };
        // Inside an impl, the part must keep a line for its closing brace.
        let closing = usize::from(open.is_some() && matches!(segment, Segment::Member(_)));
        if may_break && lines > 0 && lines + size + closing > max_lines {
            let chunk = chunks.last_mut().expect("one chunk at least");
            if open.is_some() {
                chunk.push_str("}\n");
            }
            let mut next = String::new();
            if let Some(header) = open {
                next.push_str(header);
                next.push_str("{\n");
            }
            lines = next.lines().count();
            chunks.push(next);
            members_here = 0;
        }
        match segment {
            Segment::Open(header) => (open, members_here) = (Some(header.as_str()), 0),
            Segment::Member(_) => members_here += 1,
            Segment::Close => open = None,
            Segment::Whole(_) => {}
        }
        segment.push_to(chunks.last_mut().expect("one chunk at least"));
        lines += size;
    }
    let stem = path.strip_suffix(".rs").unwrap_or(path);
    let folder = stem.rsplit('/').next().unwrap_or(stem);
    let mut files = Vec::with_capacity(chunks.len());
    let mut chunks = chunks.into_iter().map(|chunk| space_items(&chunk));
    let mut first = chunks.next().unwrap_or_default();
    let rest: Vec<String> = chunks.collect();
    if !rest.is_empty() {
        first.push_str(&format!("\n// The rest of this file, in parts of about {max_lines} lines (editors and rustc handle those better).\n"));
        for (i, text) in rest.into_iter().enumerate() {
            let name = format!("part_{:03}.rs", i + 2);
            first.push_str(&format!("include!(\"{folder}/{name}\");\n"));
            files.push((format!("{stem}/{name}"), text));
        }
    }
    files.insert(0, (path.to_owned(), first));
    Ok(files)
}

/// A printed stretch of a file. The members of an inherent `impl` stay apart (`Open`, `Member`s,
/// `Close`), so a split file can end the block and open it again in its next part.
enum Segment {
    Whole(String),
    Open(String),
    Member(String),
    Close,
}

impl Segment {
    fn text(&self) -> &str {
        match self {
            Segment::Whole(text) | Segment::Open(text) | Segment::Member(text) => text,
            Segment::Close => "}\n",
        }
    }

    fn push_to(&self, out: &mut String) {
        out.push_str(self.text());
        if let Segment::Open(_) = self {
            out.push_str("{\n");
        }
    }
}

/// Prints every part, spread over the machine's cores, into segments in file order.
fn print_segments(path: &str, parts: &[Part<'_>]) -> Result<Vec<Segment>, Error> {
    let jobs: Vec<Job> = parts
        .iter()
        .enumerate()
        .flat_map(|(part, p)| {
            let members = match p {
                Part::Items { .. } => 0,
                Part::Block { members, .. } => members.len(),
            };
            std::iter::once(Job { part, member: None }).chain((0..members).map(move |m| Job { part, member: Some(m) }))
        })
        .collect();
    let texts = on_all_cores(&jobs, |job| print_job(path, parts, job))?;
    let mut segments = Vec::with_capacity(jobs.len() + parts.len());
    let mut whole: Option<String> = None;
    for (job, text) in jobs.iter().zip(texts) {
        match (&parts[job.part], job.member) {
            (Part::Items { .. }, _) => segments.push(Segment::Whole(text)),
            // The header was printed with an empty body: open it, and close it after its members.
            (Part::Block { members, .. }, None) if members.is_empty() => segments.push(Segment::Whole(text)),
            (Part::Block { kind, .. }, None) => {
                let header = text.strip_suffix("{}\n").unwrap_or(&text).to_owned();
                if *kind == BlockKind::Impl {
                    segments.push(Segment::Open(header));
                } else {
                    whole = Some(header + "{\n");
                }
            }
            (Part::Block { kind, members, .. }, Some(m)) => {
                let last = m + 1 == members.len();
                match whole.as_mut() {
                    Some(block) if *kind != BlockKind::Impl => {
                        block.push_str(&text);
                        if last {
                            block.push_str("}\n");
                            segments.extend(whole.take().map(Segment::Whole));
                        }
                    }
                    _ => {
                        segments.push(Segment::Member(text));
                        if last {
                            segments.push(Segment::Close);
                        }
                    }
                }
            }
        }
    }
    Ok(segments)
}

/// One unit of formatting work: a part, or one member of a block part.
struct Job {
    part: usize,
    member: Option<usize>,
}

fn print_job(path: &str, parts: &[Part<'_>], job: &Job) -> Result<String, Error> {
    match (&parts[job.part], job.member) {
        (Part::Items { make, cfg }, _) => print(path, make(), cfg.as_ref(), None),
        (Part::Block { header, .. }, None) => {
            let header = header();
            print(path, quote::quote!(#header {}), None, None)
        }
        (Part::Block { kind, members, .. }, Some(m)) => {
            // A member is printed inside a stand-in block of the same kind, so it gets the same
            // indentation and syntax; the stand-in's first and last lines are cut off.
            let member = &members[m];
            let text = print(path, kind.stand_in(&(member.make)()), member.cfg.as_ref(), Some(*kind))?;
            let inner = text.split_once('\n').map_or("", |(_, rest)| rest);
            Ok(inner.strip_suffix("}\n").unwrap_or(inner).to_owned())
        }
    }
}

/// Runs `work` on every job, spread over the machine's cores, and returns the results in order.
fn on_all_cores<T: Send>(jobs: &[Job], work: impl Fn(&Job) -> Result<T, Error> + Sync) -> Result<Vec<T>, Error> {
    // Even one worker is a thread of its own: the main thread's stack may be small.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let run = || -> Result<Vec<(usize, T)>, Error> {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(job) = jobs.get(index) else { return Ok(done) };
            done.push((index, work(job)?));
        }
    };
    let mut results = std::thread::scope(|scope| {
        // Deeply nested schemas make deeply nested tokens: workers get a deep stack. Workers that
        // cannot start leave their jobs to the others, and with none the caller does the work.
        let handles: Vec<_> =
            (0..workers).filter_map(|_| std::thread::Builder::new().stack_size(crate::DEEP_STACK).spawn_scoped(scope, run).ok()).collect();
        if handles.is_empty() {
            return run();
        }
        let mut all = Vec::with_capacity(jobs.len());
        for handle in handles {
            all.extend(handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?);
        }
        Ok::<_, Error>(all)
    })?;
    results.sort_unstable_by_key(|(index, _)| *index);
    Ok(results.into_iter().map(|(_, result)| result).collect())
}

/// Parses and prints one piece, with `cfg` on each of its items (on the members of the stand-in
/// block, for a member of a block of that kind).
fn print(path: &str, tokens: TokenStream, cfg: Option<&Cfg>, member_of: Option<BlockKind>) -> Result<String, Error> {
    // Cloning a token stream shares its tokens; the text is only needed for an error.
    let kept = tokens.clone();
    match syn::parse2::<syn::File>(tokens) {
        Ok(mut file) => {
            if let Some(cfg) = cfg {
                crate::emit::gate_file(cfg, &mut file, member_of);
            }
            syn::visit_mut::VisitMut::visit_file_mut(&mut PlainDocs, &mut file);
            Ok(prettyplease::unparse(&file))
        }
        Err(err) => {
            // Spans of generated tokens carry no position; the piece's start locates the emitter.
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
            // The literal escapes every character that needs it (`\n`, `\u{..}`): without a
            // backslash there is nothing to look at, and decoding every doc line is costly.
            if !text.token().to_string().contains('\\') {
                return;
            }
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
    use quote::{format_ident, quote};

    use super::{format_file, space_items};
    use crate::emit::{BlockKind, Emitted, Part, block, gated_items, gated_member, items, member};

    /// A split file ends an inherent impl at a part's end and opens it again in the next part;
    /// each part is near the limit, the file includes every part, and the parts put back in place
    /// of their includes parse as the whole file's items.
    #[test]
    fn long_files_split_into_included_parts() {
        let methods = (0..60u32).map(|i| member(move || {
            let name = format_ident!("method_{}", i);
            quote!(pub fn #name(&self) -> u32 { #i })
        }));
        let parts = vec![
            items(|| quote!(#![doc = " File docs."] pub struct A;)),
            block(BlockKind::Impl, || quote!(impl A), methods.collect()),
            items(|| quote!(pub struct B;)),
        ];
        let files = super::format_split("src/client.rs", Emitted::Rust(parts), 40).expect("formats");
        assert!(files.len() > 3, "{} files", files.len());
        assert_eq!(files[0].0, "src/client.rs");
        let mut whole = files[0].1.clone();
        for (path, text) in &files[1..] {
            let name = path.trim_start_matches("src/");
            let include = format!("include!(\"{name}\");");
            assert!(whole.contains(&include), "{path} is included");
            assert!(text.starts_with("impl A {\n") || text.starts_with("pub struct B"), "{path} opens the impl again:\n{text}");
            assert!(text.lines().count() <= 40, "{path} has {} lines", text.lines().count());
            whole = whole.replace(&include, text);
        }
        let file = syn::parse_file(&whole).expect("the parts put together parse");
        let impls = file.items.iter().filter(|i| matches!(i, syn::Item::Impl(_))).count();
        assert!(impls > 2, "the impl spreads over the parts ({impls} blocks)");
        for i in 0..60 {
            assert_eq!(whole.matches(&format!("fn method_{i}(")).count(), 1, "method_{i} once");
        }
    }

    /// Printing part by part and member by member gives the text of printing the file whole.
    #[test]
    fn pieces_print_as_the_whole_does() {
        let parts = || -> Vec<Part<'static>> {
            let methods = (0..40u32)
                .map(|i| {
                    member(move || {
                        let name = format_ident!("method_{}", i);
                        quote! {
                            /// A method.
                            pub fn #name(&self, a_rather_long_argument_name: u64, another_long_argument: &str) -> Result<(), String> { let _ = (a_rather_long_argument_name, another_long_argument); Ok(()) }
                        }
                    })
                })
                .collect();
            let cfg = || Some(crate::emit::Cfg { features: vec!["tag-a".into()] });
            let rules = vec![member(|| quote!(use super::A;)), member(|| quote!(pub const B: u8 = 1;)), gated_member(cfg(), || quote!(pub const C: u8 = 2;))];
            let mut methods: Vec<_> = methods;
            methods.push(gated_member(cfg(), || quote!(/// Gated. 
 pub fn gated(&self) {} pub fn also(&self) {})));
            vec![
                items(|| quote!(#![doc = " File docs."] use std::fmt; pub struct A { a: u8 })),
                gated_items(cfg(), || quote!(/// A gated struct.
                    pub struct G; impl G {})),
                block(BlockKind::Impl, || quote!(impl<T> A where T: Clone + Send + Sync + 'static + std::fmt::Debug + Default + PartialEq + Eq + PartialOrd), methods),
                block(BlockKind::Trait, || quote!(pub trait Api: Send), vec![member(|| quote!(type P: Send;)), member(|| quote!(fn f(&self) -> u8;))]),
                block(BlockKind::Mod, || quote!(#[doc = " Rules."] pub mod rules), rules),
                block(BlockKind::Impl, || quote!(impl B), vec![]),
            ]
        };
        let whole: proc_macro2::TokenStream = parts().iter().map(Part::tokens).collect();
        let expected = space_items(&prettyplease::unparse(&syn::parse2(whole).expect("test tokens parse")));
        let printed = format_file("test.rs", Emitted::Rust(parts())).expect("formats");
        assert_eq!(printed, expected);
        // Conditions go on each item, after its doc comment, whichever way the file is printed.
        for item in ["pub struct G;", "impl G {}", "    pub fn gated(&self) {}", "    pub fn also(&self) {}", "    pub const C: u8 = 2;"] {
            let indent = &item[..item.len() - item.trim_start().len()];
            assert!(printed.contains(&format!("{indent}#[cfg(feature = \"tag-a\")]\n{item}")), "{item} gated:\n{printed}");
        }
        assert!(printed.contains("/// A gated struct.\n#[cfg(feature = \"tag-a\")]\npub struct G;"), "{printed}");
        assert_eq!(printed.matches("#[cfg(").count(), 5, "{printed}");
    }

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
