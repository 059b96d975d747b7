//! OpenAPI patterns are ECMA-262 regular expressions; generated code checks them with the `regex`
//! crate. The two differ where it matters for real specs: `\w`, `\d`, `\b` are ASCII in ECMA-262 and
//! Unicode in `regex`, `\s` covers a different set, and `\uXXXX` is spelled `\x{XXXX}`. This module
//! rewrites a pattern so `regex` gives ECMA-262's answers. Constructs `regex` lacks (lookaround,
//! backreferences) make the pattern fail to compile; the caller reports those as not enforced.

/// ECMA-262 `WhiteSpace` and `LineTerminator`, the set `\s` matches there.
const ECMA_SPACE: &str = r"\t\n\x0B\x0C\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";
const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_DIGIT: &str = "0-9";

/// Rewrites an ECMA-262 pattern into `regex` syntax with the same meaning.
pub fn ecma_to_rust(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(escaped) = chars.next() else {
                    out.push('\\');
                    break;
                };
                match (escaped, in_class) {
                    ('w', false) => out.push_str(&format!("[{ASCII_WORD}]")),
                    ('W', false) => out.push_str(&format!("[^{ASCII_WORD}]")),
                    ('d', false) => out.push_str(&format!("[{ASCII_DIGIT}]")),
                    ('D', false) => out.push_str(&format!("[^{ASCII_DIGIT}]")),
                    ('s', false) => out.push_str(&format!("[{ECMA_SPACE}]")),
                    ('S', false) => out.push_str(&format!("[^{ECMA_SPACE}]")),
                    ('w', true) => out.push_str(ASCII_WORD),
                    ('d', true) => out.push_str(ASCII_DIGIT),
                    ('s', true) => out.push_str(ECMA_SPACE),
                    // Negated classes inside a class: `regex` supports nested classes.
                    ('W', true) => out.push_str(&format!("[^{ASCII_WORD}]")),
                    ('D', true) => out.push_str(&format!("[^{ASCII_DIGIT}]")),
                    ('S', true) => out.push_str(&format!("[^{ECMA_SPACE}]")),
                    ('b', false) => out.push_str(r"(?-u:\b)"),
                    ('B', false) => out.push_str(r"(?-u:\B)"),
                    // In a class, `\b` is a backspace.
                    ('b', true) => out.push_str(r"\x08"),
                    ('u', _) => {
                        let hex: String = chars.clone().take(4).collect();
                        if hex.len() == 4 && hex.chars().all(|h| h.is_ascii_hexdigit()) {
                            for _ in 0..4 {
                                chars.next();
                            }
                            out.push_str(&format!(r"\x{{{hex}}}"));
                        } else if chars.peek() == Some(&'{') {
                            // `\u{...}` (unicode mode) is already `regex` syntax once `u` becomes `x`.
                            out.push_str(r"\x");
                        } else {
                            out.push_str(r"\u");
                        }
                    }
                    ('c', _) => {
                        // Control escape: `\cJ` is U+000A.
                        match chars.next() {
                            Some(letter) if letter.is_ascii_alphabetic() => {
                                out.push_str(&format!(r"\x{:02X}", (letter as u8) % 32));
                            }
                            other => {
                                out.push_str(r"\\c");
                                if let Some(other) = other {
                                    out.push(other);
                                }
                            }
                        }
                    }
                    ('/', _) => out.push('/'),
                    ('-', _) => out.push_str(r"\-"),
                    (other, _) => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                // `[]` matches nothing and `[^]` anything in ECMA-262.
                if chars.peek() == Some(&'^') {
                    chars.next();
                    out.push('^');
                }
                if chars.peek() == Some(&']') {
                    chars.next();
                    in_class = false;
                    out.pop();
                    if out.ends_with('^') {
                        out.pop();
                        out.pop();
                        out.push_str(r"[\s\S]");
                    } else {
                        out.pop();
                        out.push_str(r"[^\s\S]");
                    }
                }
            }
            // `regex` treats `[` inside a class as a nested class; ECMA-262 as a literal.
            '[' if in_class => out.push_str(r"\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            // `&&`, `--` and `~~` are set operations in `regex` classes, literals in ECMA-262.
            '&' | '~' if in_class => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ecma_to_rust;

    fn matches(pattern: &str, text: &str) -> bool {
        regex::Regex::new(&ecma_to_rust(pattern)).expect("translated pattern compiles").is_match(text)
    }

    #[test]
    fn word_class_is_ascii_like_ecma() {
        let username = r"^[\w.@+-]+$";
        assert!(matches(username, "jane.doe+test@example"));
        assert!(!matches(username, "jäne"));
        // The `regex` crate on its own would accept it:
        assert!(regex::Regex::new(username).expect("compiles").is_match("jäne"));
        assert!(!matches(r"^\w+$", "名前"));
        assert!(!matches(r"^\d+$", "١٢٣"));
    }

    #[test]
    fn slug_pattern_means_the_same() {
        let slug = "^[-a-zA-Z0-9_]+$";
        assert!(matches(slug, "default-authentication-flow"));
        assert!(!matches(slug, "has space"));
        assert!(!matches(slug, ""));
    }

    #[test]
    fn escapes_and_classes() {
        assert!(matches(r"^\u00e9$", "é"));
        assert!(matches(r"^a\/b$", "a/b"));
        assert!(matches(r"^[^/]+$", "abc"));
        assert!(!matches(r"^[^/]+$", "a/c"));
        assert!(matches(r"^[a[]+$", "a[a"));
        assert!(matches(r"^[&~]+$", "&~"));
        assert!(matches(r"^\s$", "\u{feff}"));
        assert!(!matches(r"^\s$", "\u{85}"));
        assert!(matches(r"\bcat\b", "a cat!"));
    }

    #[test]
    fn lookaround_does_not_compile() {
        assert!(regex::Regex::new(&ecma_to_rust(r"^(?=.*\d).+$")).is_err());
    }
}
