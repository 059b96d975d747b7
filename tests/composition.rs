//! Properties beside `allOf`, `oneOf` and `anyOf` make one type: merged with the `allOf` members,
//! and present in every `oneOf`/`anyOf` variant (`tests/fixtures/composition.yaml`).

use composition::models::*;
use serde_json::json;

#[test]
fn all_of_and_properties_are_one_struct() {
    let record = Record { name: "a".into(), created: None, id: 7, note: Some("n".into()) };
    let value = serde_json::to_value(&record).expect("serialize");
    assert_eq!(value, json!({"name": "a", "id": 7, "note": "n"}));
    assert_eq!(serde_json::from_value::<Record>(value).expect("deserialize"), record);
    // Required from the allOf member and from the schema itself.
    assert!(serde_json::from_value::<Record>(json!({"id": 7})).is_err(), "`name` comes from Named and is required");
    assert!(serde_json::from_value::<Record>(json!({"name": "a"})).is_err(), "`id` is the schema's own and required");
}

#[test]
fn type_object_beside_all_of_is_the_merged_struct() {
    let wrapped: Wrapped = serde_json::from_value(json!({"name": "w", "size": 65535})).expect("deserialize");
    assert_eq!(wrapped, Wrapped { name: "w".into(), size: Some(65535) });
}

#[test]
fn one_of_variants_carry_the_shared_properties() {
    let circle: Shape = serde_json::from_value(json!({"kind": "circle", "label": "c", "radius": 1.5})).expect("circle");
    match &circle {
        Shape::ShapeCircle(inner) => {
            assert_eq!(inner.radius, 1.5);
            assert_eq!(inner.label.as_str(), "c");
        }
        other => panic!("expected the circle, got {other:?}"),
    }
    assert_eq!(serde_json::to_value(&circle).expect("serialize"), json!({"kind": "circle", "label": "c", "radius": 1.5}));
    // The shared properties are required and checked in every variant.
    assert!(serde_json::from_value::<Shape>(json!({"kind": "square", "side": 2.0})).is_err(), "`label` is required");
    let long = json!({"kind": "square", "label": "far too long a label", "side": 2.0});
    assert!(serde_json::from_value::<Shape>(long).is_err(), "`label` has maxLength 10 in every variant");
    let square: Shape = serde_json::from_value(json!({"kind": "square", "label": "s", "side": 2.0})).expect("square");
    assert!(matches!(square, Shape::ShapeSquare(ShapeSquare { side: 2.0, .. })));
}

#[test]
fn any_of_variants_carry_properties_and_all_of_members() {
    let by_phone: Contact = serde_json::from_value(json!({"owner": "o", "phone": "123"})).expect("phone");
    match by_phone {
        Contact::ContactVariant1(inner) => assert_eq!((inner.owner.as_str(), inner.phone.as_str()), ("o", "123")),
        other => panic!("expected the phone variant, got {other:?}"),
    }
    let by_email: Contact =
        serde_json::from_value(json!({"owner": "o", "email": "e@x", "created": "2024-01-02T03:04:05Z"})).expect("email");
    match by_email {
        Contact::ContactVariant0(inner) => assert!(inner.created.is_some(), "the allOf member's property is in the variant"),
        other => panic!("expected the email variant, got {other:?}"),
    }
    assert!(serde_json::from_value::<Contact>(json!({"phone": "123"})).is_err(), "`owner` is required in every variant");
}

#[test]
fn all_of_of_a_reference_and_an_annotation_is_the_referenced_type() {
    let value = json!({"not": {"not": {"field": "a"}}, "any": [{"field": "b"}]});
    let filter: Filter = serde_json::from_value(value.clone()).expect("deserialize");
    let inner: Option<Box<Filter>> = filter.not.clone();
    assert_eq!(inner.and_then(|f| f.not).and_then(|f| f.field), Some("a".to_owned()));
    assert_eq!(serde_json::to_value(&filter).expect("serialize"), value);
}
