//! An in-memory stages/source viewset on the public API of the generated
//! `authentik-stages-source` crate: create, list (search, ordering, filters, pagination),
//! retrieve, update, partial update, destroy and used_by.
//!
//! It stays inside the spec: the spec documents 200/201/204, 400 and 403 only, so a stage that
//! does not exist is answered 403 (`GenericError`, the answer authentik gives for objects a user
//! may not see), and malformed requests 400 in `ValidationError`'s shape.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use authentik_stages_source::models::*;
use authentik_stages_source::server::{self, *};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

pub use authentik_stages_source::server::{IntoShared, RouterConfig};

/// Results per page when the request names none; larger requests are cut to [`MAX_PAGE_SIZE`].
pub const DEFAULT_PAGE_SIZE: usize = 20;
pub const MAX_PAGE_SIZE: usize = 100;

/// The router for `stages`, below `/api/v3` as the spec's `servers` says.
pub fn app(stages: impl server::IntoShared<Stages>, config: RouterConfig) -> axum::Router {
    axum::Router::new().nest("/api/v3", server::router_with(stages, config))
}

/// The caller, as the token check establishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub username: String,
}

/// The service: source stages by uuid, and the one token it accepts.
pub struct Stages {
    token: String,
    stages: Mutex<BTreeMap<Uuid, SourceStage>>,
}

impl Stages {
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into(), stages: Mutex::new(BTreeMap::new()) }
    }

    /// The stages, also after a panic elsewhere left the lock poisoned (the map stays consistent:
    /// every change is one insert or remove).
    fn stages(&self) -> MutexGuard<'_, BTreeMap<Uuid, SourceStage>> {
        self.stages.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How many stages there are now.
    pub fn len(&self) -> usize {
        self.stages().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of every stage, by uuid.
    pub fn snapshot(&self) -> BTreeMap<Uuid, SourceStage> {
        self.stages().clone()
    }
}

/// The answer for a stage that is not there (see the module documentation).
fn not_visible(stage_uuid: Uuid) -> GenericError {
    GenericError { detail: format!("No source stage {stage_uuid} is visible to you."), code: Some("not_found".into()) }
}

fn invalid(field: &str, message: String) -> ValidationError {
    let mut additional_properties = BTreeMap::new();
    additional_properties.insert(field.to_owned(), serde_json::json!([message]));
    ValidationError { non_field_errors: None, code: Some("invalid".into()), additional_properties }
}

fn flow_from(request: FlowSetRequest) -> Result<FlowSet, ValidationError> {
    let slug = request.slug.into_inner();
    // The request's slug rules include the response's; a failure here is reported, not unwrapped.
    let checked = FlowSetSlug::new(slug.clone()).map_err(|err| invalid("flow_set", err.to_string()))?;
    Ok(FlowSet {
        pk: Uuid::new_v4(),
        policybindingmodel_ptr_id: Uuid::new_v4(),
        name: request.name.into_inner(),
        slug: checked,
        title: request.title.into_inner(),
        designation: request.designation,
        background: "/static/dist/assets/images/flow_background.jpg".into(),
        policy_engine_mode: request.policy_engine_mode,
        compatibility_mode: request.compatibility_mode,
        export_url: format!("/api/v3/flows/instances/{slug}/export/"),
        layout: request.layout,
        denied_action: request.denied_action,
    })
}

fn flows_from(requests: Option<Vec<FlowSetRequest>>) -> Result<Option<Vec<FlowSet>>, ValidationError> {
    requests.map(|flows| flows.into_iter().map(flow_from).collect()).transpose()
}

fn stage_from(pk: Uuid, request: SourceStageRequest) -> Result<SourceStage, ValidationError> {
    Ok(SourceStage {
        pk,
        name: request.name.into_inner(),
        component: "ak-stage-source-form".into(),
        verbose_name: "Source Stage".into(),
        verbose_name_plural: "Source Stages".into(),
        meta_model_name: "authentik_stages_source.sourcestage".into(),
        flow_set: flows_from(request.flow_set)?,
        source: request.source,
        resume_timeout: request.resume_timeout.map(|t| t.into_inner()),
    })
}

/// `ordering`: a field name, `-` first for descending; unknown fields are ignored, as Django REST
/// framework's ordering filter does.
fn order(stages: &mut [SourceStage], ordering: Option<&str>) {
    let Some(ordering) = ordering else { return };
    let (descending, field) = match ordering.trim().strip_prefix('-') {
        Some(field) => (true, field),
        None => (false, ordering.trim()),
    };
    match field {
        "name" => stages.sort_by(|a, b| a.name.cmp(&b.name)),
        "pk" | "stage_uuid" => stages.sort_by_key(|s| s.pk),
        "resume_timeout" => stages.sort_by(|a, b| a.resume_timeout.cmp(&b.resume_timeout)),
        "source" => stages.sort_by_key(|s| s.source),
        _ => return,
    }
    if descending {
        stages.reverse();
    }
}

/// Page numbers start at 1; a page below 1 is the first, a page past the end is empty.
fn paginate(stages: Vec<SourceStage>, page: Option<i64>, page_size: Option<i64>) -> PaginatedSourceStageList {
    let size = page_size.map_or(DEFAULT_PAGE_SIZE, |s| usize::try_from(s).unwrap_or(1).clamp(1, MAX_PAGE_SIZE));
    let page = page.map_or(1, |p| usize::try_from(p).unwrap_or(1).max(1));
    let count = stages.len();
    let total_pages = count.div_ceil(size).max(1);
    let start = page.saturating_sub(1).saturating_mul(size).min(count);
    let results: Vec<SourceStage> = stages.into_iter().skip(start).take(size).collect();
    let (start_index, end_index) = if results.is_empty() { (0, 0) } else { (start + 1, start + results.len()) };
    PaginatedSourceStageList {
        pagination: Pagination {
            next: if page < total_pages { (page + 1) as f64 } else { 0.0 },
            previous: if page > 1 { (page - 1).min(total_pages) as f64 } else { 0.0 },
            count: count as f64,
            current: page as f64,
            total_pages: total_pages as f64,
            start_index: start_index as f64,
            end_index: end_index as f64,
        },
        results,
    }
}

impl Api for Stages {
    type Principal = User;

    async fn check_bearer_token(&self, token: &str) -> Option<User> {
        (token == self.token).then(|| User { username: "akadmin".into() })
    }

    /// Bad input is answered as authentik does, 400 with a `ValidationError` keyed by the field
    /// (the parameter name or body field path), plus where it is (`location`: `path`, `query`,
    /// `header`, `body`); other rejections keep the default shape.
    fn reject(&self, rejection: Rejection) -> Response {
        if rejection.status != StatusCode::BAD_REQUEST {
            return rejection.into_response();
        }
        let key = if rejection.name.is_empty() { "non_field_errors".to_owned() } else { rejection.name.clone() };
        let body = serde_json::json!({
            key: [rejection.message],
            "code": "invalid",
            "location": rejection.location.as_str(),
        });
        (StatusCode::BAD_REQUEST, axum::Json(body)).into_response()
    }

    async fn stages_source_list(self: std::sync::Arc<Self>, params: StagesSourceListParams, _: User, _: Parts) -> StagesSourceListResponse {
        let search = params.search.as_deref().map(str::to_lowercase);
        let mut stages: Vec<SourceStage> = self
            .stages()
            .values()
            .filter(|s| params.name.as_ref().is_none_or(|name| &s.name == name))
            .filter(|s| params.resume_timeout.is_none() || s.resume_timeout == params.resume_timeout)
            .filter(|s| params.source.is_none_or(|source| s.source == source))
            .filter(|s| params.stage_uuid.is_none_or(|pk| s.pk == pk))
            .filter(|s| search.as_ref().is_none_or(|term| s.name.to_lowercase().contains(term.as_str())))
            .cloned()
            .collect();
        order(&mut stages, params.ordering.as_deref());
        StagesSourceListResponse::Ok(paginate(stages, params.page, params.page_size))
    }

    async fn stages_source_create(self: std::sync::Arc<Self>, body: SourceStageRequest, _: User, _: Parts) -> StagesSourceCreateResponse {
        match stage_from(Uuid::new_v4(), body) {
            Ok(stage) => {
                self.stages().insert(stage.pk, stage.clone());
                StagesSourceCreateResponse::Created(stage)
            }
            Err(err) => StagesSourceCreateResponse::BadRequest(err),
        }
    }

    async fn stages_source_retrieve(self: std::sync::Arc<Self>, stage_uuid: Uuid, _: User, _: Parts) -> StagesSourceRetrieveResponse {
        match self.stages().get(&stage_uuid) {
            Some(stage) => StagesSourceRetrieveResponse::Ok(stage.clone()),
            None => StagesSourceRetrieveResponse::Forbidden(not_visible(stage_uuid)),
        }
    }

    async fn stages_source_update(
        self: std::sync::Arc<Self>,
        stage_uuid: Uuid,
        body: SourceStageRequest,
        _: User,
        _: Parts,
    ) -> StagesSourceUpdateResponse {
        let stage = match stage_from(stage_uuid, body) {
            Ok(stage) => stage,
            Err(err) => return StagesSourceUpdateResponse::BadRequest(err),
        };
        let mut stages = self.stages();
        match stages.get_mut(&stage_uuid) {
            Some(existing) => {
                *existing = stage.clone();
                StagesSourceUpdateResponse::Ok(stage)
            }
            None => StagesSourceUpdateResponse::Forbidden(not_visible(stage_uuid)),
        }
    }

    async fn stages_source_partial_update(
        self: std::sync::Arc<Self>,
        stage_uuid: Uuid,
        body: Option<PatchedSourceStageRequest>,
        _: User,
        _: Parts,
    ) -> StagesSourcePartialUpdateResponse {
        let patch = body.unwrap_or_default();
        let flows = match flows_from(patch.flow_set) {
            Ok(flows) => flows,
            Err(err) => return StagesSourcePartialUpdateResponse::BadRequest(err),
        };
        let mut stages = self.stages();
        let Some(stage) = stages.get_mut(&stage_uuid) else {
            return StagesSourcePartialUpdateResponse::Forbidden(not_visible(stage_uuid));
        };
        if let Some(name) = patch.name {
            stage.name = name.into_inner();
        }
        if let Some(flows) = flows {
            stage.flow_set = Some(flows);
        }
        if let Some(source) = patch.source {
            stage.source = source;
        }
        if let Some(timeout) = patch.resume_timeout {
            stage.resume_timeout = Some(timeout.into_inner());
        }
        StagesSourcePartialUpdateResponse::Ok(stage.clone())
    }

    async fn stages_source_destroy(self: std::sync::Arc<Self>, stage_uuid: Uuid, _: User, _: Parts) -> StagesSourceDestroyResponse {
        match self.stages().remove(&stage_uuid) {
            Some(_) => StagesSourceDestroyResponse::NoContent,
            None => StagesSourceDestroyResponse::Forbidden(not_visible(stage_uuid)),
        }
    }

    /// The flows that bind the stage: deleting the stage deletes their bindings.
    async fn stages_source_used_by_list(self: std::sync::Arc<Self>, stage_uuid: Uuid, _: User, _: Parts) -> StagesSourceUsedByListResponse {
        match self.stages().get(&stage_uuid) {
            Some(stage) => StagesSourceUsedByListResponse::Ok(
                stage
                    .flow_set
                    .iter()
                    .flatten()
                    .map(|flow| UsedBy {
                        app: "authentik_flows".into(),
                        model_name: "flowstagebinding".into(),
                        pk: flow.pk.to_string(),
                        name: flow.name.clone(),
                        action: UsedByActionEnum::Cascade,
                    })
                    .collect(),
            ),
            None => StagesSourceUsedByListResponse::Forbidden(not_visible(stage_uuid)),
        }
    }
}
