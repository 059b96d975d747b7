//! Paths to operations.

use indexmap::IndexMap;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, SecurityScheme, StatusCode};
use serde_json::Value;

use super::http::{
    derived_operation_id, doc_text, with_wire_name, param_location, parent_pointer, percent_decode, preferred_media, route_for, status_variant, wrap_nullable,
};
use super::schemas::constraint_keywords;
use super::{Lowered, Lowering, NameRequest, RESERVED_METHOD_NAMES};
use crate::error::{Error, Warning, WarningKind};
use crate::ir::naming::{Scope, field_name, type_name};
use crate::ir::*;
use crate::ir::formats::media_type;
use crate::load::source_map::escape_token;

impl Lowering<'_> {
    pub(super) fn operations(&mut self) -> Result<Vec<Operation>, Error> {
        let mut method_names = Scope::with_reserved(RESERVED_METHOD_NAMES);
        let mut operations = Vec::new();
        // (template, method) pairs taken, and the templates the router (axum's matchit) accepted.
        let mut routes = std::collections::HashSet::new();
        let mut templates = std::collections::HashSet::new();
        let mut router = matchit::Router::new();
        for (path, item) in &self.doc.paths.paths {
            let path_pointer = format!("/paths/{}", escape_token(path));
            let item = match item {
                ReferenceOr::Item(item) => item.clone(),
                ReferenceOr::Reference { reference } => {
                    let resolved = self.resolve_pointer(reference, &path_pointer);
                    let Some(item) = self.recover(resolved) else { continue };
                    item
                }
            };
            let methods = [
                (Method::Get, &item.get),
                (Method::Put, &item.put),
                (Method::Post, &item.post),
                (Method::Delete, &item.delete),
                (Method::Options, &item.options),
                (Method::Head, &item.head),
                (Method::Patch, &item.patch),
                (Method::Trace, &item.trace),
            ];
            for (method, operation) in methods {
                let Some(operation) = operation else { continue };
                let pointer = format!("{path_pointer}/{}", method.as_str().to_lowercase());
                // A failed operation is reported and left out, and lowering goes on to the next:
                // one run reports every problem.
                let lowered = self.operation(path, method, operation, &item.parameters, &pointer, &mut method_names);
                let Some(mut lowered) = self.recover(lowered) else { continue };
                let route = route_for(&lowered.segments);
                let accepted = if templates.contains(&route.template) {
                    Ok(())
                } else {
                    router.insert(route.template.clone(), ()).map(|()| {
                        templates.insert(route.template.clone());
                    })
                };
                if let Err(err) = accepted {
                    self.warn(WarningKind::Unroutable, &pointer, format!("{}: the server cannot route `{}`: {err}", lowered.id, route.template));
                } else if routes.insert((route.template.clone(), method.as_str())) {
                    lowered.route = Some(route);
                } else {
                    self.warn(
                        WarningKind::Unroutable,
                        &pointer,
                        format!("{}: the server cannot route it: another operation already answers {} {}", lowered.id, method.as_str(), route.template),
                    );
                }
                operations.push(lowered);
            }
        }
        Ok(operations)
    }

    fn operation(
        &mut self,
        path: &str,
        method: Method,
        operation: &openapiv3::Operation,
        shared_params: &[ReferenceOr<Parameter>],
        pointer: &str,
        method_names: &mut Scope,
    ) -> Result<Operation, Error> {
        let id = operation.operation_id.clone().unwrap_or_else(|| derived_operation_id(method, path));
        let name = method_names.claim(field_name(&id));
        let response_method = method_names.claim(format!("{name}_with_response"));
        let type_prefix = self.claim_operation_prefix(&type_name(&id));
        let doc = doc_text(operation.summary.as_deref(), operation.description.as_deref());

        // Parameters: the path item's, overridden by the operation's of the same name and place.
        let mut params: Vec<(Parameter, String)> = Vec::new();
        let shared = shared_params.iter().enumerate().map(|(i, p)| (p, format!("{}/parameters/{i}", parent_pointer(pointer))));
        let own = operation.parameters.iter().enumerate().map(|(i, p)| (p, format!("{pointer}/parameters/{i}")));
        for (param, at) in shared.chain(own) {
            let (param, at): (Parameter, String) = match param {
                ReferenceOr::Item(param) => (param.clone(), at),
                ReferenceOr::Reference { reference } => (self.resolve_pointer(reference, &at)?, target_pointer(reference, at)),
            };
            let key = (param_location(&param), param.parameter_data_ref().name.clone());
            params.retain(|(p, _)| (param_location(p), p.parameter_data_ref().name.clone()) != key);
            params.push((param, at));
        }

        // Path parameters are arguments of the client's and the server's functions, beside their
        // own locals; query and header parameters are fields of the params struct and keep their
        // wire names whenever those are Rust identifiers.
        let mut path_names = Scope::with_reserved(&["body", "params", "path", "query", "headers", "api", "status", "segments", "principal", "request", "served", "parts", "head", "received", "media", "cookies"]);
        let mut param_names = Scope::default();
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        let mut header_params = Vec::new();
        let mut cookie_params = Vec::new();
        for (param, at) in &params {
            let data = param.parameter_data_ref();
            let lowered = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    let hint = NameRequest::Fresh(format!("{type_prefix}{}", type_name(&data.name)));
                    self.schema(schema, &format!("{at}/schema"), hint, &format!("{id}.{}", data.name))?
                }
                ParameterSchemaOrContent::Content(content) => {
                    let hint = NameRequest::Fresh(format!("{type_prefix}{}", type_name(&data.name)));
                    match content.iter().next().and_then(|(_, media)| media.schema.as_ref()) {
                        Some(schema) => self.schema(schema, &format!("{at}/content"), hint, &format!("{id}.{}", data.name))?,
                        None => Lowered {
                            ty: TypeRef::Primitive(Primitive::String),
                            nullable: false,
                            read_only: false,
                            write_only: false,
                            deprecated: false,
                            doc: None,
                        },
                    }
                }
            };
            let scope = if matches!(param, Parameter::Path { .. }) { &mut path_names } else { &mut param_names };
            let name = scope.claim(field_name(&data.name));
            let doc = with_wire_name(doc_text(None, data.description.as_deref()).or(lowered.doc), &name, &data.name);
            let style = self.param_style(param, &lowered.ty, at, &id);
            let built = Param {
                name,
                wire_name: data.name.clone(),
                ty: lowered.ty,
                required: data.required || matches!(param, Parameter::Path { .. }),
                doc,
                style,
                shape: QueryShape::Single,
            };
            match param {
                Parameter::Path { .. } => path_params.push(built),
                Parameter::Query { .. } => query_params.push((built, at.clone())),
                Parameter::Header { .. } => header_params.push(built),
                Parameter::Cookie { .. } => cookie_params.push((built, at.clone())),
            }
        }
        self.check_exploded_names(&mut query_params, &id, "query");
        self.check_exploded_names(&mut cookie_params, &id, "cookie");
        let query_params: Vec<Param> = query_params.into_iter().map(|(param, _)| param).collect();
        let cookie_params: Vec<Param> = cookie_params.into_iter().map(|(param, _)| param).collect();
        let segments = self.path_segments(path, &mut path_params, pointer, &id)?;

        let body = match &operation.request_body {
            None => None,
            Some(body) => {
                let at = format!("{pointer}/requestBody");
                let (body, at): (openapiv3::RequestBody, String) = match body {
                    ReferenceOr::Item(body) => (body.clone(), at),
                    ReferenceOr::Reference { reference } => (self.resolve_pointer(reference, &at)?, target_pointer(reference, at)),
                };
                if body.content.is_empty() {
                    None
                } else {
                    let hint = format!("{type_prefix}Body");
                    let (ty, media, accepted) = self.body(&body.content, &at, &hint, &format!("{id}.body"), false)?;
                    Some(RequestBody { ty, required: body.required, media, multipart: None, accepted })
                }
            }
        };

        let content_type_method =
            body.as_ref().filter(|b| b.offered().len() > 1).map(|_| method_names.claim(format!("{name}_with_content_type")));
        let (responses, mut success_media) = self.responses(operation, pointer, &type_prefix, &id)?;
        let (auth, auth_required) = self.security(operation, pointer, &id)?;
        let documented = |code| responses.iter().any(|r: &Response| r.status == Status::Code(code));
        let success = success_of(&responses, &type_prefix);
        let accept = responses
            .iter()
            .find(|r| r.is_success() && r.body.is_some())
            .map_or_else(|| "application/json".to_owned(), |r| r.media.content_type().to_owned());
        // Successes in several media types: the caller may ask for any, as bytes.
        let accept_choice = (success_media.len() > 1).then(|| {
            if let Some(default) = success_media.iter().position(|m| *m == accept) {
                let first = success_media.remove(default);
                success_media.insert(0, first);
            }
            AcceptChoice { method: method_names.claim(format!("{name}_with_accept")), media_types: success_media }
        });
        let has_params = !query_params.is_empty() || !header_params.is_empty() || !cookie_params.is_empty();
        let auth_failure_status = if documented(401) || !documented(403) { 401 } else { 403 };
        Ok(Operation {
            name,
            type_prefix: type_prefix.clone(),
            id,
            method,
            path: path.to_owned(),
            segments,
            doc,
            deprecated: operation.deprecated,
            path_params,
            query_params,
            header_params,
            cookie_params,
            body,
            responses,
            auth,
            auth_required,
            auth_failure_status,
            route: None,
            params: has_params.then(|| ParamsStruct { name: format!("{type_prefix}Params"), derives: Vec::new() }),
            error_type: format!("{type_prefix}Error"),
            response_type: format!("{type_prefix}Response"),
            success,
            accept,
            response_method,
            content_type_method,
            accept_choice,
            pagination: None,
            tags: operation.tags.clone(),
            server_trait: None,
            feature: None,
        })
    }

    /// The type and encoding of a request or response body.
    fn body(
        &mut self,
        content: &IndexMap<String, openapiv3::MediaType>,
        at: &str,
        hint: &str,
        origin: &str,
        others_offered: bool,
    ) -> Result<(TypeRef, BodyMedia, Vec<AcceptedMedia>), Error> {
        let Some((media, kind, schema)) = preferred_media(content) else {
            return Ok((TypeRef::Any, BodyMedia::Json, Vec::new()));
        };
        let schema_at = format!("{at}/content/{}/schema", escape_token(media));
        let lower = |this: &mut Self| -> Result<TypeRef, Error> {
            Ok(match schema {
                Some(schema) => {
                    let lowered = this.schema(schema, &schema_at, NameRequest::Fresh(hint.to_owned()), origin)?;
                    wrap_nullable(lowered.ty, lowered.nullable)
                }
                None => TypeRef::Any,
            })
        };
        let (ty, kind) = match kind {
            BodyMedia::Json => (lower(self)?, kind),
            BodyMedia::Text { .. } => (TypeRef::Primitive(Primitive::String), kind),
            BodyMedia::Binary { .. } => (TypeRef::Primitive(Primitive::Binary), kind),
            BodyMedia::Form | BodyMedia::Multipart => {
                let ty = lower(self)?;
                let is_struct = matches!(self.kind_of(&ty), Some(TypeKind::Struct(_)));
                if is_struct {
                    (ty, kind)
                } else {
                    self.warn(WarningKind::Approximated, at, format!("{origin}: a `{media}` body that is not an object is sent as raw bytes"));
                    (TypeRef::Primitive(Primitive::Binary), BodyMedia::Binary { content_type: media.to_owned() })
                }
            }
        };
        let is_struct = matches!(self.kind_of(&ty), Some(TypeKind::Struct(_)));
        let accepted = accepted_media(content, &kind, is_struct);
        if accepted.len() < content.len() && !others_offered {
            let others: Vec<&str> = content
                .keys()
                .map(String::as_str)
                .filter(|m| !accepted.iter().any(|a| a.media_type == media_essence(m)))
                .collect();
            self.warn(WarningKind::Approximated, at, format!("{origin}: generated for `{media}`; the other media types {others:?} are not offered"));
        }
        Ok((ty, kind, accepted))
    }

    /// Claims `{prefix}Params`, `{prefix}Error`, `{prefix}Response` and `{prefix}Success` together.
    fn claim_operation_prefix(&mut self, wanted: &str) -> String {
        let suffixes = ["Params", "Error", "Response", "Success"];
        let mut candidate = wanted.to_owned();
        let mut n = 1;
        while suffixes.iter().any(|s| self.type_names.contains(&format!("{candidate}{s}"))) {
            n += 1;
            candidate = format!("{wanted}{n}");
        }
        for suffix in suffixes {
            self.type_names.claim(format!("{candidate}{suffix}"));
        }
        candidate
    }

    fn path_segments(&mut self, path: &str, params: &mut Vec<Param>, pointer: &str, id: &str) -> Result<Vec<PathSegment>, Error> {
        let mut segments = Vec::new();
        let mut used = vec![false; params.len()];
        for raw in path.trim_start_matches('/').split('/') {
            let mut parts = Vec::new();
            let mut rest = raw;
            while let Some(open) = rest.find('{') {
                let Some(close) = rest[open..].find('}').map(|c| c + open) else { break };
                if open > 0 {
                    parts.push(PathPart::Literal(rest[..open].to_owned()));
                }
                let wire = &rest[open + 1..close];
                match params.iter().position(|p| p.wire_name == wire) {
                    Some(index) => {
                        used[index] = true;
                        parts.push(PathPart::Param(index));
                    }
                    None => {
                        // An undeclared path parameter: still a required string, so the route works.
                        self.warn(WarningKind::Approximated, pointer, format!("{id}: path parameter `{wire}` is not declared; it is taken as a string"));
                        params.push(Param {
                            name: field_name(wire),
                            wire_name: wire.to_owned(),
                            ty: TypeRef::Primitive(Primitive::String),
                            required: true,
                            doc: None,
                            style: ParamStyle::Form,
                            shape: QueryShape::Single,
                        });
                        used.push(true);
                        parts.push(PathPart::Param(params.len() - 1));
                    }
                }
                rest = &rest[close + 1..];
            }
            if !rest.is_empty() || parts.is_empty() {
                parts.push(PathPart::Literal(rest.to_owned()));
            }
            segments.push(PathSegment { parts });
        }
        // Declared path parameters the template does not use cannot be sent; drop them loudly.
        let mut index = 0;
        let mut remap = Vec::new();
        params.retain(|p| {
            let keep = used[index];
            if !keep {
                let message = format!("{id}: path parameter `{}` does not appear in the path; ignored", p.wire_name);
                self.warnings.push(Warning::new(WarningKind::Ignored, pointer, message));
            }
            remap.push(if keep { Some(remap.iter().flatten().count()) } else { None });
            index += 1;
            keep
        });
        for segment in &mut segments {
            for part in &mut segment.parts {
                if let PathPart::Param(i) = part {
                    *i = remap[*i].unwrap_or(*i);
                }
            }
        }
        Ok(segments)
    }

    /// Response headers are neither read by the client nor typed in the server's responses: each
    /// is reported, as a rule not enforced when its schema constrains the value.
    fn report_response_headers(&mut self, response: &openapiv3::Response, at: &str) {
        for name in response.headers.keys() {
            let pointer = format!("{at}/headers/{}", escape_token(name));
            let rules = self.spec.raw.pointer(&format!("{pointer}/schema")).map(constraint_keywords).unwrap_or_default();
            if rules.is_empty() {
                let message = format!("response header `{name}` is not read or written by the generated code");
                self.warn(WarningKind::Ignored, &pointer, message);
            } else {
                let message =
                    format!("response header `{name}` is not read or written by the generated code; its rules ({}) are not enforced", rules.join(", "));
                self.unenforced(&pointer, message);
            }
        }
    }

    /// The documented responses, and every media type the successes come in.
    fn responses(&mut self, operation: &openapiv3::Operation, pointer: &str, prefix: &str, id: &str) -> Result<(Vec<Response>, Vec<String>), Error> {
        self.report_invalid_statuses(pointer);
        let mut entries: Vec<(Status, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (code, response) in &operation.responses.responses {
            let (status, key) = match code {
                StatusCode::Code(code @ 100..=599) => (Status::Code(*code), code.to_string()),
                StatusCode::Range(range @ 1..=5) => (Status::Range(*range), format!("{range}XX")),
                // Reported by `report_invalid_statuses`.
                StatusCode::Code(_) | StatusCode::Range(_) => continue,
            };
            entries.push((status, response, key));
        }
        if let Some(default) = &operation.responses.default {
            entries.push((Status::Default, default, "default".into()));
        }
        let mut variants = Scope::default();
        let mut responses = Vec::new();
        let mut success_media: Vec<String> = Vec::new();
        for (status, response, key) in entries {
            let at = format!("{pointer}/responses/{key}");
            let (response, at): (openapiv3::Response, String) = match response {
                ReferenceOr::Item(response) => (response.clone(), at),
                ReferenceOr::Reference { reference } => (self.resolve_pointer(reference, &at)?, target_pointer(reference, at)),
            };
            self.report_response_headers(&response, &at);
            let variant = variants.claim(status_variant(status));
            let (body, media) = if response.content.is_empty() {
                (None, BodyMedia::Json)
            } else {
                // A success's other media types are offered as bytes (`{name}_with_accept`).
                let success = matches!(status, Status::Code(200..=299));
                if success {
                    for media_type in response.content.keys().map(|m| media_essence(m)).filter(|m| !m.contains('*')) {
                        if !success_media.contains(&media_type) {
                            success_media.push(media_type);
                        }
                    }
                }
                let (ty, media, _) = self.body(&response.content, &at, &format!("{prefix}{variant}Body"), &format!("{id}.{key}"), success)?;
                // A binary string is the body's bytes, whatever media type the spec declares
                // (authentik's flow export says `application/json` and sends a YAML file).
                let binary = matches!(self.unalias_lowered(&ty), TypeRef::Primitive(Primitive::Binary));
                match media {
                    BodyMedia::Json if binary => {
                        let content_type = preferred_media(&response.content).map(|(m, ..)| m.to_owned()).unwrap_or_default();
                        (Some(TypeRef::Primitive(Primitive::Binary)), BodyMedia::Binary { content_type })
                    }
                    media => (Some(ty), media),
                }
            };
            responses.push(Response { status, variant, body, media, doc: doc_text(None, Some(&response.description)) });
        }
        responses.sort_by_key(|r| r.status);
        Ok((responses, success_media))
    }

    /// Response keys that are not HTTP statuses (`99`, `600`, `1000`, `6XX`, `ok`): `openapiv3`
    /// skips some and keeps others; either way no variant is generated, and the spec is told so.
    fn report_invalid_statuses(&mut self, pointer: &str) {
        let Some(Value::Object(responses)) = self.spec.raw.pointer(&format!("{pointer}/responses")) else { return };
        let invalid: Vec<String> = responses.keys().filter(|key| !is_status_key(key)).cloned().collect();
        for key in invalid {
            let message = format!("response `{key}` is not an HTTP status (100 to 599, 1XX to 5XX, or `default`); it is left out");
            self.warn(WarningKind::Ignored, &format!("{pointer}/responses/{}", escape_token(&key)), message);
        }
    }

    fn security(&mut self, operation: &openapiv3::Operation, pointer: &str, id: &str) -> Result<(Vec<AuthScheme>, bool), Error> {
        let requirements = operation.security.as_ref().or(self.doc.security.as_ref());
        let Some(requirements) = requirements else { return Ok((Vec::new(), false)) };
        let schemes = self.doc.components.as_ref().map(|c| &c.security_schemes);
        let mut auth = Vec::new();
        let mut required = !requirements.is_empty();
        for requirement in requirements {
            if requirement.is_empty() {
                required = false;
            }
            for scheme_name in requirement.keys() {
                let Some(scheme) = schemes.and_then(|s| s.get(scheme_name)) else {
                    self.warn(WarningKind::Ignored, pointer, format!("{id}: security scheme `{scheme_name}` is not defined; ignored"));
                    continue;
                };
                let scheme = match scheme {
                    ReferenceOr::Item(scheme) => scheme.clone(),
                    ReferenceOr::Reference { reference } => self.resolve_pointer(reference, pointer)?,
                };
                let lowered = match scheme {
                    SecurityScheme::HTTP { scheme, .. } if scheme.to_ascii_lowercase().starts_with("bearer") => AuthScheme::Bearer,
                    SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => AuthScheme::Basic,
                    SecurityScheme::HTTP { scheme, .. } => {
                        self.warn(WarningKind::Ignored, pointer, format!("{id}: HTTP auth scheme `{scheme}` is not supported; requests are not authenticated"));
                        continue;
                    }
                    SecurityScheme::APIKey { location, name, .. } => AuthScheme::ApiKey {
                        location: match location {
                            openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                            openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                            openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                        },
                        name,
                    },
                    SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => AuthScheme::Bearer,
                };
                if !auth.contains(&lowered) {
                    auth.push(lowered);
                }
            }
        }
        if auth.is_empty() {
            required = false;
        }
        Ok((auth, required))
    }
}

/// What a successful call returns: nothing, the one body every success shares, or an enum.
fn success_of(responses: &[Response], type_prefix: &str) -> Success {
    let bodies: Vec<Option<&TypeRef>> = responses.iter().filter(|r| r.is_success()).map(|r| r.body.as_ref()).collect();
    match bodies.as_slice() {
        [] => Success::Nothing,
        [None, rest @ ..] if rest.iter().all(Option::is_none) => Success::Nothing,
        [Some(first), rest @ ..] if rest.iter().all(|b| *b == Some(*first)) => Success::One((*first).clone()),
        _ => Success::Several { type_name: format!("{type_prefix}Success") },
    }
}

/// Where a resolved local `$ref` points, so warnings about what is written there name that place
/// (and the schema found there is checked against its own keywords); `at` for any other reference.
fn target_pointer(reference: &str, at: String) -> String {
    reference.strip_prefix('#').map(percent_decode).unwrap_or(at)
}

/// A key of a Responses object that names statuses: a code from 100 to 599, a range `1XX` to
/// `5XX` (any case), `default`, or an extension.
fn is_status_key(key: &str) -> bool {
    if key == "default" || key.starts_with("x-") {
        return true;
    }
    match key.as_bytes() {
        [b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => true,
        [b'1'..=b'5', second, third] => second.is_ascii_digit() && third.is_ascii_digit(),
        _ => false,
    }
}

/// A media type without its parameters, lowercased.
fn media_essence(media: &str) -> String {
    media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// The media types of `content` that decode into the one generated type: those encoded the way
/// `preferred` is (every JSON type for a JSON body, every text type for a text body, ...), and
/// `application/x-www-form-urlencoded` beside JSON when the body is an object.
fn accepted_media(content: &IndexMap<String, openapiv3::MediaType>, preferred: &BodyMedia, is_struct: bool) -> Vec<AcceptedMedia> {
    let same_encoding = |media: &BodyMedia| {
        std::mem::discriminant(media) == std::mem::discriminant(preferred)
            || (is_struct && *preferred == BodyMedia::Json && *media == BodyMedia::Form)
    };
    let mut accepted: Vec<AcceptedMedia> = Vec::new();
    for key in content.keys() {
        let media = media_type(key).0;
        let media_type = media_essence(key);
        if same_encoding(&media) && !accepted.iter().any(|a| a.media_type == media_type) {
            accepted.push(AcceptedMedia { media_type, media });
        }
    }
    if accepted.is_empty() {
        // A form or multipart body that is not an object travels as bytes of its media type.
        accepted.push(AcceptedMedia { media_type: preferred.content_type().to_owned(), media: preferred.clone() });
    }
    accepted
}
