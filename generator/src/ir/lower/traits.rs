//! The server trait, split by tag when it would be longer than a generated file may be.
//!
//! Every other long stretch of generated code can be split between files where the formatter
//! chooses: items anywhere, the client's `impl` closed and reopened. A trait cannot be reopened and
//! rustc refuses `include!` among its items, so an API of thousands of operations (Microsoft
//! Graph: 11,422) had its `Api` trait as one file of 150,000 lines. Such an API declares its
//! operations in one trait per tag instead; `Api` keeps what is shared (the principal, the
//! credential checks, `reject`). The split is decided here, where names are claimed, so a trait's
//! name never takes a model's.

use super::Lowering;
use crate::ir::naming::type_name;
use crate::ir::{Operation, OperationTrait, ServerTraits};

impl Lowering<'_> {
    /// The traits of each tag, when one trait would pass `split_lines` (and sets each operation's
    /// [`Operation::server_trait`]); `None` when `Api` declares every operation.
    ///
    /// Traits follow the tags' first appearance in the spec, each operation goes to the trait of
    /// its first tag, and a tag longer than `split_lines` on its own is cut into stretches. Names
    /// are claimed after every type's, so a schema keeps its name and a trait yields instead.
    pub(super) fn server_traits(&mut self, operations: &mut [Operation]) -> Option<ServerTraits> {
        let limit = self.options.split_lines;
        let total: usize = operations.iter().map(declaration_lines).sum();
        if limit == 0 || total <= limit {
            return None;
        }
        let mut tags: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
        for (index, op) in operations.iter().enumerate() {
            let tag = op.tags.first().map(String::as_str);
            match tags.iter_mut().find(|(seen, _)| *seen == tag) {
                Some((_, members)) => members.push(index),
                None => tags.push((tag, vec![index])),
            }
        }
        let mut traits = Vec::new();
        let mut assigned = vec![0; operations.len()];
        for (tag, members) in tags {
            let stretches = stretches(&members, |index| declaration_lines(&operations[index]), limit);
            let several = stretches.len() > 1;
            for (n, stretch) in stretches.into_iter().enumerate() {
                let words = tag.unwrap_or("untagged");
                let part = several.then_some(n + 1);
                let hint = match part {
                    Some(part) => format!("{words} part {part} api"),
                    None => format!("{words} api"),
                };
                for index in stretch {
                    assigned[index] = traits.len();
                }
                traits.push(OperationTrait { name: self.type_names.claim(type_name(&hint)), tag: tag.map(str::to_owned), part });
            }
        }
        for (op, index) in operations.iter_mut().zip(assigned) {
            op.server_trait = Some(index);
        }
        Some(ServerTraits { all: self.type_names.claim("ApiOperations".to_owned()), traits })
    }
}

/// About how many lines an operation's method takes in the server trait as printed: its summary
/// and doc, one line per argument, and the signature around them.
fn declaration_lines(op: &Operation) -> usize {
    let doc = op.doc.as_deref().map_or(0, |doc| doc.lines().count() + 1);
    let principal = usize::from(!op.auth.is_empty());
    let arguments = op.path_params.len() + usize::from(op.params.is_some()) + usize::from(op.body.is_some()) + principal;
    // `) -> impl std::future::Future<Output = NameResponse> + Send;` takes three lines when it
    // passes the printer's margin (89 columns).
    let returns = if op.response_type.len() > 37 { 3 } else { 1 };
    doc + arguments + returns + 5
}

/// `members` cut, in order, into stretches of at most `limit` lines each (one longer member is a
/// stretch of its own).
fn stretches(members: &[usize], lines: impl Fn(usize) -> usize, limit: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    let mut filled = 0;
    for &member in members {
        let size = lines(member);
        if filled > 0 && filled + size > limit {
            out.push(Vec::new());
            filled = 0;
        }
        filled += size;
        if let Some(last) = out.last_mut() {
            last.push(member);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::stretches;

    #[test]
    fn stretches_stay_under_the_limit_and_keep_the_order() {
        let sizes = [4, 4, 4, 9, 1, 1];
        let cut = stretches(&[0, 1, 2, 3, 4, 5], |i| sizes[i], 8);
        assert_eq!(cut, vec![vec![0, 1], vec![2], vec![3], vec![4, 5]]);
        assert_eq!(stretches(&[0, 1], |i| sizes[i], 100), vec![vec![0, 1]]);
    }
}
