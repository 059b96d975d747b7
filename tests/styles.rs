//! Parameter styles over loopback: objects in `deepObject` and exploded `form` style, lists
//! comma-, space- and pipe-separated, cookie parameters; the generated client writes them, the
//! generated server reads them back (and refuses malformed ones with a 400 naming the key), and
//! the layouts oagen does not follow are reported, naming the parameter. Also lists paged by
//! links to the next page.

use std::sync::{Arc, Mutex};

use styles::client::Client;
use styles::models::*;
use styles::server::*;

/// What the server saw: the parsed parameters, the raw query and the `Cookie` header.
#[derive(Clone, Default)]
struct Seen {
    search: Arc<Mutex<Option<(SearchParams, String)>>>,
    pages: Arc<Mutex<Option<PagesParams>>>,
    whoami: Arc<Mutex<Option<(WhoamiParams, String)>>>,
    /// The path and query of every page asked for.
    pages_asked: Arc<Mutex<Vec<String>>>,
}

const LOGS: [&str; 5] = ["a", "b", "c", "d", "e"];

impl Api for Seen {
    async fn search(self: std::sync::Arc<Self>, params: SearchParams, request: axum::http::request::Parts) -> SearchResponse {
        let query = request.uri.query().unwrap_or_default().to_owned();
        *self.search.lock().expect("lock") = Some((params, query));
        SearchResponse::Ok(1)
    }

    async fn pages(self: std::sync::Arc<Self>, params: PagesParams, request: axum::http::request::Parts) -> PagesResponse {
        self.pages_asked.lock().expect("lock").push(request.uri.query().unwrap_or_default().to_owned());
        *self.pages.lock().expect("lock") = Some(params);
        PagesResponse::NoContent
    }

    async fn whoami(self: std::sync::Arc<Self>, params: WhoamiParams, request: axum::http::request::Parts) -> WhoamiResponse {
        let cookies: Vec<&str> = request.headers.get_all("cookie").iter().filter_map(|v| v.to_str().ok()).collect();
        let name = params.session.as_str().to_owned();
        *self.whoami.lock().expect("lock") = Some((params, cookies.join(" | ")));
        WhoamiResponse::Ok(name)
    }

    async fn list_logs(self: std::sync::Arc<Self>, params: ListLogsParams, request: axum::http::request::Parts) -> ListLogsResponse {
        self.pages_asked.lock().expect("lock").push(request.uri.to_string());
        let offset = params.offset.map_or(0, |o| usize::try_from(o.get()).unwrap_or(0));
        let limit = params.limit.map_or(2, |l| usize::try_from(l.get()).unwrap_or(2));
        let results: Vec<String> = LOGS.iter().skip(offset).take(limit).map(|s| (*s).to_owned()).collect();
        let host = request.headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or_default();
        let next = match (offset + limit < LOGS.len(), limit, offset) {
            // A link elsewhere is not followed.
            (_, 99, _) => Some("http://example.invalid/logs?offset=1".to_owned()),
            (false, _, _) => None,
            // Absolute first, then relative to the page's own URL.
            (true, _, 0) => Some(format!("http://{host}/logs?offset={}&limit={limit}", offset + limit)),
            (true, _, _) => Some(format!("?offset={}&limit={limit}", offset + limit)),
        };
        ListLogsResponse::Ok(LogPage { count: LOGS.len() as i64, next, results })
    }

    async fn feed(self: std::sync::Arc<Self>, request: axum::http::request::Parts) -> FeedResponse {
        self.pages_asked.lock().expect("lock").push(request.uri.to_string());
        let (items, next) = match request.uri.query() {
            None => (vec![1, 2], Some("/feed?page=2".to_owned())),
            Some(_) => (vec![3], None),
        };
        FeedResponse::Ok(FeedOkBody { items, links: FeedOkBodyLinks { next } })
    }

    async fn report(self: std::sync::Arc<Self>, request: axum::http::request::Parts) -> ReportResponse {
        use axum::response::IntoResponse;
        let accept = request.headers.get("accept").and_then(|v| v.to_str().ok()).unwrap_or_default();
        match accept {
            "text/csv" => ReportResponse::OutsideSpec(([("content-type", "text/csv")], "count\n5\n").into_response()),
            "application/yaml" => ReportResponse::NotFound("no YAML report yet".into()),
            _ => ReportResponse::Ok(ReportOkBody { count: 5 }),
        }
    }

    async fn thing(self: std::sync::Arc<Self>, id_or_name: ThingIdOrName, request: axum::http::request::Parts) -> ThingResponse {
        ThingResponse::Ok(format!("{id_or_name:?} from {}", request.uri.path()))
    }

    async fn odd_styles(self: std::sync::Arc<Self>, _id: i64, _params: OddStylesParams, _request: axum::http::request::Parts) -> OddStylesResponse {
        OddStylesResponse::NoContent
    }
}

async fn serve(api: Seen) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(api)).await.expect("serve") });
    format!("http://{addr}")
}

fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

/// Sends a hand-made request and returns its status and JSON body (`null` when there is none).
async fn raw(url: String, cookie: Option<&str>) -> (u16, serde_json::Value) {
    let mut request = reqwest::Client::new().get(url);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.expect("send");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("body");
    (status, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn objects_and_delimited_lists_travel_in_their_styles() {
    let seen = Seen::default();
    let api = Client::new(serve(seen.clone()).await);
    let params = SearchParams {
        filter: Some(Filter {
            name: Some(FilterName::new("Ada").expect("valid")),
            age: Some(FilterAge::new(36).expect("valid")),
            tags: Some(vec!["math".into(), "engines & looms".into()]),
            color: Some(Color::Blue),
        }),
        point: Some(SearchPoint { x: SearchPointX::new(3).expect("valid"), y: None, label: Some(None) }),
        ids: Some(vec![1, 2, 3]),
        words: Some(vec!["two".into(), "words".into()]),
        colors: Some(vec![Color::Red, Color::Green]),
        sizes: Some(SearchSizes::new(vec![4, 5]).expect("two sizes")),
        limit: Some(SearchLimit::new(10).expect("valid")),
    };
    assert_eq!(api.search(&params).await.expect("search"), 1);
    let (received, query) = seen.search.lock().expect("lock").clone().expect("the server was called");
    assert_eq!(received, params, "the server reads back what the client wrote");
    let expected: Vec<(String, String)> = [
        ("filter[name]", "Ada"),
        ("filter[age]", "36"),
        ("filter[tags]", "math"),
        ("filter[tags]", "engines & looms"),
        ("filter[color]", "blue"),
        ("x", "3"),
        ("label", ""),
        ("ids", "1,2,3"),
        ("words", "two words"),
        ("colors", "red|green"),
        ("sizes", "4,5"),
        ("limit", "10"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(pairs(&query), expected, "raw query: {query}");
}

#[tokio::test]
async fn the_server_reads_hand_written_styles_and_names_the_key_it_refuses() {
    let seen = Seen::default();
    let base = serve(seen.clone()).await;

    let (status, _) = raw(format!("{base}/search?filter[name]=x&filter[age]=3&ids=7,8&words=a%20b&colors=red|blue"), None).await;
    assert_eq!(status, 200);
    let (received, _) = seen.search.lock().expect("lock").clone().expect("called");
    let filter = received.filter.expect("filter read from its deepObject keys");
    assert_eq!(filter.name.as_ref().map(|n| n.as_str()), Some("x"));
    assert_eq!(filter.age.map(|a| a.get()), Some(3));
    assert_eq!(filter.tags, None);
    assert_eq!(received.ids, Some(vec![7, 8]));
    assert_eq!(received.words, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(received.colors, Some(vec![Color::Red, Color::Blue]));
    assert_eq!(received.point, None, "no key of the exploded object: absent");

    for (query, name, needle) in [
        ("filter[age]=-1", "filter[age]", "minimum"),
        ("filter[color]=mauve", "filter[color]", "mauve"),
        ("y=2", "x", "required"),
        ("ids=1,two", "ids", "two"),
        ("sizes=1,2,3,4", "sizes", "maxItems"),
        ("colors=red|mauve", "colors", "mauve"),
    ] {
        let (status, body) = raw(format!("{base}/search?{query}"), None).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["location"], "query", "{query}: {body}");
        assert_eq!(body["name"], name, "{query}: {body}");
        assert!(body["detail"].as_str().expect("detail").contains(needle), "{query}: {body}");
    }

    let (status, _) = raw(format!("{base}/pages?page%5Bnumber%5D=2&page[size]=10"), None).await;
    assert_eq!(status, 204);
    let pages = seen.pages.lock().expect("lock").clone().expect("called");
    assert_eq!((pages.page.number.get(), pages.page.size.map(|s| s.get())), (2, Some(10)));
    assert_eq!(pages.area, None);
    let (status, _) = raw(format!("{base}/pages?page[number]=1&area=x,-1,y,2"), None).await;
    assert_eq!(status, 204);
    let pages = seen.pages.lock().expect("lock").clone().expect("called");
    assert_eq!(pages.area.map(|a| (a.x, a.y.map(|y| y.get()))), Some((-1, Some(2))), "an object packed in one value");
    for (area, name) in [("x,1,y", "area"), ("x,1,y,-3", "area.y"), ("y,3", "area.x")] {
        let (status, body) = raw(format!("{base}/pages?page[number]=1&area={area}"), None).await;
        assert_eq!((status, body["name"].as_str()), (400, Some(name)), "{area}: {body}");
    }
    let (status, body) = raw(format!("{base}/pages"), None).await;
    assert_eq!((status, body["name"].as_str()), (400, Some("page[number]")), "a required object needs its required keys: {body}");
    let (status, body) = raw(format!("{base}/pages?page[number]=0"), None).await;
    assert_eq!((status, body["name"].as_str()), (400, Some("page[number]")), "{body}");
}

#[tokio::test]
async fn cookie_parameters_are_sent_in_one_header_and_checked() {
    let seen = Seen::default();
    let base = serve(seen.clone()).await;
    let api = Client::new(base.clone());
    let params = WhoamiParams {
        x_trace: Some("t-1".into()),
        session: WhoamiSession::new("abc123").expect("valid"),
        theme: Some(Color::Green),
        recent: Some(vec![4, 2]),
        motto: Some("carpe diem; 100% \"sure\"".into()),
    };
    assert_eq!(api.whoami(&params).await.expect("whoami"), "abc123");
    let (received, cookie) = seen.whoami.lock().expect("lock").clone().expect("called");
    assert_eq!(received, params, "the server reads back what the client wrote");
    assert_eq!(cookie, "session=abc123; theme=green; recent=4%2C2; motto=carpe%20diem%3B%20100%25%20%22sure%22");

    let (status, _) = raw(format!("{base}/session"), Some("theme=red; session=xyz; other=1")).await;
    assert_eq!(status, 200);
    let (received, _) = seen.whoami.lock().expect("lock").clone().expect("called");
    assert_eq!((received.session.as_str(), received.theme), ("xyz", Some(Color::Red)));

    for (cookie, name, needle) in [
        (None, "session", "required"),
        (Some("session=NOT-VALID"), "session", "pattern"),
        (Some("session=ok; theme=mauve"), "theme", "mauve"),
        (Some("session=ok; recent=1,x"), "recent", "x"),
    ] {
        let (status, body) = raw(format!("{base}/session"), cookie).await;
        assert_eq!(status, 400, "{cookie:?}: {body}");
        assert_eq!(body["location"], "cookie", "{cookie:?}: {body}");
        assert_eq!(body["name"], name, "{cookie:?}: {body}");
        assert!(body["detail"].as_str().expect("detail").contains(needle), "{cookie:?}: {body}");
    }
}

#[test]
fn layouts_oagen_does_not_follow_are_reported_by_parameter() {
    let spec = oagen_tests::repo_root().join("tests/fixtures/styles.yaml");
    let generated = oagen::Settings::new(spec).render().expect("generates");
    let messages: Vec<&str> = generated.warnings.iter().map(|w| w.message.as_str()).collect();
    let expected = [
        "oddStyles: path parameter `id` is sent in the `simple` style, not the `label` style",
        "oddStyles: query parameter `labels` is sent as JSON text, not in the `deepObject` style",
        "oddStyles: query parameter `corner` is sent as JSON text, not in the `form` style, not exploded: some of its properties are lists or objects",
        "oddStyles: query parameter `person` is sent as JSON text: its property `name` has the name of another query parameter",
    ];
    assert_eq!(messages, expected);
    assert!(generated.warnings.iter().all(|w| w.kind == oagen::WarningKind::Approximated));
}

#[tokio::test]
async fn streams_follow_links_to_the_next_page_on_the_same_origin_only() {
    use futures::StreamExt;
    let seen = Seen::default();
    let api = Client::new(serve(seen.clone()).await);
    let logs: Vec<String> = api.list_logs_stream(ListLogsParams::default()).map(|item| item.expect("item")).collect().await;
    assert_eq!(logs, LOGS);
    let asked = std::mem::take(&mut *seen.pages_asked.lock().expect("lock"));
    assert_eq!(asked, ["/logs", "/logs?offset=2&limit=2", "/logs?offset=4&limit=2"]);

    let feed: Vec<i64> = api.feed_stream().map(|item| item.expect("item")).collect().await;
    assert_eq!(feed, [1, 2, 3], "a link in `links.next`, for an operation without parameters");
    assert_eq!(std::mem::take(&mut *seen.pages_asked.lock().expect("lock")), ["/feed", "/feed?page=2"]);

    let params = ListLogsParams { limit: Some(ListLogsLimit::new(99).expect("valid")), ..Default::default() };
    let items: Vec<_> = api.list_logs_stream(params).collect().await;
    assert_eq!(items.len(), 6, "every item of the first page, then the error: {items:?}");
    match items.last() {
        Some(Err(styles::client::Error::InvalidRequest(reason))) => assert!(reason.contains("origin"), "{reason}"),
        other => panic!("a link to another origin ends the stream with an error, got {other:?}"),
    }
    assert_eq!(seen.pages_asked.lock().expect("lock").len(), 1, "nothing was sent to the other origin");
}

#[tokio::test]
async fn the_caller_asks_for_a_response_in_one_of_its_media_types() {
    let api = Client::new(serve(Seen::default()).await);
    // JSON stays the default, decoded.
    assert_eq!(api.report().await.expect("report").count, 5);
    let csv = api.report_with_accept("text/csv").await.expect("csv");
    assert_eq!((csv.status(), csv.headers().get("content-type").and_then(|v| v.to_str().ok())), (200, Some("text/csv")));
    assert_eq!(csv.into_inner(), b"count\n5\n");
    let json = api.report_with_accept("application/json").await.expect("json");
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&json).expect("json")["count"], 5);
    // Documented errors stay typed.
    match api.report_with_accept("application/yaml").await {
        Err(styles::client::Error::Api(styles::client::ReportError::NotFound(reason), _)) => assert_eq!(reason, "no YAML report yet"),
        other => panic!("expected the typed 404, got {other:?}"),
    }
    match api.report_with_accept("text/html").await {
        Err(styles::client::Error::InvalidRequest(reason)) => assert!(reason.contains("not `text/html`"), "{reason}"),
        other => panic!("a media type the operation does not answer in is refused before sending, got {other:?}"),
    }
}

#[tokio::test]
async fn a_union_of_plain_values_travels_as_the_value_it_holds() {
    let api = Client::new(serve(Seen::default()).await);
    assert_eq!(api.thing(&ThingIdOrName::I64(42)).await.expect("number"), "I64(42) from /things/42");
    assert_eq!(api.thing(&ThingIdOrName::String("tea pot".into())).await.expect("name"), "String(\"tea pot\") from /things/tea%20pot");
}

#[tokio::test]
async fn an_unexploded_object_travels_in_one_value() {
    let seen = Seen::default();
    let api = Client::new(serve(seen.clone()).await);
    let params = PagesParams {
        page: PagesPage { number: PagesPageNumber::new(3).expect("valid"), size: None },
        area: Some(PagesArea { x: 7, y: Some(PagesAreaY::new(9).expect("valid")) }),
    };
    api.pages(&params).await.expect("pages");
    assert_eq!(seen.pages.lock().expect("lock").as_ref(), Some(&params), "the server reads back what the client wrote");
    let asked = seen.pages_asked.lock().expect("lock").clone();
    let expected = [("page[number]".to_owned(), "3".to_owned()), ("area".to_owned(), "x,7,y,9".to_owned())];
    assert_eq!(pairs(&asked[0]), expected, "raw query: {}", asked[0]);
}
