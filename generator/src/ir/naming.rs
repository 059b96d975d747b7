//! Rust names for OpenAPI names: valid, stable and distinct.

use std::collections::{HashMap, HashSet};

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves. Those that cannot be raw identifiers get a trailing `_` instead.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct",
    "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen",
    "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Replaces anything that cannot appear in an identifier with a word boundary, so that heck can split
/// on it. Non-ASCII letters are spelled out as their code point to stay ASCII and stable.
fn sanitize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_alphanumeric() {
            out.push_str(&format!(" u{:x} ", c as u32));
        } else {
            out.push(' ');
        }
    }
    out
}

fn finish(mut ident: String, fallback: &str) -> String {
    if ident.is_empty() {
        ident = fallback.to_owned();
    }
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        ident.insert(0, '_');
        // `_1` is fine as a field; types should start with a letter.
        if fallback.starts_with(|c: char| c.is_uppercase()) {
            ident.replace_range(0..1, "N");
        }
    }
    if NOT_RAW.contains(&ident.as_str()) {
        ident.push('_');
    }
    ident
}

/// `UpperCamelCase` name for a type or variant.
pub fn type_name(name: &str) -> String {
    finish(sanitize(name).to_upper_camel_case(), "Value")
}

/// `snake_case` name for a field, parameter or method.
pub fn field_name(name: &str) -> String {
    // A leading `-`/`+` distinguishes names like `-created` from `created`; keep that apart.
    let prefix = match name.chars().next() {
        Some('-') => "minus_",
        Some('+') => "plus_",
        Some('@') => "at_",
        Some('$') => "dollar_",
        _ => "",
    };
    finish(format!("{prefix}{}", sanitize(name).to_snake_case()), "value")
}

/// `kebab-case` name for a Cargo feature: `tag-` and the tag (`tag-groups-site`).
pub fn tag_feature_name(tag: &str) -> String {
    let words = sanitize(tag).to_kebab_case();
    if words.is_empty() { "tag".to_owned() } else { format!("tag-{words}") }
}

/// Whether the name must be written `r#name`.
pub fn is_keyword(ident: &str) -> bool {
    KEYWORDS.contains(&ident)
}

/// Hands out names unique within one scope, suffixing `2`, `3`, ... on collision, in call order.
#[derive(Debug, Default)]
pub struct Scope {
    taken: HashSet<String>,
    /// Per numbered stem (`Foo`, `foo_bar_`), the first suffix not yet known to be taken: names are
    /// never given back, so the search resumes there. Without it, the n-th claim of one name tried
    /// n names, and a spec whose references re-lower one schema many times spent minutes here.
    next_suffix: HashMap<String, u64>,
}

impl Scope {
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self { taken: reserved.iter().map(|s| s.to_string()).collect(), next_suffix: HashMap::new() }
    }

    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        // A type name with a trailing `_` (`Self_`) numbers as `Self2`: UpperCamelCase has no `_`.
        let base = match wanted.strip_suffix('_') {
            Some(base) if base.starts_with(|c: char| c.is_ascii_uppercase()) => base.to_owned(),
            _ => wanted.clone(),
        };
        let wanted = base;
        let separator = if wanted.ends_with('_') {
            ""
        } else if wanted.ends_with(|c: char| c.is_ascii_digit()) || wanted.contains('_') {
            "_"
        } else {
            ""
        };
        let stem = format!("{wanted}{separator}");
        let first = self.next_suffix.get(&stem).copied().unwrap_or(2);
        let Some((n, name)) = (first..).map(|n| (n, format!("{stem}{n}"))).find(|(_, candidate)| self.taken.insert(candidate.clone())) else {
            return wanted;
        };
        self.next_suffix.insert(stem, n + 1);
        name
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_identifiers() {
        assert_eq!(type_name("flow_set"), "FlowSet");
        assert_eq!(type_name("2fa-method"), "N2faMethod");
        assert_eq!(type_name(""), "Value");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(field_name("type"), "type");
        assert!(is_keyword(&field_name("type")));
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("1st"), "_1st");
        assert_eq!(field_name("-created"), "minus_created");
        assert_eq!(field_name("größe"), "gr_uf6_udf_e");
        assert_ne!(field_name("名前"), field_name("名字"));
        assert_eq!(field_name(""), "value");
        assert_eq!(tag_feature_name("groups.site"), "tag-groups-site");
        assert_eq!(tag_feature_name("Core API"), "tag-core-api");
        assert_eq!(tag_feature_name("!!"), "tag");
    }

    #[test]
    fn scope_keeps_names_distinct() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("FooBar".into()), "FooBar");
        assert_eq!(scope.claim("FooBar".into()), "FooBar2");
        assert_eq!(scope.claim("foo_bar".into()), "foo_bar");
        assert_eq!(scope.claim("foo_bar".into()), "foo_bar_2");
        assert_eq!(scope.claim("self_".into()), "self_");
        assert_eq!(scope.claim("self_".into()), "self_2");
        assert_eq!(scope.claim("Self_".into()), "Self_");
        assert_eq!(scope.claim("Self_".into()), "Self2");
    }

    /// Resuming the suffix search where the last claim of a stem stopped gives the names a search
    /// from `2` gives, whatever else was claimed in between (`Foo3` taken early, `Foo_` numbering
    /// as `Foo`, names that end in digits).
    #[test]
    fn resumed_suffixes_match_a_search_from_two() {
        fn naive(taken: &mut HashSet<String>, wanted: &str) -> String {
            if taken.insert(wanted.to_owned()) {
                return wanted.to_owned();
            }
            let base = match wanted.strip_suffix('_') {
                Some(base) if base.starts_with(|c: char| c.is_ascii_uppercase()) => base,
                _ => wanted,
            };
            let separator = if base.ends_with('_') {
                ""
            } else if base.ends_with(|c: char| c.is_ascii_digit()) || base.contains('_') {
                "_"
            } else {
                ""
            };
            (2..).map(|n| format!("{base}{separator}{n}")).find(|c| taken.insert(c.clone())).expect("a free name")
        }
        let wanted = ["Foo", "Foo", "Foo3", "Foo", "Foo_", "Foo", "foo_bar", "Foo4", "foo_bar", "V2", "V2", "V", "V", "Foo", "foo_bar_2", "foo_bar"];
        let (mut scope, mut taken) = (Scope::default(), HashSet::new());
        for round in 0..3 {
            for name in wanted {
                assert_eq!(scope.claim(name.to_owned()), naive(&mut taken, name), "round {round}, {name}");
            }
        }
    }
}
