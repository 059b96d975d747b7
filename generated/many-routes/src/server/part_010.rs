/// Parses and validates a `item160` request.
fn parse_item160(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item160";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items160/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item160<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item160",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item160(path, received),
        |api, id, head| { api.item160(id, head) },
    )
}

/// Parses and validates a `item161` request.
fn parse_item161(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item161";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items161/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item161<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item161",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item161(path, received),
        |api, id, head| { api.item161(id, head) },
    )
}

/// Parses and validates a `item162` request.
fn parse_item162(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item162";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items162/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item162<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item162",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item162(path, received),
        |api, id, head| { api.item162(id, head) },
    )
}

/// Parses and validates a `item163` request.
fn parse_item163(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item163";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items163/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item163<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item163",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item163(path, received),
        |api, id, head| { api.item163(id, head) },
    )
}

/// Parses and validates a `item164` request.
fn parse_item164(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item164";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items164/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item164<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item164",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item164(path, received),
        |api, id, head| { api.item164(id, head) },
    )
}

/// Parses and validates a `item165` request.
fn parse_item165(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item165";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items165/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item165<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item165",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item165(path, received),
        |api, id, head| { api.item165(id, head) },
    )
}

/// Parses and validates a `item166` request.
fn parse_item166(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item166";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items166/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item166<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item166",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item166(path, received),
        |api, id, head| { api.item166(id, head) },
    )
}

/// Parses and validates a `item167` request.
fn parse_item167(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item167";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items167/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item167<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item167",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item167(path, received),
        |api, id, head| { api.item167(id, head) },
    )
}

/// Parses and validates a `item168` request.
fn parse_item168(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item168";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items168/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item168<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item168",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item168(path, received),
        |api, id, head| { api.item168(id, head) },
    )
}

/// Parses and validates a `item169` request.
fn parse_item169(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item169";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items169/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item169<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item169",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item169(path, received),
        |api, id, head| { api.item169(id, head) },
    )
}

/// Parses and validates a `item170` request.
fn parse_item170(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item170";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items170/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item170<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item170",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item170(path, received),
        |api, id, head| { api.item170(id, head) },
    )
}

/// Parses and validates a `item171` request.
fn parse_item171(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item171";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items171/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item171<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item171",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item171(path, received),
        |api, id, head| { api.item171(id, head) },
    )
}

/// Parses and validates a `item172` request.
fn parse_item172(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item172";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items172/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item172<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item172",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item172(path, received),
        |api, id, head| { api.item172(id, head) },
    )
}

/// Parses and validates a `item173` request.
fn parse_item173(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item173";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items173/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item173<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item173",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item173(path, received),
        |api, id, head| { api.item173(id, head) },
    )
}

/// Parses and validates a `item174` request.
fn parse_item174(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item174";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items174/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item174<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item174",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item174(path, received),
        |api, id, head| { api.item174(id, head) },
    )
}

/// Parses and validates a `item175` request.
fn parse_item175(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item175";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items175/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item175<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item175",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item175(path, received),
        |api, id, head| { api.item175(id, head) },
    )
}

/// Parses and validates a `item176` request.
fn parse_item176(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item176";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items176/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item176<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item176",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item176(path, received),
        |api, id, head| { api.item176(id, head) },
    )
}

/// Parses and validates a `item177` request.
fn parse_item177(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item177";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items177/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item177<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item177",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item177(path, received),
        |api, id, head| { api.item177(id, head) },
    )
}

/// Parses and validates a `item178` request.
fn parse_item178(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item178";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items178/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item178<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item178",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item178(path, received),
        |api, id, head| { api.item178(id, head) },
    )
}

/// Parses and validates a `item179` request.
fn parse_item179(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item179";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items179/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item179<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item179",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item179(path, received),
        |api, id, head| { api.item179(id, head) },
    )
}

/// Parses and validates a `item180` request.
fn parse_item180(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item180";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items180/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item180<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item180",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item180(path, received),
        |api, id, head| { api.item180(id, head) },
    )
}

/// Parses and validates a `item181` request.
fn parse_item181(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item181";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items181/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item181<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item181",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item181(path, received),
        |api, id, head| { api.item181(id, head) },
    )
}

/// Parses and validates a `item182` request.
fn parse_item182(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item182";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items182/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item182<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item182",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item182(path, received),
        |api, id, head| { api.item182(id, head) },
    )
}

/// Parses and validates a `item183` request.
fn parse_item183(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item183";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items183/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item183<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item183",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item183(path, received),
        |api, id, head| { api.item183(id, head) },
    )
}

/// Parses and validates a `item184` request.
fn parse_item184(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item184";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items184/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item184<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item184",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item184(path, received),
        |api, id, head| { api.item184(id, head) },
    )
}

/// Parses and validates a `item185` request.
fn parse_item185(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item185";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items185/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item185<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item185",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item185(path, received),
        |api, id, head| { api.item185(id, head) },
    )
}

/// Parses and validates a `item186` request.
fn parse_item186(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item186";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items186/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item186<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item186",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item186(path, received),
        |api, id, head| { api.item186(id, head) },
    )
}

/// Parses and validates a `item187` request.
fn parse_item187(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item187";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items187/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item187<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item187",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item187(path, received),
        |api, id, head| { api.item187(id, head) },
    )
}

/// Parses and validates a `item188` request.
fn parse_item188(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item188";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items188/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item188<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item188",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item188(path, received),
        |api, id, head| { api.item188(id, head) },
    )
}

/// Parses and validates a `item189` request.
fn parse_item189(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item189";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items189/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item189<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item189",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item189(path, received),
        |api, id, head| { api.item189(id, head) },
    )
}

/// Parses and validates a `item190` request.
fn parse_item190(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item190";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items190/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item190<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item190",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item190(path, received),
        |api, id, head| { api.item190(id, head) },
    )
}

/// Parses and validates a `item191` request.
fn parse_item191(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item191";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items191/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item191<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item191",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item191(path, received),
        |api, id, head| { api.item191(id, head) },
    )
}

/// Parses and validates a `item192` request.
fn parse_item192(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item192";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items192/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item192<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item192",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item192(path, received),
        |api, id, head| { api.item192(id, head) },
    )
}

/// Parses and validates a `item193` request.
fn parse_item193(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item193";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items193/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item193<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item193",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item193(path, received),
        |api, id, head| { api.item193(id, head) },
    )
}

/// Parses and validates a `item194` request.
fn parse_item194(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item194";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items194/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item194<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item194",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item194(path, received),
        |api, id, head| { api.item194(id, head) },
    )
}

/// Parses and validates a `item195` request.
fn parse_item195(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item195";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items195/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item195<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item195",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item195(path, received),
        |api, id, head| { api.item195(id, head) },
    )
}

/// Parses and validates a `item196` request.
fn parse_item196(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item196";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items196/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item196<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item196",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item196(path, received),
        |api, id, head| { api.item196(id, head) },
    )
}

/// Parses and validates a `item197` request.
fn parse_item197(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item197";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items197/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item197<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item197",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item197(path, received),
        |api, id, head| { api.item197(id, head) },
    )
}

/// Parses and validates a `item198` request.
fn parse_item198(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item198";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items198/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item198<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item198",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item198(path, received),
        |api, id, head| { api.item198(id, head) },
    )
}

/// Parses and validates a `item199` request.
fn parse_item199(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item199";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items199/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item199<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item199",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item199(path, received),
        |api, id, head| { api.item199(id, head) },
    )
}

/// Parses and validates a `item200` request.
fn parse_item200(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item200";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items200/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item200<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item200",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item200(path, received),
        |api, id, head| { api.item200(id, head) },
    )
}

/// Parses and validates a `item201` request.
fn parse_item201(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item201";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items201/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item201<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item201",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item201(path, received),
        |api, id, head| { api.item201(id, head) },
    )
}

/// Parses and validates a `item202` request.
fn parse_item202(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item202";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items202/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item202<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item202",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item202(path, received),
        |api, id, head| { api.item202(id, head) },
    )
}

/// Parses and validates a `item203` request.
fn parse_item203(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item203";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items203/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item203<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item203",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item203(path, received),
        |api, id, head| { api.item203(id, head) },
    )
}

/// Parses and validates a `item204` request.
fn parse_item204(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item204";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items204/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item204<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item204",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item204(path, received),
        |api, id, head| { api.item204(id, head) },
    )
}

/// Parses and validates a `item205` request.
fn parse_item205(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item205";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items205/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item205<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item205",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item205(path, received),
        |api, id, head| { api.item205(id, head) },
    )
}

/// Parses and validates a `item206` request.
fn parse_item206(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item206";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items206/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item206<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item206",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item206(path, received),
        |api, id, head| { api.item206(id, head) },
    )
}

/// Parses and validates a `item207` request.
fn parse_item207(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item207";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items207/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item207<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item207",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item207(path, received),
        |api, id, head| { api.item207(id, head) },
    )
}

/// Parses and validates a `item208` request.
fn parse_item208(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item208";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items208/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item208<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item208",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item208(path, received),
        |api, id, head| { api.item208(id, head) },
    )
}

/// Parses and validates a `item209` request.
fn parse_item209(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item209";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items209/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item209<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item209",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item209(path, received),
        |api, id, head| { api.item209(id, head) },
    )
}

/// Parses and validates a `item210` request.
fn parse_item210(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item210";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items210/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item210<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item210",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item210(path, received),
        |api, id, head| { api.item210(id, head) },
    )
}

/// Parses and validates a `item211` request.
fn parse_item211(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item211";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items211/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item211<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item211",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item211(path, received),
        |api, id, head| { api.item211(id, head) },
    )
}

/// Parses and validates a `item212` request.
fn parse_item212(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item212";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items212/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item212<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item212",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item212(path, received),
        |api, id, head| { api.item212(id, head) },
    )
}

/// Parses and validates a `item213` request.
fn parse_item213(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item213";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items213/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item213<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item213",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item213(path, received),
        |api, id, head| { api.item213(id, head) },
    )
}

/// Parses and validates a `item214` request.
fn parse_item214(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item214";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items214/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item214<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item214",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item214(path, received),
        |api, id, head| { api.item214(id, head) },
    )
}

/// Parses and validates a `item215` request.
fn parse_item215(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item215";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items215/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item215<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item215",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item215(path, received),
        |api, id, head| { api.item215(id, head) },
    )
}

/// Parses and validates a `item216` request.
fn parse_item216(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item216";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items216/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item216<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item216",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item216(path, received),
        |api, id, head| { api.item216(id, head) },
    )
}

/// Parses and validates a `item217` request.
fn parse_item217(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item217";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items217/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item217<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item217",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item217(path, received),
        |api, id, head| { api.item217(id, head) },
    )
}

/// Parses and validates a `item218` request.
fn parse_item218(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item218";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items218/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item218<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item218",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item218(path, received),
        |api, id, head| { api.item218(id, head) },
    )
}

/// Parses and validates a `item219` request.
fn parse_item219(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item219";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items219/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item219<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item219",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item219(path, received),
        |api, id, head| { api.item219(id, head) },
    )
}

/// Parses and validates a `item220` request.
fn parse_item220(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item220";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items220/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item220<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item220",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item220(path, received),
        |api, id, head| { api.item220(id, head) },
    )
}

/// Parses and validates a `item221` request.
fn parse_item221(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item221";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items221/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item221<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item221",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item221(path, received),
        |api, id, head| { api.item221(id, head) },
    )
}

/// Parses and validates a `item222` request.
fn parse_item222(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item222";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items222/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item222<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item222",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item222(path, received),
        |api, id, head| { api.item222(id, head) },
    )
}

/// Parses and validates a `item223` request.
fn parse_item223(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item223";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items223/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item223<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item223",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item223(path, received),
        |api, id, head| { api.item223(id, head) },
    )
}

/// Parses and validates a `item224` request.
fn parse_item224(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item224";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items224/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item224<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item224",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item224(path, received),
        |api, id, head| { api.item224(id, head) },
    )
}

/// Parses and validates a `item225` request.
fn parse_item225(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item225";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items225/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item225<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item225",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item225(path, received),
        |api, id, head| { api.item225(id, head) },
    )
}

/// Parses and validates a `item226` request.
fn parse_item226(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item226";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items226/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item226<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item226",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item226(path, received),
        |api, id, head| { api.item226(id, head) },
    )
}

/// Parses and validates a `item227` request.
fn parse_item227(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item227";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items227/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item227<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item227",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item227(path, received),
        |api, id, head| { api.item227(id, head) },
    )
}
