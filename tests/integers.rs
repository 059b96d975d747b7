//! Every integer format travels: `int8` … `uint64` are Rust's small integers in models (round
//! trips, bounds the type implies left out, the others enforced) and as path, query and header
//! parameters, lists included, from client to server over loopback.

use integers::client::Client;
use integers::models::*;
use integers::server::*;

struct Echoes;

impl Api for Echoes {
    async fn get_level(self: std::sync::Arc<Self>, level: u8, params: GetLevelParams, _request: axum::http::request::Parts) -> GetLevelResponse {
        GetLevelResponse::Ok(Echo {
            level,
            offset: params.offset,
            page: params.page.map(|page| page.get()),
            channels: params.channels.unwrap_or_default(),
            shades: params.shades.unwrap_or_default(),
            trace: params.x_trace,
            budget: params.x_budget,
        })
    }
}

async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(Echoes)).await.expect("serve") });
    format!("http://{addr}")
}

#[test]
fn models_use_the_formats_integers_and_round_trip() {
    let echo = Echo {
        level: u8::MAX,
        offset: Some(i8::MIN),
        page: Some(u16::MAX),
        channels: vec![0, 255],
        shades: vec![i16::MIN, i16::MAX],
        trace: Some(u64::MAX),
        budget: Some(u32::MAX),
    };
    let json = serde_json::to_value(&echo).expect("serialize");
    assert_eq!(json["trace"], serde_json::json!(18446744073709551615u64));
    assert_eq!(serde_json::from_value::<Echo>(json).expect("deserialize"), echo);
    // Out of the type's range is out of the schema's.
    let too_big = serde_json::json!({"level": 256, "channels": [], "shades": []});
    assert!(serde_json::from_value::<Echo>(too_big).is_err());
    let negative = serde_json::json!({"level": 1, "channels": [-1], "shades": []});
    assert!(serde_json::from_value::<Echo>(negative).is_err());
}

#[test]
fn bounds_inside_the_range_are_enforced() {
    // `green` has only the bounds a u8 implies, so it stays a plain u8 (this compiles).
    let pixel = Pixel { red: 1, green: 255, blue: PixelBlue::new(200).expect("at the maximum"), alpha: None, depth: None, gamma: None, counter: None, wide: None };
    let json = serde_json::to_string(&pixel).expect("serialize");
    assert_eq!(serde_json::from_str::<Pixel>(&json).expect("deserialize"), pixel);
    assert!(PixelBlue::new(201).is_err());
    assert!(PixelAlpha::new(0).is_err(), "exclusiveMinimum 0 on a u8 is still a rule");
    assert!(PixelAlpha::new(1).is_ok());
    assert!(PixelDepth::new(-100).is_ok());
    assert!(PixelDepth::new(-101).is_err());
    assert!(PixelDepth::new(6).is_err(), "multipleOf 4");
    assert!(PixelGamma::new(-3).is_ok());
    assert!(PixelGamma::new(3).is_err());
    assert!(PixelCounter::new(9_000_000_000_000_000_001).is_err());
    // 70000 is no u16: the field widens to i64 (with a warning) rather than dropping the value.
    let wide: i64 = PixelWide::new(70000).expect("listed").get();
    assert_eq!(wide, 70000);
    let bad = serde_json::json!({"red": 1, "green": 2, "blue": 201});
    assert!(serde_json::from_value::<Pixel>(bad).is_err());
}

#[tokio::test]
async fn integer_parameters_travel_client_to_server() {
    let api = Client::new(serve().await);
    let params = GetLevelParams {
        offset: Some(-128),
        page: Some(GetLevelPage::new(65535).expect("in range")),
        channels: Some(vec![0, 7, 255]),
        shades: Some(vec![-32768, 32767]),
        x_trace: Some(u64::MAX),
        x_budget: Some(u32::MAX),
    };
    let echo = api.get_level(&255, &params).await.expect("get level");
    assert_eq!(
        echo,
        Echo {
            level: 255,
            offset: Some(-128),
            page: Some(65535),
            channels: vec![0, 7, 255],
            shades: vec![-32768, 32767],
            trace: Some(u64::MAX),
            budget: Some(u32::MAX),
        }
    );
    let bare = api.get_level(&0, &GetLevelParams::default()).await.expect("no optional parameters");
    assert_eq!(bare.level, 0);
    assert!(bare.channels.is_empty() && bare.trace.is_none());
}

#[tokio::test]
async fn the_server_refuses_values_the_type_cannot_hold() {
    let base = serve().await;
    let http = reqwest::Client::new();
    for (url, header) in [
        (format!("{base}/levels/256"), None),
        (format!("{base}/levels/-1"), None),
        (format!("{base}/levels/1?offset=128"), None),
        (format!("{base}/levels/1?page=0"), None),
        (format!("{base}/levels/1?channels=1&channels=300"), None),
        (format!("{base}/levels/1"), Some(("X-Trace", "-5"))),
        (format!("{base}/levels/1"), Some(("X-Budget", "4294967296"))),
    ] {
        let mut request = http.get(&url);
        if let Some((name, value)) = header {
            request = request.header(name, value);
        }
        let status = request.send().await.expect("send").status().as_u16();
        assert_eq!(status, 400, "{url} {header:?}");
    }
    let ok = http.get(format!("{base}/levels/1?channels=1&channels=255")).send().await.expect("send");
    assert_eq!(ok.status().as_u16(), 200);
}
