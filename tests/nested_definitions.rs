//! References into a component's own nested `definitions`/`$defs` that refer back to themselves
//! are named recursive types (`tests/fixtures/nested-definitions.yaml`), not an error about
//! nesting depth.

use nested_definitions::models::*;
use serde_json::json;

#[test]
fn a_nested_definition_referring_to_itself_is_one_recursive_type() {
    let value = json!({"root": {"value": "a", "parent": {"value": "p"}, "children": [{"value": "b", "children": [{"value": "c"}]}]}});
    let tree: Tree = serde_json::from_value(value.clone()).expect("deserialize");
    let parent: Option<Box<Node>> = tree.root.parent.clone();
    assert_eq!(parent.map(|p| p.value), Some("p".to_owned()));
    let children = tree.root.children.as_deref().unwrap_or_default();
    assert_eq!(children[0].children.as_deref().unwrap_or_default()[0].value, "c");
    assert_eq!(serde_json::to_value(&tree).expect("serialize"), value);
    assert!(serde_json::from_value::<Tree>(json!({"root": {"children": [{}]}})).is_err(), "`value` is required at every level");
}

#[test]
fn a_component_that_is_a_ref_into_its_own_defs_is_that_type() {
    let value = json!({"op": "add", "args": [{"op": "lit", "value": 1.0}, {"op": "neg", "args": [{"op": "lit", "value": 2.0}]}]});
    let expression: Expression = serde_json::from_value(value.clone()).expect("deserialize");
    assert_eq!(expression.op, ExpressionOp::Add);
    assert_eq!(expression.args.as_ref().map(Vec::len), Some(2));
    assert_eq!(serde_json::to_value(&expression).expect("serialize"), value);
    assert!(serde_json::from_value::<Expression>(json!({"op": "mul"})).is_err());
}

#[test]
fn a_list_of_itself_is_any_json() {
    let chain: Chain = serde_json::from_value(json!({"links": [[], [[]]]})).expect("deserialize");
    assert_eq!(chain.links.map(|links| links.len()), Some(2));
}
