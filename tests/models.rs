//! The generated models against real JSON: a documented `PaginatedSourceStageList` survives a round
//! trip with every field filled, and values that break the spec are refused with errors that say
//! which field and which rule.

use authentik_stages_source::models::*;
use serde_json::{Value, json};

fn flow_set_json() -> Value {
    json!({
        "pk": "6c1b2f0e-7c2a-4a47-9a0a-0c7f3d2f4b11",
        "policybindingmodel_ptr_id": "0f9c8d7e-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
        "name": "Welcome to authentik!",
        "slug": "default-authentication-flow",
        "title": "Welcome to authentik!",
        "designation": "authentication",
        "background": "/static/dist/assets/images/flow_background.jpg",
        "policy_engine_mode": "any",
        "compatibility_mode": false,
        "export_url": "/api/v3/flows/instances/default-authentication-flow/export/",
        "layout": "sidebar_left",
        "denied_action": "message_continue"
    })
}

fn page_json() -> Value {
    json!({
        "pagination": {
            "next": 0.0,
            "previous": 0.0,
            "count": 1.0,
            "current": 1.0,
            "total_pages": 1.0,
            "start_index": 1.0,
            "end_index": 1.0
        },
        "results": [{
            "pk": "2d7e1c3b-5a4f-4e6d-9c8b-7a6f5e4d3c2b",
            "name": "return-from-github",
            "component": "ak-stage-source-form",
            "verbose_name": "Source Stage",
            "verbose_name_plural": "Source Stages",
            "meta_model_name": "authentik_stages_source.sourcestage",
            "flow_set": [flow_set_json()],
            "source": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "resume_timeout": "days=30"
        }]
    })
}

#[test]
fn documented_page_round_trips_with_every_field() {
    let original = page_json();
    let page: PaginatedSourceStageList = serde_json::from_value(original.clone()).expect("documented JSON decodes");
    let stage = &page.results[0];
    assert_eq!(stage.name, "return-from-github");
    let flow = &stage.flow_set.as_ref().expect("flow_set present")[0];
    assert_eq!(flow.slug.as_str(), "default-authentication-flow");
    assert_eq!(flow.designation, FlowDesignationEnum::Authentication);
    assert_eq!(flow.layout, Some(FlowLayoutEnum::SidebarLeft));
    assert_eq!(flow.denied_action, Some(DeniedActionEnum::MessageContinue));
    assert_eq!(flow.policy_engine_mode, Some(PolicyEngineMode::Any));
    assert_eq!(page.pagination.total_pages, 1.0);
    assert_eq!(serde_json::to_value(&page).expect("encodes"), original, "nothing lost or added");
}

#[test]
fn optional_fields_stay_absent() {
    let mut minimal = flow_set_json();
    for optional in ["policy_engine_mode", "compatibility_mode", "layout", "denied_action"] {
        minimal.as_object_mut().expect("object").remove(optional);
    }
    let flow: FlowSet = serde_json::from_value(minimal.clone()).expect("decodes without optional fields");
    assert_eq!(flow.layout, None);
    assert_eq!(serde_json::to_value(&flow).expect("encodes"), minimal);
}

fn decode_flow_with(field: &str, value: Value) -> String {
    let mut flow = flow_set_json();
    flow[field] = value;
    serde_json::from_value::<FlowSet>(flow).expect_err("must be refused").to_string()
}

#[test]
fn slug_with_a_space_is_refused() {
    let err = decode_flow_with("slug", json!("has space"));
    assert!(err.contains("FlowSet.slug") && err.contains("pattern") && err.contains("^[-a-zA-Z0-9_]+$"), "{err}");
}

#[test]
fn slug_of_51_characters_is_refused_and_50_accepted() {
    let err = decode_flow_with("slug", json!("a".repeat(51)));
    assert!(err.contains("FlowSet.slug") && err.contains("maxLength") && err.contains("at most 50"), "{err}");
    let mut flow = flow_set_json();
    flow["slug"] = json!("a".repeat(50));
    serde_json::from_value::<FlowSet>(flow).expect("50 characters are allowed");
}

#[test]
fn slug_length_counts_characters_not_bytes() {
    // 50 two-byte characters are 100 bytes; the spec limits characters. The pattern refuses them,
    // so check the length rule alone through the request type's constructor error order.
    let err = FlowSetSlug::new("é".repeat(51)).expect_err("too long");
    assert_eq!(err.rule, "maxLength");
    let err = FlowSetSlug::new("é".repeat(50)).expect_err("not ASCII");
    assert_eq!(err.rule, "pattern");
}

#[test]
fn slug_newtype_checks_on_construction() {
    assert!(FlowSetSlug::new("default-enrollment-flow").is_ok());
    let err = FlowSetSlug::try_from("bad/slug").expect_err("slash refused");
    assert_eq!((err.field, err.rule), ("FlowSet.slug", "pattern"));
    assert!("".parse::<FlowSetRequestSlug>().is_err(), "the request slug also requires one character");
}

#[test]
fn unknown_designation_is_refused_naming_the_allowed_values() {
    let err = decode_flow_with("designation", json!("teleportation"));
    assert!(err.contains("teleportation"), "{err}");
    assert!(err.contains("authentication, authorization, invalidation, enrollment, unenrollment, recovery, stage_configuration"), "{err}");
}

#[test]
fn missing_required_pk_is_refused() {
    let mut page = page_json();
    page["results"][0].as_object_mut().expect("object").remove("pk");
    let err = serde_json::from_value::<PaginatedSourceStageList>(page).expect_err("pk is required").to_string();
    assert!(err.contains("missing field `pk`"), "{err}");
}

#[test]
fn malformed_uuid_is_refused() {
    let mut page = page_json();
    page["results"][0]["source"] = json!("not-a-uuid");
    let err = serde_json::from_value::<PaginatedSourceStageList>(page).expect_err("uuid must parse").to_string();
    assert!(err.contains("UUID") || err.contains("uuid"), "{err}");
}

#[test]
fn enums_convert_to_and_from_their_wire_values() {
    for value in FlowLayoutEnum::ALL {
        assert_eq!(value.as_str().parse::<FlowLayoutEnum>(), Ok(value));
        assert_eq!(value.to_string(), value.as_str());
    }
    assert_eq!(DeniedActionEnum::Continue.as_str(), "continue");
    let err = "sideways".parse::<FlowLayoutEnum>().expect_err("unknown");
    assert_eq!(err.rule, "enum");
}

#[test]
fn validation_error_keeps_field_errors() {
    let body = json!({"non_field_errors": ["broken"], "code": "invalid", "slug": ["This field is required."]});
    let err: ValidationError = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(err.additional_properties["slug"], json!(["This field is required."]));
    assert_eq!(serde_json::to_value(&err).expect("encodes"), body);
}

#[test]
fn identical_inline_rules_for_a_field_of_the_same_name_are_one_type() {
    use std::any::TypeId;
    // A stage's name checked once can go into the PATCH body and into a flow as it is.
    let name = SourceStageRequestName::new("github").expect("valid");
    let patch = PatchedSourceStageRequest { name: Some(name.clone()), ..Default::default() };
    let flow_name: FlowSetRequestName = name;
    assert_eq!(patch.name.as_ref().map(|n| n.as_str()), Some(flow_name.as_str()));
    assert_eq!(TypeId::of::<PatchedSourceStageRequestName>(), TypeId::of::<SourceStageRequestName>());
    // The same rules on a field of another name stay another type.
    assert_ne!(TypeId::of::<FlowSetRequestTitle>(), TypeId::of::<FlowSetRequestName>());
    let err = PatchedSourceStageRequestName::new("").expect_err("empty");
    assert!(
        err.to_string().starts_with("SourceStageRequest.name, PatchedSourceStageRequest.name and FlowSetRequest.name: "),
        "the error names every field the rules are written for: {err}"
    );
}

/// Structs read their objects through the generated `Deserialize` (not serde's derive); these pin
/// what the derive did and what it did not.
mod object_reading {
    use super::*;

    fn stage_text() -> String {
        page_json()["results"][0].to_string()
    }

    #[test]
    fn a_key_given_twice_is_refused() {
        let text = stage_text().replacen('{', r#"{"name": "first","#, 1);
        let err = serde_json::from_str::<SourceStage>(&text).expect_err("duplicate key").to_string();
        assert!(err.contains("duplicate field `name`"), "{err}");
    }

    #[test]
    fn an_array_is_not_an_object() {
        // serde's derive also read structs from arrays of their fields in order.
        let stage = page_json()["results"][0].clone();
        let fields: Vec<Value> = stage.as_object().expect("object").values().cloned().collect();
        let err = serde_json::from_value::<SourceStage>(Value::Array(fields)).expect_err("an array").to_string();
        assert!(err.contains("expected struct SourceStage"), "{err}");
    }

    #[test]
    fn escaped_keys_and_readers_without_borrowing_decode_alike() {
        let text = stage_text();
        let borrowed: SourceStage = serde_json::from_str(&text).expect("from a string");
        // `\u006b` is `k`: the key cannot be borrowed from the input.
        let escaped: SourceStage = serde_json::from_str(&text.replacen("\"pk\"", "\"p\\u006b\"", 1)).expect("escaped key");
        let read: SourceStage = serde_json::from_reader(text.as_bytes()).expect("from a reader");
        let value: SourceStage = serde_json::from_value(page_json()["results"][0].clone()).expect("from a value");
        assert_eq!(borrowed, escaped);
        assert_eq!(borrowed, read);
        assert_eq!(borrowed, value);
    }

    #[test]
    fn unknown_keys_are_skipped_whatever_their_values() {
        let mut stage = page_json()["results"][0].clone();
        stage["added_later"] = json!({"nested": [1, {"deep": null}]});
        let decoded: SourceStage = serde_json::from_value(stage).expect("unknown keys skipped");
        assert_eq!(decoded.name, "return-from-github");
    }

    #[test]
    fn optional_fields_refuse_null_and_uuids_take_the_hyphenated_form_only() {
        let err = decode_flow_with("layout", Value::Null);
        assert!(err.contains("invalid type: null"), "{err}");
        let mut stage = page_json()["results"][0].clone();
        stage["pk"] = json!("2d7e1c3b5a4f4e6d9c8b7a6f5e4d3c2b");
        let err = serde_json::from_value::<SourceStage>(stage).expect_err("simple form").to_string();
        assert!(err.contains("hyphenated"), "{err}");
    }
}
