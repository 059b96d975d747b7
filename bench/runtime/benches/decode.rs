//! Decoding a 1,000-item `PaginatedSourceStageList` page with every check the spec documents
//! (uuid text, the slug's pattern and length, enums, required fields), against the same JSON into
//! bare serde structs without checks; and encoding it back. The ratio of the two decode medians is
//! the cost of the checks.

use authentik_stages_source::models::PaginatedSourceStageList;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use serde::{Deserialize, Serialize};

/// The same page as bare serde types: what a generator without checks would decode into.
mod bare {
    use super::*;

    #[derive(Deserialize, Serialize)]
    pub struct Page {
        pub pagination: Pagination,
        pub results: Vec<SourceStage>,
    }

    #[derive(Deserialize, Serialize)]
    pub struct Pagination {
        pub next: f64,
        pub previous: f64,
        pub count: f64,
        pub current: f64,
        pub total_pages: f64,
        pub start_index: f64,
        pub end_index: f64,
    }

    #[derive(Deserialize, Serialize)]
    pub struct SourceStage {
        pub pk: uuid::Uuid,
        pub name: String,
        pub component: String,
        pub verbose_name: String,
        pub verbose_name_plural: String,
        pub meta_model_name: String,
        pub flow_set: Option<Vec<FlowSet>>,
        pub source: uuid::Uuid,
        pub resume_timeout: Option<String>,
    }

    #[derive(Deserialize, Serialize)]
    pub struct FlowSet {
        pub pk: uuid::Uuid,
        pub policybindingmodel_ptr_id: uuid::Uuid,
        pub name: String,
        pub slug: String,
        pub title: String,
        pub designation: String,
        pub background: String,
        pub policy_engine_mode: Option<String>,
        pub compatibility_mode: Option<bool>,
        pub export_url: String,
        pub layout: Option<String>,
        pub denied_action: Option<String>,
    }
}

/// A page of `items` stages, each with two flows, every optional field set.
fn page(items: usize) -> String {
    let stages: Vec<serde_json::Value> = (0..items)
        .map(|i| {
            let flow = |n: usize| {
                serde_json::json!({
                    "pk": format!("6f1c2a3b-4d5e-4f60-8a7b-{:012x}", i * 2 + n),
                    "policybindingmodel_ptr_id": format!("7a2b3c4d-5e6f-4a70-9b8c-{:012x}", i * 2 + n),
                    "name": format!("Flow {i}-{n}"),
                    "slug": format!("flow-{i}-{n}"),
                    "title": "Welcome to authentik!",
                    "designation": "authentication",
                    "background": "/static/dist/assets/images/flow_background.jpg",
                    "policy_engine_mode": "any",
                    "compatibility_mode": false,
                    "export_url": format!("/api/v3/flows/instances/flow-{i}-{n}/export/"),
                    "layout": "stacked",
                    "denied_action": "message_continue"
                })
            };
            serde_json::json!({
                "pk": format!("0b6f5a4e-3d2c-4b1a-9f8e-{i:012x}"),
                "name": format!("source-stage-{i}"),
                "component": "ak-stage-source-form",
                "verbose_name": "Source Stage",
                "verbose_name_plural": "Source Stages",
                "meta_model_name": "authentik_stages_source.sourcestage",
                "flow_set": [flow(0), flow(1)],
                "source": format!("1c2d3e4f-5a6b-4c7d-8e9f-{i:012x}"),
                "resume_timeout": "days=1"
            })
        })
        .collect();
    serde_json::json!({
        "pagination": {"next": 2, "previous": 0, "count": items * 3, "current": 1, "total_pages": 3, "start_index": 1, "end_index": items},
        "results": stages
    })
    .to_string()
}

fn decode(c: &mut Criterion) {
    let json = page(1000);
    // Both decode the page, or the comparison means nothing.
    let checked: PaginatedSourceStageList = serde_json::from_str(&json).expect("the generated models accept the page");
    let _: bare::Page = serde_json::from_str(&json).expect("the bare structs accept the page");
    let mut group = c.benchmark_group("page_1000");
    // Twice criterion's default: this machine's load moves a 5-second median by a third.
    group.measurement_time(std::time::Duration::from_secs(10));
    group.bench_function("decode_checked", |b| b.iter(|| serde_json::from_str::<PaginatedSourceStageList>(black_box(&json)).unwrap()));
    group.bench_function("decode_bare", |b| b.iter(|| serde_json::from_str::<bare::Page>(black_box(&json)).unwrap()));
    let bare_page: bare::Page = serde_json::from_str(&json).unwrap();
    group.bench_function("encode_checked", |b| b.iter(|| serde_json::to_string(black_box(&checked)).unwrap()));
    group.bench_function("encode_bare", |b| b.iter(|| serde_json::to_string(black_box(&bare_page)).unwrap()));
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
