//! Positions of JSON pointers in the source text, so errors can name a line.
//!
//! Built only when an error needs it: the happy path never pays for it.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Maps JSON pointers to 1-based (line, column) positions.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    positions: HashMap<String, (usize, usize)>,
}

impl SourceMap {
    /// Indexes every node of a YAML (or JSON) text. A text that does not parse yields a partial map.
    pub fn build(text: &str) -> Self {
        let mut indexer = Indexer::default();
        let mut parser = Parser::new_from_str(text);
        let _ = parser.load(&mut indexer, false);
        Self { positions: indexer.positions }
    }

    /// The position of `pointer`, or of its closest ancestor that has one.
    pub fn position(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut pointer = pointer;
        loop {
            if let Some(position) = self.positions.get(pointer) {
                return Some(*position);
            }
            let cut = pointer.rfind('/')?;
            pointer = &pointer[..cut];
        }
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

enum Frame {
    Mapping { pointer: String, key: Option<String> },
    Sequence { pointer: String, index: usize },
}

#[derive(Default)]
struct Indexer {
    stack: Vec<Frame>,
    positions: HashMap<String, (usize, usize)>,
}

/// Nodes nested deeper than this are not indexed: their errors name the deepest indexed ancestor.
/// Pointers grow with depth, so indexing a hostile 10,000-level document would take quadratic time.
const MAX_INDEXED_DEPTH: usize = 256;

impl Indexer {
    fn too_deep(&self) -> bool {
        self.stack.len() > MAX_INDEXED_DEPTH
    }

    /// The pointer of the value about to start, if we are in value position.
    fn value_pointer(&self) -> Option<String> {
        if self.too_deep() {
            return None;
        }
        match self.stack.last() {
            None => Some(String::new()),
            Some(Frame::Mapping { pointer, key: Some(key) }) => Some(format!("{pointer}/{}", escape_token(key))),
            Some(Frame::Mapping { key: None, .. }) => None,
            Some(Frame::Sequence { pointer, index }) => Some(format!("{pointer}/{index}")),
        }
    }

    /// Moves the innermost container past the value that just ended.
    fn finish_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Mapping { key, .. }) => *key = None,
            Some(Frame::Sequence { index, .. }) => *index += 1,
            None => {}
        }
    }

    fn record(&mut self, pointer: &str, mark: Marker) {
        self.positions.entry(pointer.to_owned()).or_insert((mark.line(), mark.col() + 1));
    }
}

impl MarkedEventReceiver for Indexer {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(text, ..) => {
                let deep = self.too_deep();
                if let Some(Frame::Mapping { pointer, key: key @ None }) = self.stack.last_mut() {
                    // A key: the position of the key line is the most useful one for its value.
                    let child = (!deep).then(|| format!("{pointer}/{}", escape_token(&text)));
                    *key = Some(text);
                    if let Some(child) = child {
                        self.record(&child, mark);
                    }
                } else {
                    if let Some(pointer) = self.value_pointer() {
                        self.record(&pointer, mark);
                    }
                    self.finish_value();
                }
            }
            Event::Alias(_) => {
                if let Some(pointer) = self.value_pointer() {
                    self.record(&pointer, mark);
                }
                self.finish_value();
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let pointer = self.value_pointer().unwrap_or_default();
                if !self.too_deep() {
                    self.record(&pointer, mark);
                }
                self.stack.push(if matches!(event, Event::MappingStart(..)) {
                    Frame::Mapping { pointer, key: None }
                } else {
                    Frame::Sequence { pointer, index: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.finish_value();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_of_nested_keys_and_items() {
        let text = "a:\n  b:\n    - x\n    - y: 1\n  \"c/d\": 2\n";
        let map = SourceMap::build(text);
        assert_eq!(map.position("/a").map(|p| p.0), Some(1));
        assert_eq!(map.position("/a/b").map(|p| p.0), Some(2));
        assert_eq!(map.position("/a/b/1/y").map(|p| p.0), Some(4));
        assert_eq!(map.position("/a/c~1d").map(|p| p.0), Some(5));
        // Unknown children fall back to the nearest known ancestor.
        assert_eq!(map.position("/a/b/1/zzz").map(|p| p.0), Some(4));
    }

    #[test]
    fn indexes_json_too() {
        let text = "{\n  \"paths\": {\n    \"/x\": {}\n  }\n}\n";
        let map = SourceMap::build(text);
        assert_eq!(map.position("/paths/~1x").map(|p| p.0), Some(3));
    }
}
