//! Request and response bodies beyond JSON, client to server over loopback: multipart uploads,
//! urlencoded forms, text and raw bytes; array query parameters, header parameters, `default`
//! responses; and servers refusing unknown enum values even where models keep them.

use std::sync::{Arc, Mutex};

use constructs::client::{self, Client};
use constructs::models::*;
use constructs::server::*;

/// Blobs stored by name; `None` when sent without a body.
type Blobs = Vec<(String, Option<Vec<u8>>)>;

#[derive(Clone, Default)]
struct Pets {
    photos: Arc<Mutex<Vec<(i64, PhotoUpload)>>>,
    notes: Arc<Mutex<Vec<(i64, String)>>>,
    blobs: Arc<Mutex<Blobs>>,
    last_list: Arc<Mutex<Option<ListPetsParams>>>,
    /// The cursor of each page of events asked for.
    event_pages: Arc<Mutex<Vec<Option<String>>>>,
}

impl Api for Pets {
    /// The token itself names the caller here.
    type Principal = String;

    async fn check_bearer_token(&self, token: &str) -> Option<String> {
        (token != "bad").then(|| token.to_owned())
    }

    async fn list_pets(self: std::sync::Arc<Self>, params: ListPetsParams, _request: axum::http::request::Parts) -> ListPetsResponse {
        *self.last_list.lock().expect("lock") = Some(params);
        ListPetsResponse::Ok(Vec::new())
    }

    async fn create_pet(self: std::sync::Arc<Self>, body: Pet, _request: axum::http::request::Parts) -> CreatePetResponse {
        if body.name.as_str() == "Taken" {
            let problem = Problem { title: "name taken".into(), status: Some(422), additional_properties: Default::default() };
            return CreatePetResponse::UnprocessableEntity(problem);
        }
        CreatePetResponse::Created(body)
    }

    async fn download_photo(self: std::sync::Arc<Self>, id: i64, _request: axum::http::request::Parts) -> DownloadPhotoResponse {
        let photos = self.photos.lock().expect("lock");
        match photos.iter().find(|(pet, _)| *pet == id) {
            Some((_, upload)) => DownloadPhotoResponse::Ok(upload.file.clone()),
            None => DownloadPhotoResponse::NotFound,
        }
    }

    async fn upload_photo(self: std::sync::Arc<Self>, id: i64, body: PhotoUpload, _request: axum::http::request::Parts) -> UploadPhotoResponse {
        let info = PhotoInfo {
            bytes: body.file.len() as i64,
            caption: body.caption.as_ref().map(|c| c.as_str().to_owned()),
            kind: body.kind,
            source: body.meta.as_ref().and_then(|m| m.source.clone()),
        };
        self.photos.lock().expect("lock").push((id, body));
        UploadPhotoResponse::Ok(info)
    }

    /// Answers with the caller in place of the caption.
    async fn upload_signed_photo(
        self: std::sync::Arc<Self>,
        id: i64,
        body: PhotoUpload,
        caller: String,
        _request: axum::http::request::Parts,
    ) -> UploadSignedPhotoResponse {
        let info = PhotoInfo { bytes: body.file.len() as i64, caption: Some(caller), kind: body.kind, source: None };
        self.photos.lock().expect("lock").push((id, body));
        UploadSignedPhotoResponse::Ok(info)
    }

    /// `203` with a photo's info for any id but 0, which is `404` with a problem.
    async fn get_ranged(self: std::sync::Arc<Self>, id: i64, _request: axum::http::request::Parts) -> GetRangedResponse {
        if id == 0 {
            let body = Problem { title: "no such id".into(), status: Some(404), additional_properties: Default::default() };
            return GetRangedResponse::Status4xx { status: 404, body };
        }
        GetRangedResponse::Status2xx { status: 203, body: PhotoInfo { bytes: id, caption: None, kind: None, source: None } }
    }

    /// `201` with JSON for odd ids, `202` with text for even ones.
    async fn put_ranged(self: std::sync::Arc<Self>, id: i64, _request: axum::http::request::Parts) -> PutRangedResponse {
        if id % 2 == 1 {
            return PutRangedResponse::Created(PhotoInfo { bytes: id, caption: None, kind: None, source: None });
        }
        PutRangedResponse::Status2xx { status: 202, body: format!("accepted {id}") }
    }

    /// The id is the status answered, in whichever range it falls.
    async fn delete_ranged(self: std::sync::Arc<Self>, id: i64, _request: axum::http::request::Parts) -> DeleteRangedResponse {
        let status = u16::try_from(id).unwrap_or(0);
        if status / 100 == 4 { DeleteRangedResponse::Status4xx { status } } else { DeleteRangedResponse::Status2xx { status } }
    }

    async fn get_pets_by_id_notes(self: std::sync::Arc<Self>, id: i64, _request: axum::http::request::Parts) -> GetPetsByIdNotesResponse {
        let notes = self.notes.lock().expect("lock");
        let text = notes.iter().filter(|(pet, _)| *pet == id).map(|(_, n)| n.as_str()).collect::<Vec<_>>().join("\n");
        GetPetsByIdNotesResponse::Ok(text)
    }

    async fn put_pets_by_id_notes(self: std::sync::Arc<Self>, id: i64, body: String, _request: axum::http::request::Parts) -> PutPetsByIdNotesResponse {
        self.notes.lock().expect("lock").push((id, body));
        PutPetsByIdNotesResponse::NoContent
    }

    async fn log_in(self: std::sync::Arc<Self>, body: LogInBody, _request: axum::http::request::Parts) -> LogInResponse {
        if body.password.as_str() == "correct-horse" {
            LogInResponse::Ok(LogInOkBody { token: Some(format!("token-for-{}", body.username.as_str())) })
        } else {
            let problem = Problem { title: "wrong password".into(), status: Some(401), additional_properties: Default::default() };
            LogInResponse::Default { status: 401, body: problem }
        }
    }

    async fn export_pet(self: std::sync::Arc<Self>, id: i64, format: ExportPetFormat, params: ExportPetParams, _request: axum::http::request::Parts) -> ExportPetResponse {
        ExportPetResponse::Ok(format!("pet {id} as {format} with {}", params.fields.join("+")))
    }

    /// Eight events, `limit` (3 by default) a page; the cursor is the index of the page's first.
    async fn list_events(self: std::sync::Arc<Self>, params: ListEventsParams, _request: axum::http::request::Parts) -> ListEventsResponse {
        self.event_pages.lock().expect("lock").push(params.cursor.clone());
        let start: usize = params.cursor.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let limit = params.limit.unwrap_or(3).max(1) as usize;
        let items: Vec<String> = (start..8).take(limit).map(|i| format!("event-{i}")).collect();
        let next_cursor = (start + limit < 8).then(|| (start + limit).to_string());
        ListEventsResponse::Ok(ListEventsOkBody { items, next_cursor })
    }

    async fn flows_instances_export_retrieve(self: std::sync::Arc<Self>, slug: String, _request: axum::http::request::Parts) -> FlowsInstancesExportRetrieveResponse {
        FlowsInstancesExportRetrieveResponse::Ok(format!("version: 1\nmetadata:\n  name: {slug}\n").into_bytes())
    }

    async fn put_blobs_by_name(self: std::sync::Arc<Self>, name: String, body: Option<Vec<u8>>, _request: axum::http::request::Parts) -> PutBlobsByNameResponse {
        self.blobs.lock().expect("lock").push((name, body));
        PutBlobsByNameResponse::NoContent
    }

    /// Answers with the body as decoded and the `Content-Type` it came in (from the request head).
    async fn tag_pet(self: std::sync::Arc<Self>, _id: i64, body: Tagging, caller: Option<String>, request: axum::http::request::Parts) -> TagPetResponse {
        let content_type = request.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
        TagPetResponse::Ok(Tagged { tagging: body, content_type: content_type.to_owned(), caller })
    }
}

async fn serve<A: Api>(api: A) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(api)).await.expect("serve") });
    format!("http://{addr}")
}

#[tokio::test]
async fn multipart_upload_and_binary_download() {
    let pets = Pets::default();
    let api = Client::new(serve(pets.clone()).await);
    let png = vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255];
    let upload = PhotoUpload {
        file: png.clone(),
        caption: Some(PhotoUploadCaption::new("at the beach").expect("short enough")),
        kind: Some(PetKind::Dog),
        meta: Some(PhotoUploadMeta { source: Some("phone".into()) }),
    };
    let info = api.upload_photo(&7, &upload).await.expect("upload");
    assert_eq!(info, PhotoInfo { bytes: 8, caption: Some("at the beach".into()), kind: Some(PetKind::Dog), source: Some("phone".into()) });
    assert_eq!(pets.photos.lock().expect("lock")[0].1, upload, "every part arrives intact");

    assert_eq!(api.download_photo(&7).await.expect("download"), png);
    match api.download_photo(&8).await {
        Err(client::Error::Api(client::DownloadPhotoError::NotFound, _)) => {}
        other => panic!("expected the documented body-less 404, got {other:?}"),
    }
}

#[tokio::test]
async fn multipart_parts_are_validated() {
    let base = serve(Pets::default()).await;
    let http = reqwest::Client::new();
    let send = |form: reqwest::multipart::Form| {
        let http = http.clone();
        let url = format!("{base}/pets/1/photo");
        async move {
            let response = http.put(url).multipart(form).send().await.expect("send");
            let status = response.status().as_u16();
            (status, String::from_utf8_lossy(&response.bytes().await.expect("body")).into_owned())
        }
    };
    let (status, body) = send(reqwest::multipart::Form::new().text("caption", "no file")).await;
    assert_eq!(status, 400);
    assert!(body.contains("file") && body.contains("required"), "{body}");
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(vec![1]))
        .text("caption", "a caption that is far too long");
    let (status, body) = send(form).await;
    assert_eq!(status, 400);
    assert!(body.contains("caption") && body.contains("maxLength"), "{body}");
    let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(vec![1])).text("kind", "fish");
    let (status, body) = send(form).await;
    assert_eq!(status, 400);
    assert!(body.contains("kind"), "{body}");
}

#[tokio::test]
async fn multipart_bodies_from_callers_with_credentials() {
    let pets = Pets::default();
    let base = serve(pets.clone()).await;
    let upload = PhotoUpload { file: vec![1, 2, 3], caption: None, kind: Some(PetKind::Cat), meta: None };
    let info = Client::new(&base).with_bearer_token("jane").upload_signed_photo(&3, &upload).await.expect("upload");
    assert_eq!(info, PhotoInfo { bytes: 3, caption: Some("jane".into()), kind: Some(PetKind::Cat), source: None });
    assert_eq!(pets.photos.lock().expect("lock").as_slice(), [(3, upload)]);

    let http = reqwest::Client::new();
    let send = |authorization: Option<&str>, form: reqwest::multipart::Form| {
        let mut request = http.put(format!("{base}/pets/3/photo/signed")).multipart(form);
        if let Some(authorization) = authorization {
            request = request.header("authorization", authorization);
        }
        async move {
            let response = request.send().await.expect("send");
            let status = response.status().as_u16();
            (status, String::from_utf8_lossy(&response.bytes().await.expect("body")).into_owned())
        }
    };
    let file = || reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(vec![9]));
    for authorization in [None, Some("Bearer bad")] {
        let (status, body) = send(authorization, file()).await;
        assert_eq!(status, 401, "{authorization:?}: {body}");
        assert!(body.contains(r#""location":"auth""#), "{body}");
    }
    // Credentials come before the body: a body over the limit without them is refused for the
    // credentials (401), not for its size (413).
    let large = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(vec![0; 2 << 20]));
    assert_eq!(send(None, large).await.0, 401);
    let large = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(vec![0; 2 << 20]));
    assert_eq!(send(Some("Bearer jane"), large).await.0, 413);
    // With them, the parts are validated as for any caller.
    let (status, body) = send(Some("Bearer jane"), reqwest::multipart::Form::new().text("caption", "no file")).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("file") && body.contains("required"), "{body}");
    assert_eq!(pets.photos.lock().expect("lock").len(), 1, "nothing refused was stored");
}

#[tokio::test]
async fn a_2xx_range_is_a_success() {
    let api = Client::new(serve(Pets::default()).await);
    // `2XX` alone: the body is the call's result, whichever status in the range came.
    assert_eq!(api.get_ranged(&5).await.expect("203 is in 2XX"), PhotoInfo { bytes: 5, caption: None, kind: None, source: None });
    let answered = api.get_ranged_with_response(&5).await.expect("203");
    assert_eq!(answered.status(), 203);
    match api.get_ranged(&0).await {
        Err(client::Error::Api(client::GetRangedError::Status4xx { status: 404, body }, _)) => assert_eq!(body.title, "no such id"),
        other => panic!("expected the documented 4XX, got {other:?}"),
    }
    // `201` beside `2XX` with another body: a success enum, the range's variant with its status.
    let info = PhotoInfo { bytes: 1, caption: None, kind: None, source: None };
    assert_eq!(api.put_ranged(&1).await.expect("201"), client::PutRangedSuccess::Created(info));
    assert_eq!(api.put_ranged(&2).await.expect("202"), client::PutRangedSuccess::Status2xx { status: 202, body: "accepted 2".into() });
}

/// A handler that picks a status its variant does not cover (outside the range, or one the
/// operation documents apart with another body) gets a 500 naming it, never that status under the
/// variant's body.
#[tokio::test]
async fn a_status_its_response_does_not_cover_is_a_server_error() {
    use axum::response::IntoResponse;
    let info = PhotoInfo { bytes: 1, caption: None, kind: None, source: None };
    let problem = || Problem { title: "x".into(), status: None, additional_properties: Default::default() };
    let cases = [
        (GetRangedResponse::Status2xx { status: 404, body: info.clone() }.into_response(), "404", "2XX"),
        (GetRangedResponse::Status2xx { status: 199, body: info.clone() }.into_response(), "199", "2XX"),
        (GetRangedResponse::Status4xx { status: 200, body: problem() }.into_response(), "200", "4XX"),
        (PutRangedResponse::Status2xx { status: 1000, body: "text".into() }.into_response(), "1000", "2XX"),
        // `201` has a JSON body of its own: text under it would not decode.
        (PutRangedResponse::Status2xx { status: 201, body: "text".into() }.into_response(), "201", "2XX"),
        (DeleteRangedResponse::Status2xx { status: 500 }.into_response(), "500", "2XX"),
        // `default` covers any status but `200`, which `log_in` documents with another body.
        (LogInResponse::Default { status: 200, body: problem() }.into_response(), "200", "default"),
        (LogInResponse::Default { status: 42, body: problem() }.into_response(), "42", "default"),
    ];
    for (response, status, documented) in cases {
        assert_eq!(response.status(), 500, "{status} under {documented}");
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.expect("body");
        let text = String::from_utf8(body.to_vec()).expect("utf-8");
        assert_eq!(text, format!("the implementation answered {status} for the response documented as {documented}, which does not cover it"));
    }
    // Over loopback, without bodies: inside either range, the caller sees the status picked.
    let api = Client::new(serve(Pets::default()).await);
    assert_eq!(api.delete_ranged(&204).await.expect("204 is in 2XX"), ());
    match api.delete_ranged(&409).await {
        Err(client::Error::Api(client::DeleteRangedError::Status4xx { status: 409 }, _)) => {}
        other => panic!("expected the documented 4XX, got {other:?}"),
    }
    // Inside what the response covers, the status is sent as picked.
    assert_eq!(GetRangedResponse::Status2xx { status: 299, body: info }.into_response().status(), 299);
    assert_eq!(PutRangedResponse::Status2xx { status: 202, body: "ok".into() }.into_response().status(), 202);
    assert_eq!(LogInResponse::Default { status: 401, body: problem() }.into_response().status(), 401);
}

#[tokio::test]
async fn urlencoded_form_and_default_response() {
    let api = Client::new(serve(Pets::default()).await);
    let login = LogInBody {
        username: LogInBodyUsername::new("jane.doe").expect("valid"),
        password: LogInBodyPassword::new("correct-horse").expect("valid"),
        remember: Some(true),
    };
    let ok = api.log_in(&login).await.expect("log in");
    assert_eq!(ok.token.as_deref(), Some("token-for-jane.doe"));
    let wrong = LogInBody { password: LogInBodyPassword::new("incorrect").expect("valid"), ..login };
    match api.log_in(&wrong).await {
        Err(client::Error::Api(client::LogInError::Default { status, body }, _)) => {
            assert_eq!(status, 401);
            assert_eq!(body.title, "wrong password");
        }
        other => panic!("expected the `default` response, got {other:?}"),
    }
}

#[tokio::test]
async fn urlencoded_fields_are_validated() {
    let base = serve(Pets::default()).await;
    let response = reqwest::Client::new()
        .post(format!("{base}/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("username=j%C3%A4ne&password=correct-horse")
        .send()
        .await
        .expect("send");
    assert_eq!(response.status().as_u16(), 400);
    let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
    assert_eq!(body["name"], "username", "{body}");
    assert!(body["detail"].as_str().expect("detail").contains("pattern"), "{body}");
}

#[tokio::test]
async fn text_and_raw_bytes_bodies() {
    let pets = Pets::default();
    let api = Client::new(serve(pets.clone()).await);
    api.put_pets_by_id_notes(&3, "likes walks").await.expect("put notes");
    api.put_pets_by_id_notes(&3, "hates baths ✓").await.expect("put notes");
    assert_eq!(api.get_pets_by_id_notes(&3).await.expect("get notes"), "likes walks\nhates baths ✓");

    api.put_blobs_by_name("a b/c", Some(&[0, 159, 255])).await.expect("put blob");
    api.put_blobs_by_name("empty", None).await.expect("put without a body");
    let blobs = pets.blobs.lock().expect("lock").clone();
    assert_eq!(blobs, vec![("a b/c".to_owned(), Some(vec![0, 159, 255])), ("empty".to_owned(), None)]);
}

/// The cursor form of pagination: `next_cursor` leads to the next page, its absence ends the stream.
#[tokio::test]
async fn stream_follows_cursors_to_the_last_page() {
    use futures::StreamExt;
    let pets = Pets::default();
    let api = Client::new(serve(pets.clone()).await);
    let events: Vec<String> = api.list_events_stream(ListEventsParams::default()).map(|e| e.expect("page")).collect().await;
    assert_eq!(events, (0..8).map(|i| format!("event-{i}")).collect::<Vec<_>>());
    let pages = pets.event_pages.lock().expect("lock").clone();
    assert_eq!(pages, vec![None, Some("3".to_owned()), Some("6".to_owned())]);
}

/// authentik's flow export declares `application/json` with a binary string and sends YAML: the
/// client returns the bytes, not a JSON decoding error.
#[tokio::test]
async fn binary_response_declared_as_json_is_raw_bytes() {
    let api = Client::new(serve(Pets::default()).await);
    let bytes: Vec<u8> = api.flows_instances_export_retrieve("default-authentication-flow").await.expect("export");
    assert_eq!(String::from_utf8(bytes).expect("utf-8"), "version: 1\nmetadata:\n  name: default-authentication-flow\n");
}

#[tokio::test]
async fn array_query_and_header_parameters() {
    let pets = Pets::default();
    let api = Client::new(serve(pets.clone()).await);
    let params = ListPetsParams {
        kind: Some(PetKind::Bird),
        tags: Some(vec!["small".into(), "loud, proud".into()]),
        limit: Some(ListPetsLimit::new(10).expect("valid")),
        ids: Some(ListPetsIds::new(vec![3, 1, 2]).expect("three ids")),
        sizes: Some(ListPetsSizes::new(vec![ListPetsSizesItem::S, ListPetsSizesItem::L]).expect("two sizes")),
        x_request_id: Some("req-42".into()),
        near: Some(std::net::Ipv4Addr::new(192, 0, 2, 7)),
        near6: Some("2001:db8::7".parse().expect("ipv6")),
    };
    api.list_pets(&params).await.expect("list");
    assert_eq!(pets.last_list.lock().expect("lock").as_ref(), Some(&params));

    let base = api.base_url().to_owned();
    let response = reqwest::Client::new().get(format!("{base}/pets?limit=500")).send().await.expect("send");
    assert_eq!(response.status().as_u16(), 400, "query parameters are validated against their schema");
    let response = reqwest::Client::new().get(format!("{base}/pets?ids=1&ids=2&ids=3&ids=4")).send().await.expect("send");
    assert_eq!(response.status().as_u16(), 400, "repeated parameters are checked as a list");
    let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
    assert!(body["detail"].as_str().expect("detail").contains("maxItems"), "{body}");
    let response = reqwest::Client::new().get(format!("{base}/pets?near=300.1.2.3")).send().await.expect("send");
    assert_eq!(response.status().as_u16(), 400, "an ipv4 parameter must be an IPv4 address");
}

#[tokio::test]
async fn documented_error_bodies_come_back_typed() {
    let api = Client::new(serve(Pets::default()).await);
    let pet = Pet {
        id: 1,
        name: PetName::new("Taken").expect("valid"),
        kind: PetKind::Cat,
        tag: None,
        nickname: Some(None),
        weight: None,
        age: None,
        size: None,
        born: None,
        seen_at: None,
        uid: None,
        friends: None,
        mentor: None,
        address: None,
        address6: None,
        email: None,
        homepage: None,
        avatar: None,
        password: None,
        legacy_code: None,
        status: None,
        tags: None,
        matrix: None,
        labels: None,
        attributes: None,
        extra: None,
        owner: None,
    };
    match api.create_pet(&pet).await {
        Err(client::Error::Api(client::CreatePetError::UnprocessableEntity(problem), _)) => assert_eq!(problem.title, "name taken"),
        other => panic!("expected 422, got {other:?}"),
    }
    let ok = Pet { name: PetName::new("Tom").expect("valid"), ..pet };
    let created = api.create_pet(&ok).await.expect("create");
    assert_eq!(created.nickname, Some(None), "an explicit null survives the round trip");
}

#[tokio::test]
async fn servers_refuse_unknown_enum_values_even_with_open_enums() {
    use authentik_stages_source_open::models::*;
    use authentik_stages_source_open::server::{self as open, Api as OpenApi};

    struct Accepting;
    impl OpenApi for Accepting {
        type Principal = ();

        async fn check_bearer_token(&self, _: &str) -> Option<()> {
            Some(())
        }
        async fn stages_source_list(self: std::sync::Arc<Self>, _: StagesSourceListParams, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceListResponse {
            unreachable!()
        }
        async fn stages_source_create(self: std::sync::Arc<Self>, body: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceCreateResponse {
            panic!("an unknown designation must not reach the implementation: {body:?}")
        }
        async fn stages_source_retrieve(self: std::sync::Arc<Self>, _: uuid::Uuid, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceRetrieveResponse {
            unreachable!()
        }
        async fn stages_source_update(self: std::sync::Arc<Self>, _: uuid::Uuid, _: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceUpdateResponse {
            unreachable!()
        }
        async fn stages_source_partial_update(
            self: std::sync::Arc<Self>,
            _: uuid::Uuid,
            _: Option<PatchedSourceStageRequest>,
            _principal: (),
            _request: axum::http::request::Parts,
        ) -> open::StagesSourcePartialUpdateResponse {
            unreachable!()
        }
        async fn stages_source_destroy(self: std::sync::Arc<Self>, _: uuid::Uuid, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceDestroyResponse {
            unreachable!()
        }
        async fn stages_source_used_by_list(self: std::sync::Arc<Self>, _: uuid::Uuid, _principal: (), _request: axum::http::request::Parts) -> open::StagesSourceUsedByListResponse {
            unreachable!()
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, open::router(Accepting)).await.expect("serve") });
    let body = serde_json::json!({
        "name": "x", "source": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "flow_set": [{"name": "n", "slug": "s", "title": "t", "designation": "teleportation"}]
    });
    let response = reqwest::Client::new()
        .post(format!("http://{addr}/stages/source/"))
        .header("authorization", "Bearer any")
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("send");
    assert_eq!(response.status().as_u16(), 400);
    let answer: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
    assert_eq!(answer["name"], "flow_set[0].designation", "{answer}");
    // Outside a server's request parsing, the same value is kept.
    assert!(matches!("teleportation".parse::<FlowDesignationEnum>(), Ok(FlowDesignationEnum::Unknown(_))));
}

#[tokio::test]
async fn segments_mixing_parameters_and_text_route_and_parse() {
    let api = Client::new(serve(Pets::default()).await);
    let fields = ExportPetParams { fields: vec!["name".into(), "kind".into()] };
    assert_eq!(api.export_pet(&12, &ExportPetFormat::Xml, &fields).await.expect("export"), "pet 12 as xml with name+kind");
    let base = api.base_url().to_owned();
    let status = |path: &'static str| {
        let url = format!("{base}{path}");
        async move { reqwest::Client::new().get(url).send().await.expect("send").status().as_u16() }
    };
    assert_eq!(status("/pets/12.json?fields=a").await, 200);
    assert_eq!(status("/pets/12.json").await, 400, "a required list must appear");
    assert_eq!(status("/pets/12.yaml?fields=a").await, 400, "the format is validated");
    assert_eq!(status("/pets/twelve.json?fields=a").await, 400, "the id is validated");
    assert_eq!(status("/pets/12json?fields=a").await, 400, "the separator is required");
}

/// One body, several media types: the server decodes by `Content-Type` and refuses the others
/// with 415 naming those it accepts.
#[tokio::test]
async fn the_content_type_picks_the_decoder() {
    let base = serve(Pets::default()).await;
    let http = reqwest::Client::new();
    let post = |content_type: &'static str, body: &'static str| {
        let request = http.post(format!("{base}/pets/7/tags")).header("content-type", content_type).body(body);
        async move {
            let response = request.send().await.expect("send");
            let status = response.status().as_u16();
            let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
            (status, body)
        }
    };

    let (status, body) = post("application/json", r#"{"tag": "good", "color": null}"#).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["tagging"], serde_json::json!({"tag": "good", "color": null}));

    let (status, body) = post("application/x-www-form-urlencoded", "tag=good&color=brown&note=n").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["tagging"], serde_json::json!({"tag": "good", "color": "brown", "note": "n"}));
    assert_eq!(body["content_type"], "application/x-www-form-urlencoded");

    let (status, body) = post("Application/VND.pets+JSON; charset=utf-8", r#"{"tag": "t", "color": "red"}"#).await;
    assert_eq!(status, 200, "media types match without regard to case: {body}");

    let (status, body) = post("text/plain", r#"{"tag": "good", "color": null}"#).await;
    assert_eq!(status, 415, "{body}");
    assert_eq!(body["location"], "header");
    assert_eq!(body["name"], "content-type");
    assert_eq!(
        body["accepted"],
        serde_json::json!(["application/json", "application/x-www-form-urlencoded", "application/vnd.pets+json"])
    );

    // Form text is not JSON: the form decoder is the one that runs, and names the field.
    let (status, body) = post("application/x-www-form-urlencoded", "tag=&color=x").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["name"], "tag", "{body}");
}

/// Optional non-nullable fields refuse `null`; required nullable fields must be present.
#[tokio::test]
async fn null_and_absence_follow_the_schema() {
    let base = serve(Pets::default()).await;
    let http = reqwest::Client::new();
    for (json, field) in [(r#"{"tag": "t", "color": null, "note": null}"#, "note"), (r#"{"tag": "t"}"#, "")] {
        let response = http
            .post(format!("{base}/pets/7/tags"))
            .header("content-type", "application/json")
            .body(json)
            .send()
            .await
            .expect("send");
        assert_eq!(response.status().as_u16(), 400, "{json}");
        let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
        assert_eq!(body["name"], field, "{body}");
        assert_eq!(body["location"], "body", "{body}");
        if field.is_empty() {
            assert!(body["detail"].as_str().expect("detail").contains("missing field `color`"), "{body}");
        }
    }
    // The same rules hold for the client's decoding: the models are shared.
    assert!(serde_json::from_str::<Tagging>(r#"{"tag": "t", "color": "c", "note": null}"#).is_err());
    assert!(serde_json::from_str::<Tagging>(r#"{"tag": "t"}"#).is_err());
    let read: Tagging = serde_json::from_str(r#"{"tag": "t", "color": null}"#).expect("null is allowed for color");
    assert_eq!(read.color, None);
    assert_eq!(serde_json::to_string(&read).expect("json"), r#"{"tag":"t","color":null}"#);
}

/// An operation that also allows anonymous calls: no credentials, `None`; a valid token, the
/// caller; an invalid one, refused.
#[tokio::test]
async fn optional_authentication_hands_on_an_optional_principal() {
    let base = serve(Pets::default()).await;
    let http = reqwest::Client::new();
    let tag = |authorization: Option<&'static str>| {
        let mut request = http
            .post(format!("{base}/pets/1/tags"))
            .header("content-type", "application/json")
            .body(r#"{"tag": "t", "color": null}"#);
        if let Some(authorization) = authorization {
            request = request.header("authorization", authorization);
        }
        async move {
            let response = request.send().await.expect("send");
            let status = response.status().as_u16();
            let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
            (status, body)
        }
    };
    let (status, body) = tag(None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body.get("caller"), None, "{body}");
    let (status, body) = tag(Some("bearer jane")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["caller"], "jane");
    let (status, body) = tag(Some("Bearer bad")).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["location"], "auth");
}

#[tokio::test]
async fn the_caller_chooses_the_media_type_of_a_body_offered_in_several() {
    let api = Client::new(serve(Pets::default()).await);
    let tagging = Tagging { tag: TaggingTag::new("friendly").expect("valid"), note: Some("at noon".into()), color: Some("red".into()) };
    // JSON stays the default.
    let tagged = api.tag_pet(&7, &tagging).await.expect("tag");
    assert_eq!((tagged.content_type.as_str(), &tagged.tagging), ("application/json", &tagging));
    for content_type in ["application/x-www-form-urlencoded", "application/vnd.pets+json", "application/json"] {
        let tagged = api.tag_pet_with_content_type(&7, &tagging, content_type).await.expect("tag");
        assert_eq!((tagged.content_type.as_str(), &tagged.tagging), (content_type, &tagging), "sent as {content_type}");
    }
    match api.tag_pet_with_content_type(&7, &tagging, "text/plain").await {
        Err(client::Error::InvalidRequest(reason)) => assert!(reason.contains("not `text/plain`"), "{reason}"),
        other => panic!("a media type the operation does not take is refused before sending, got {other:?}"),
    }
}
