//! Each schema construct of `tests/fixtures/constructs.yaml` (3.0) and `constructs-3.1.yaml`, as
//! generated into `generated/constructs*`: JSON the spec allows is accepted and round-trips, JSON it
//! forbids is refused with the field and the rule named.

use constructs::models::*;
use serde_json::{Value, json};

fn pet() -> Value {
    json!({"id": 7, "name": "Rex", "kind": "dog"})
}

fn decode<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|err| err.to_string())
}

fn refused<T: serde::de::DeserializeOwned + std::fmt::Debug>(value: Value) -> String {
    decode::<T>(value).expect_err("must be refused")
}

fn with(field: &str, value: Value) -> Value {
    let mut pet = pet();
    pet[field] = value;
    pet
}

#[test]
fn every_field_round_trips() {
    let full = json!({
        "id": 7, "name": "Rex", "kind": "dog", "tag": null, "nickname": "R",
        "weight": 12.5, "age": 3, "size": 2, "born": "2020-02-29", "seen_at": "2024-05-01T12:30:00Z",
        "uid": "6c1b2f0e-7c2a-4a47-9a0a-0c7f3d2f4b11", "address": "192.0.2.1",
        "friends": ["0b7f36d2-3c25-4f1e-9d6e-7f3c0a9a1e55"], "mentor": null, "address6": "2001:db8::1",
        "email": "rex@example.com", "homepage": "https://example.com/rex", "avatar": "aGVsbG8=", "password": "secret", "legacy_code": "X1", "status": "sold",
        "tags": ["a", "b"], "matrix": [[1.0, 2.5], []], "labels": {"color": "brown"}, "attributes": {"legs": 4},
        "extra": {"anything": [1, "two", null]}, "owner": {"name": "Ann", "contact": {"phone": "+44 20 7946"}}
    });
    let pet: Pet = decode(full.clone()).expect("every documented field decodes");
    assert_eq!(pet.seen_at.expect("date-time").to_rfc3339(), "2024-05-01T12:30:00+00:00");
    assert_eq!(pet.born.expect("date").to_string(), "2020-02-29");
    assert_eq!(pet.size.expect("size").get(), 2);
    assert_eq!(pet.address, Some(std::net::Ipv4Addr::new(192, 0, 2, 1)));
    assert_eq!(pet.address6.expect("ipv6").segments()[0], 0x2001);
    assert_eq!(serde_json::to_value(&pet).expect("encodes"), full);
}

#[test]
fn optional_nullable_fields_keep_absent_null_and_value_apart() {
    let absent: Pet = decode(pet()).expect("decodes");
    assert_eq!(absent.nickname, None);
    let cleared: Pet = decode(with("nickname", Value::Null)).expect("decodes");
    assert_eq!(cleared.nickname, Some(None));
    let set: Pet = decode(with("nickname", json!("Rexy"))).expect("decodes");
    assert_eq!(set.nickname, Some(Some("Rexy".into())));
    // And they go back out as they came in.
    assert!(serde_json::to_value(&absent).expect("encodes").get("nickname").is_none());
    assert_eq!(serde_json::to_value(&cleared).expect("encodes")["nickname"], Value::Null);
}

#[test]
fn string_length_counts_characters() {
    assert!(decode::<Pet>(with("name", json!("Rëxéö"))).is_ok(), "5 characters, 8 bytes");
    let err = refused::<Pet>(with("name", json!("Rexxxx")));
    assert!(err.contains("Pet.name") && err.contains("maxLength"), "{err}");
    let err = refused::<Pet>(with("name", json!("")));
    assert!(err.contains("minLength"), "{err}");
}

#[test]
fn numeric_bounds_and_multiples() {
    assert!(decode::<Pet>(with("weight", json!(200))).is_ok(), "maximum is inclusive");
    let err = refused::<Pet>(with("weight", json!(0)));
    assert!(err.contains("Pet.weight") && err.contains("exclusiveMinimum"), "{err}");
    let err = refused::<Pet>(with("weight", json!(200.5)));
    assert!(err.contains("maximum"), "{err}");
    let err = refused::<Pet>(with("age", json!(-1)));
    assert!(err.contains("Pet.age") && err.contains("minimum"), "{err}");
    let err = refused::<Pet>(with("size", json!(4)));
    assert!(err.contains("Pet.size") && err.contains("one of 1, 2, 3"), "{err}");
    assert!(PetAge::new(30).is_ok());
    assert_eq!(ListPetsLimit::new(101).expect_err("over").rule, "maximum");
}

#[test]
fn list_and_map_sizes_and_uniqueness() {
    let err = refused::<Pet>(with("tags", json!([])));
    assert!(err.contains("Pet.tags") && err.contains("minItems"), "{err}");
    let err = refused::<Pet>(with("tags", json!(["a", "b", "c", "d"])));
    assert!(err.contains("maxItems"), "{err}");
    let err = refused::<Pet>(with("tags", json!(["a", "a"])));
    assert!(err.contains("uniqueItems"), "{err}");
    let err = refused::<Pet>(with("attributes", json!({})));
    assert!(err.contains("Pet.attributes") && err.contains("minProperties"), "{err}");
    let err = refused::<Pet>(with("attributes", json!({"a": 1, "b": 2, "c": 3})));
    assert!(err.contains("maxProperties"), "{err}");
    let tags = PetTags::new(vec!["x".into()]).expect("one tag");
    assert_eq!(tags.len(), 1);
}

#[test]
fn patterns_follow_ecma_262() {
    // `\w` is ASCII in ECMA-262: `jäne` is not a username there, though Rust's `regex` alone would accept it.
    assert!(LogInBodyUsername::new("jane.doe+test@example").is_ok());
    let err = LogInBodyUsername::new("jäne").expect_err("non-ASCII word character");
    assert_eq!(err.rule, "pattern");
    let err = refused::<Pet>(with("owner", json!({"contact": {"phone": "call me"}})));
    assert!(err.contains("Pet.owner.contact.phone") && err.contains("pattern"), "nested inline field path: {err}");
}

#[test]
fn enums_refuse_unlisted_values_and_types() {
    let err = refused::<Pet>(with("kind", json!("fish")));
    assert!(err.contains("dog, cat, bird"), "{err}");
    assert!(refused::<Pet>(with("kind", json!(3))).contains("string"), "a number is not an enum string");
    let err = refused::<Pet>(with("status", json!("lost")));
    assert!(err.contains("available, pending, sold"), "{err}");
}

#[test]
fn wrong_types_and_missing_fields_are_refused() {
    assert!(refused::<Pet>(with("id", json!("seven"))).contains("invalid type"));
    assert!(refused::<Pet>(with("uid", json!("nope"))).contains("UUID") || refused::<Pet>(with("uid", json!("nope"))).contains("uuid"));
    assert!(refused::<Pet>(with("address", json!("2001:db8::1"))).contains("IP"), "an ipv6 text is not an ipv4 address");
    // `format: uuid` is the hyphenated form, in lists and in optional nullable fields too.
    let simple = "0b7f36d23c254f1e9d6e7f3c0a9a1e55";
    assert!(refused::<Pet>(with("friends", json!([simple]))).contains("hyphenated"));
    assert!(refused::<Pet>(with("mentor", json!(simple))).contains("hyphenated"));
    assert!(refused::<Pet>(with("friends", json!(null))).contains("null"), "an optional list that is not nullable refuses null");
    assert!(refused::<Pet>(with("address6", json!("192.0.2.1"))).contains("IP"), "an ipv4 text is not an ipv6 address");
    assert!(refused::<Pet>(with("seen_at", json!("yesterday"))).contains("input"));
    assert!(refused::<Pet>(with("born", json!("2021-02-30"))).contains("input"));
    let mut missing = pet();
    missing.as_object_mut().expect("object").remove("kind");
    assert!(refused::<Pet>(missing).contains("missing field `kind`"));
}

#[test]
fn all_of_merges_every_part() {
    let dog: Dog = decode(json!({"name": "Rex", "created": "2024-01-01T00:00:00Z", "pet_type": "dog", "barks": true})).expect("decodes");
    assert!(dog.barks && dog.name == "Rex" && dog.created.is_some());
    let err = refused::<Dog>(json!({"pet_type": "dog", "barks": true}));
    assert!(err.contains("missing field `name`"), "required fields of every part apply: {err}");
}

#[test]
fn discriminator_with_mapping_picks_the_variant_by_tag() {
    let kitty: Animal = decode(json!({"pet_type": "kitty", "lives": 9})).expect("mapped tag");
    assert!(matches!(&kitty, Animal::Cat(cat) if cat.lives.get() == 9));
    assert_eq!(kitty.discriminator(), "kitty");
    let dog: Animal = decode(json!({"pet_type": "dog", "name": "Rex", "barks": false})).expect("mapped tag");
    assert!(matches!(dog, Animal::Dog(_)));
    let err = refused::<Animal>(json!({"pet_type": "Cat", "lives": 1}));
    assert!(err.contains("dog, kitty, {cat}"), "only the mapping's tags select: {err}");
    let braced: Animal = decode(json!({"pet_type": "{cat}", "lives": 2})).expect("a tag with braces");
    assert!(matches!(braced, Animal::Cat(_)));
    let err = refused::<Animal>(json!({"pet_type": "kitty", "lives": 10}));
    assert!(err.contains("Cat.lives") && err.contains("maximum"), "the chosen variant's rules apply: {err}");
    assert!(refused::<Animal>(json!({"lives": 1})).contains("pet_type"));
    assert_eq!(serde_json::to_value(&kitty).expect("encodes"), json!({"pet_type": "kitty", "lives": 9}));
}

#[test]
fn discriminator_without_mapping_uses_schema_names() {
    let cat: AnimalByName = decode(json!({"pet_type": "Cat", "lives": 3})).expect("schema name as tag");
    assert!(matches!(cat, AnimalByName::Cat(_)));
    assert!(refused::<AnimalByName>(json!({"pet_type": "kitty", "lives": 3})).contains("Dog, Cat"));
}

#[test]
fn a_tag_claimed_twice_falls_back_to_the_first_fit() {
    // `Cat` would select both variants; the union is untagged instead of ambiguous.
    let dog: Confusing = decode(json!({"pet_type": "Cat", "name": "Rex", "barks": true})).expect("decodes");
    assert!(matches!(dog, Confusing::Dog(_)));
    let cat: Confusing = decode(json!({"pet_type": "Cat", "lives": 3})).expect("decodes");
    assert!(matches!(cat, Confusing::Cat(_)));
}

#[test]
fn untagged_any_of_takes_the_first_fit() {
    assert_eq!(decode::<IdOrName>(json!(5)), Ok(IdOrName::I64(5)));
    assert_eq!(decode::<IdOrName>(json!("five")), Ok(IdOrName::String("five".into())));
    assert!(decode::<IdOrName>(json!(true)).is_err());
}

#[test]
fn recursive_schemas_nest() {
    let tree: TreeNode = decode(json!({"value": "leaf", "parent": {"value": "root", "children": [{"value": "leaf"}]}})).expect("decodes");
    let parent = tree.parent.expect("boxed parent");
    assert_eq!(parent.children.expect("children")[0].value, "leaf");
}

#[test]
fn additional_properties_and_free_form() {
    let problem: Problem = decode(json!({"title": "bad", "status": 422, "trace": "abc"})).expect("decodes");
    assert_eq!(problem.additional_properties["trace"], json!("abc"));
    let free: FreeForm = decode(json!({"a": [1], "b": null})).expect("any object");
    assert_eq!(free.len(), 2);
    assert!(decode::<FreeForm>(json!([1])).is_err(), "an object, not a list");
    let anything: Anything = decode(json!([1, "x"])).expect("anything");
    assert!(anything.is_array());
}

#[test]
fn single_ref_all_of_is_the_referenced_type() {
    let described: Described = PetKind::Cat;
    assert_eq!(described.as_str(), "cat");
}

#[test]
fn awkward_names_are_valid_and_distinct() {
    let value = json!({"type": "t", "self": "s", "ref": "r", "Self": "S", "1st": "1", "user-name": "a", "user_name": "b", "größe": 3, "": "empty"});
    let keywords: Keywords = decode(value.clone()).expect("decodes");
    assert_eq!(keywords.r#type.as_deref(), Some("t"));
    assert_eq!((keywords.self_.as_deref(), keywords.self_2.as_deref()), (Some("s"), Some("S")));
    assert_eq!((keywords.user_name.as_deref(), keywords.user_name_2.as_deref()), (Some("a"), Some("b")));
    assert_eq!(keywords._1st.as_deref(), Some("1"));
    assert_eq!(keywords.gr_uf6_udf_e, Some(3));
    assert_eq!(keywords.value.as_deref(), Some("empty"));
    assert_eq!(serde_json::to_value(&keywords).expect("encodes"), value);
    // The lower-case schema `keywords` collides with `Keywords` and is numbered.
    let all: Vec<&str> = Keywords2::ALL.iter().map(Keywords2::as_str).collect();
    assert_eq!(all, ["", "a-b", "A_B", "self"]);
}

#[test]
fn openapi_3_1_forms_are_normalised() {
    use constructs_31::models::*;
    let thing: Thing = serde_json::from_value(json!({
        "id": "t1", "kind": "thing", "label": null, "score": 5,
        "parent": {"id": "p"}, "either": null, "anything": {"x": 1}
    }))
    .expect("decodes");
    assert_eq!(thing.kind, ThingKind::Thing, "`const` is a one-value enum");
    assert_eq!(thing.label, Some(None), "`type: [string, null]` is nullable");
    assert_eq!(thing.either, Some(None), "`anyOf` with a null branch is nullable");
    assert_eq!(thing.parent.expect("parent").id.as_deref(), Some("p"));
    let base = json!({"id": "t", "kind": "thing", "score": 5});
    let with = |field: &str, value: Value| {
        let mut v = base.clone();
        v[field] = value;
        serde_json::from_value::<Thing>(v).map_err(|e| e.to_string())
    };
    assert!(with("kind", json!("other")).is_err(), "const refuses other values");
    assert!(with("score", json!(0)).expect_err("exclusive").contains("exclusiveMinimum"));
    assert!(with("score", json!(10)).expect_err("exclusive").contains("exclusiveMaximum"));
    assert!(with("label", json!("eleven chars")).expect_err("long").contains("maxLength"));
}

#[test]
fn open_enums_decode_values_added_later() {
    use authentik_stages_source_open::models::{FlowLayoutEnum, FlowSet};
    // authentik 2026.11 added this layout; a client generated from 2024.8.3 with --enum-fallback keeps it.
    let flow: FlowSet = serde_json::from_value(json!({
        "pk": "6c1b2f0e-7c2a-4a47-9a0a-0c7f3d2f4b11", "policybindingmodel_ptr_id": "0f9c8d7e-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
        "name": "n", "slug": "s", "title": "t", "designation": "authentication", "background": "b", "export_url": "e",
        "layout": "sidebar_left_frame_background"
    }))
    .expect("an unknown layout decodes");
    assert_eq!(flow.layout, Some(FlowLayoutEnum::Unknown("sidebar_left_frame_background".into())));
    assert_eq!(serde_json::to_value(&flow).expect("encodes")["layout"], "sidebar_left_frame_background");
    assert_eq!("stacked".parse::<FlowLayoutEnum>(), Ok(FlowLayoutEnum::Stacked));
    // The strict crate, generated without the flag, refuses it.
    assert!("sidebar_left_frame_background".parse::<authentik_stages_source::models::FlowLayoutEnum>().is_err());
}
