//! APIs shaped like the real specs whose crates compiled with rustc warnings (found by
//! `tests/whole-corpus.sh`, which counts them): `aliases-only` (schemas that are all aliases,
//! responses that are all without a body) and `uploads-only` (bodies that are all multipart,
//! parts that are all optional, an enum value listed twice). Both are workspace members, so
//! `cargo clippy --workspace -- -D warnings` reads them; here they serve their own clients.

async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await.expect("serve") });
    format!("http://{addr}")
}

mod labels {
    use aliases_only::models::DeleteLabelParams;
    use aliases_only::server::*;

    pub struct Labels;

    impl Api for Labels {
        async fn delete_label(self: std::sync::Arc<Self>, id: String, params: DeleteLabelParams, _request: axum::http::request::Parts) -> DeleteLabelResponse {
            match (id.as_str(), params.force) {
                ("kept", _) => DeleteLabelResponse::Default { status: 409 },
                (_, Some(true)) => DeleteLabelResponse::NoContent,
                _ => DeleteLabelResponse::Accepted,
            }
        }
    }
}

#[tokio::test]
async fn responses_without_bodies_default_included() {
    use aliases_only::client::{Client, DeleteLabelError, Error};
    use aliases_only::models::DeleteLabelParams;
    let api = Client::new(serve(aliases_only::server::router(labels::Labels)).await);
    // The path parameter's type is `Label`, an alias of `String`: the client borrows it as `&str`.
    api.delete_label("a", &DeleteLabelParams { force: Some(true) }).await.expect("204");
    api.delete_label("a", &DeleteLabelParams::default()).await.expect("202");
    match api.delete_label("kept", &DeleteLabelParams::default()).await {
        Err(Error::Api(DeleteLabelError::Default { status: 409 }, _)) => {}
        other => panic!("expected the documented default, got {other:?}"),
    }
}

mod uploads {
    use uploads_only::models::*;
    use uploads_only::server::*;

    pub struct Uploads;

    impl Api for Uploads {
        async fn upload(self: std::sync::Arc<Self>, body: UploadBody, _request: axum::http::request::Parts) -> UploadResponse {
            let bytes = body.file.map_or(0, |file| file.len() as i64);
            UploadResponse::Created(UploadCreatedBody { bytes, kind: body.kind.map(|kind| kind.as_str().to_owned()) })
        }
    }
}

#[tokio::test]
async fn multipart_only_with_optional_parts() {
    use uploads_only::client::Client;
    use uploads_only::models::*;
    // `[png, png, jpeg]` allows two values: two variants.
    assert_eq!(UploadBodyKind::ALL, [UploadBodyKind::Png, UploadBodyKind::Jpeg]);
    let base = serve(uploads_only::server::router(uploads::Uploads)).await;
    let api = Client::new(&base);
    let stored = api.upload(&UploadBody { file: Some(vec![1, 2, 3]), kind: Some(UploadBodyKind::Png) }).await.expect("upload");
    assert_eq!(stored, UploadCreatedBody { bytes: 3, kind: Some("png".into()) });
    // Every part may be left out.
    assert_eq!(api.upload(&UploadBody::default()).await.expect("empty upload"), UploadCreatedBody { bytes: 0, kind: None });
    // A form of the closing delimiter alone is no parts too; a broken one is refused.
    let send = |body: &'static str| {
        let request = reqwest::Client::new().post(format!("{base}/uploads")).header("content-type", "multipart/form-data; boundary=\"xyz\"").body(body);
        async move { request.send().await.expect("send").status().as_u16() }
    };
    assert_eq!(send("--xyz--\r\n").await, 201);
    assert_eq!(send("--xyz\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\npng").await, 400);
}
