/// Parses and validates a `item228` request.
fn parse_item228(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item228";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items228/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item228<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item228",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item228(path, received),
        |api, id, head| { api.item228(id, head) },
    )
}

/// Parses and validates a `item229` request.
fn parse_item229(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item229";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items229/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item229<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item229",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item229(path, received),
        |api, id, head| { api.item229(id, head) },
    )
}

/// Parses and validates a `item230` request.
fn parse_item230(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item230";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items230/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item230<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item230",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item230(path, received),
        |api, id, head| { api.item230(id, head) },
    )
}

/// Parses and validates a `item231` request.
fn parse_item231(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item231";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items231/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item231<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item231",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item231(path, received),
        |api, id, head| { api.item231(id, head) },
    )
}

/// Parses and validates a `item232` request.
fn parse_item232(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item232";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items232/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item232<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item232",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item232(path, received),
        |api, id, head| { api.item232(id, head) },
    )
}

/// Parses and validates a `item233` request.
fn parse_item233(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item233";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items233/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item233<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item233",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item233(path, received),
        |api, id, head| { api.item233(id, head) },
    )
}

/// Parses and validates a `item234` request.
fn parse_item234(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item234";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items234/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item234<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item234",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item234(path, received),
        |api, id, head| { api.item234(id, head) },
    )
}

/// Parses and validates a `item235` request.
fn parse_item235(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item235";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items235/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item235<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item235",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item235(path, received),
        |api, id, head| { api.item235(id, head) },
    )
}

/// Parses and validates a `item236` request.
fn parse_item236(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item236";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items236/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item236<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item236",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item236(path, received),
        |api, id, head| { api.item236(id, head) },
    )
}

/// Parses and validates a `item237` request.
fn parse_item237(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item237";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items237/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item237<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item237",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item237(path, received),
        |api, id, head| { api.item237(id, head) },
    )
}

/// Parses and validates a `item238` request.
fn parse_item238(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item238";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items238/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item238<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item238",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item238(path, received),
        |api, id, head| { api.item238(id, head) },
    )
}

/// Parses and validates a `item239` request.
fn parse_item239(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item239";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items239/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item239<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item239",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item239(path, received),
        |api, id, head| { api.item239(id, head) },
    )
}

/// Parses and validates a `item240` request.
fn parse_item240(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item240";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items240/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item240<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item240",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item240(path, received),
        |api, id, head| { api.item240(id, head) },
    )
}

/// Parses and validates a `item241` request.
fn parse_item241(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item241";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items241/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item241<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item241",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item241(path, received),
        |api, id, head| { api.item241(id, head) },
    )
}

/// Parses and validates a `item242` request.
fn parse_item242(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item242";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items242/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item242<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item242",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item242(path, received),
        |api, id, head| { api.item242(id, head) },
    )
}

/// Parses and validates a `item243` request.
fn parse_item243(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item243";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items243/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item243<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item243",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item243(path, received),
        |api, id, head| { api.item243(id, head) },
    )
}

/// Parses and validates a `item244` request.
fn parse_item244(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item244";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items244/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item244<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item244",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item244(path, received),
        |api, id, head| { api.item244(id, head) },
    )
}

/// Parses and validates a `item245` request.
fn parse_item245(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item245";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items245/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item245<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item245",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item245(path, received),
        |api, id, head| { api.item245(id, head) },
    )
}

/// Parses and validates a `item246` request.
fn parse_item246(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item246";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items246/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item246<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item246",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item246(path, received),
        |api, id, head| { api.item246(id, head) },
    )
}

/// Parses and validates a `item247` request.
fn parse_item247(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item247";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items247/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item247<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item247",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item247(path, received),
        |api, id, head| { api.item247(id, head) },
    )
}

/// Parses and validates a `item248` request.
fn parse_item248(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item248";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items248/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item248<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item248",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item248(path, received),
        |api, id, head| { api.item248(id, head) },
    )
}

/// Parses and validates a `item249` request.
fn parse_item249(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item249";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items249/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item249<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item249",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item249(path, received),
        |api, id, head| { api.item249(id, head) },
    )
}

/// Parses and validates a `item250` request.
fn parse_item250(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item250";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items250/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item250<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item250",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item250(path, received),
        |api, id, head| { api.item250(id, head) },
    )
}

/// Parses and validates a `item251` request.
fn parse_item251(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item251";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items251/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item251<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item251",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item251(path, received),
        |api, id, head| { api.item251(id, head) },
    )
}

/// Parses and validates a `item252` request.
fn parse_item252(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item252";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items252/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item252<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item252",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item252(path, received),
        |api, id, head| { api.item252(id, head) },
    )
}

/// Parses and validates a `item253` request.
fn parse_item253(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item253";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items253/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item253<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item253",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item253(path, received),
        |api, id, head| { api.item253(id, head) },
    )
}

/// Parses and validates a `item254` request.
fn parse_item254(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item254";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items254/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item254<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item254",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item254(path, received),
        |api, id, head| { api.item254(id, head) },
    )
}

/// Parses and validates a `item255` request.
fn parse_item255(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item255";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items255/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item255<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item255",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item255(path, received),
        |api, id, head| { api.item255(id, head) },
    )
}

/// Parses and validates a `item256` request.
fn parse_item256(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item256";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items256/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item256<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item256",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item256(path, received),
        |api, id, head| { api.item256(id, head) },
    )
}

/// Parses and validates a `item257` request.
fn parse_item257(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item257";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items257/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item257<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item257",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item257(path, received),
        |api, id, head| { api.item257(id, head) },
    )
}

/// Parses and validates a `item258` request.
fn parse_item258(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item258";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items258/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item258<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item258",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item258(path, received),
        |api, id, head| { api.item258(id, head) },
    )
}

/// Parses and validates a `item259` request.
fn parse_item259(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item259";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items259/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item259<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item259",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item259(path, received),
        |api, id, head| { api.item259(id, head) },
    )
}

/// Parses and validates a `item260` request.
fn parse_item260(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item260";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items260/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item260<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item260",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item260(path, received),
        |api, id, head| { api.item260(id, head) },
    )
}

/// Parses and validates a `item261` request.
fn parse_item261(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item261";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items261/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item261<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item261",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item261(path, received),
        |api, id, head| { api.item261(id, head) },
    )
}

/// Parses and validates a `item262` request.
fn parse_item262(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item262";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items262/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item262<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item262",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item262(path, received),
        |api, id, head| { api.item262(id, head) },
    )
}

/// Parses and validates a `item263` request.
fn parse_item263(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item263";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items263/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item263<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item263",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item263(path, received),
        |api, id, head| { api.item263(id, head) },
    )
}

/// Parses and validates a `item264` request.
fn parse_item264(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item264";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items264/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item264<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item264",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item264(path, received),
        |api, id, head| { api.item264(id, head) },
    )
}

/// Parses and validates a `item265` request.
fn parse_item265(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item265";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items265/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item265<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item265",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item265(path, received),
        |api, id, head| { api.item265(id, head) },
    )
}

/// Parses and validates a `item266` request.
fn parse_item266(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item266";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items266/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item266<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item266",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item266(path, received),
        |api, id, head| { api.item266(id, head) },
    )
}

/// Parses and validates a `item267` request.
fn parse_item267(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item267";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items267/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item267<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item267",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item267(path, received),
        |api, id, head| { api.item267(id, head) },
    )
}

/// Parses and validates a `item268` request.
fn parse_item268(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item268";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items268/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item268<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item268",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item268(path, received),
        |api, id, head| { api.item268(id, head) },
    )
}

/// Parses and validates a `item269` request.
fn parse_item269(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item269";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items269/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item269<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item269",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item269(path, received),
        |api, id, head| { api.item269(id, head) },
    )
}

/// Parses and validates a `item270` request.
fn parse_item270(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item270";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items270/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item270<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item270",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item270(path, received),
        |api, id, head| { api.item270(id, head) },
    )
}

/// Parses and validates a `item271` request.
fn parse_item271(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item271";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items271/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item271<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item271",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item271(path, received),
        |api, id, head| { api.item271(id, head) },
    )
}

/// Parses and validates a `item272` request.
fn parse_item272(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item272";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items272/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item272<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item272",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item272(path, received),
        |api, id, head| { api.item272(id, head) },
    )
}

/// Parses and validates a `item273` request.
fn parse_item273(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item273";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items273/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item273<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item273",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item273(path, received),
        |api, id, head| { api.item273(id, head) },
    )
}

/// Parses and validates a `item274` request.
fn parse_item274(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item274";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items274/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item274<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item274",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item274(path, received),
        |api, id, head| { api.item274(id, head) },
    )
}

/// Parses and validates a `item275` request.
fn parse_item275(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item275";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items275/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item275<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item275",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item275(path, received),
        |api, id, head| { api.item275(id, head) },
    )
}

/// Parses and validates a `item276` request.
fn parse_item276(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item276";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items276/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item276<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item276",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item276(path, received),
        |api, id, head| { api.item276(id, head) },
    )
}

/// Parses and validates a `item277` request.
fn parse_item277(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item277";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items277/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item277<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item277",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item277(path, received),
        |api, id, head| { api.item277(id, head) },
    )
}

/// Parses and validates a `item278` request.
fn parse_item278(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item278";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items278/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item278<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item278",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item278(path, received),
        |api, id, head| { api.item278(id, head) },
    )
}

/// Parses and validates a `item279` request.
fn parse_item279(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item279";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items279/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item279<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item279",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item279(path, received),
        |api, id, head| { api.item279(id, head) },
    )
}

/// Parses and validates a `item280` request.
fn parse_item280(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item280";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items280/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item280<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item280",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item280(path, received),
        |api, id, head| { api.item280(id, head) },
    )
}

/// Parses and validates a `item281` request.
fn parse_item281(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item281";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items281/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item281<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item281",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item281(path, received),
        |api, id, head| { api.item281(id, head) },
    )
}

/// Parses and validates a `item282` request.
fn parse_item282(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item282";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items282/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item282<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item282",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item282(path, received),
        |api, id, head| { api.item282(id, head) },
    )
}

/// Parses and validates a `item283` request.
fn parse_item283(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item283";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items283/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item283<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item283",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item283(path, received),
        |api, id, head| { api.item283(id, head) },
    )
}

/// Parses and validates a `item284` request.
fn parse_item284(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item284";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items284/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item284<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item284",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item284(path, received),
        |api, id, head| { api.item284(id, head) },
    )
}

/// Parses and validates a `item285` request.
fn parse_item285(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item285";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items285/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item285<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item285",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item285(path, received),
        |api, id, head| { api.item285(id, head) },
    )
}

/// Parses and validates a `item286` request.
fn parse_item286(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item286";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items286/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item286<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item286",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item286(path, received),
        |api, id, head| { api.item286(id, head) },
    )
}

/// Parses and validates a `item287` request.
fn parse_item287(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item287";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items287/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item287<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item287",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item287(path, received),
        |api, id, head| { api.item287(id, head) },
    )
}

/// Parses and validates a `item288` request.
fn parse_item288(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item288";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items288/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item288<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item288",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item288(path, received),
        |api, id, head| { api.item288(id, head) },
    )
}

/// Parses and validates a `item289` request.
fn parse_item289(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item289";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items289/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item289<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item289",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item289(path, received),
        |api, id, head| { api.item289(id, head) },
    )
}

/// Parses and validates a `item290` request.
fn parse_item290(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item290";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items290/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item290<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item290",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item290(path, received),
        |api, id, head| { api.item290(id, head) },
    )
}

/// Parses and validates a `item291` request.
fn parse_item291(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item291";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items291/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item291<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item291",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item291(path, received),
        |api, id, head| { api.item291(id, head) },
    )
}

/// Parses and validates a `item292` request.
fn parse_item292(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item292";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items292/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item292<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item292",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item292(path, received),
        |api, id, head| { api.item292(id, head) },
    )
}

/// Parses and validates a `item293` request.
fn parse_item293(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item293";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items293/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item293<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item293",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item293(path, received),
        |api, id, head| { api.item293(id, head) },
    )
}

/// Parses and validates a `item294` request.
fn parse_item294(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item294";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items294/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item294<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item294",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item294(path, received),
        |api, id, head| { api.item294(id, head) },
    )
}

/// Parses and validates a `item295` request.
fn parse_item295(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item295";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items295/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item295<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item295",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item295(path, received),
        |api, id, head| { api.item295(id, head) },
    )
}
