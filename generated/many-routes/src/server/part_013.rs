/// Parses and validates a `item364` request.
fn parse_item364(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item364";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items364/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item364<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item364",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item364(path, received),
        |api, id, head| { api.item364(id, head) },
    )
}

/// Parses and validates a `item365` request.
fn parse_item365(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item365";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items365/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item365<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item365",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item365(path, received),
        |api, id, head| { api.item365(id, head) },
    )
}

/// Parses and validates a `item366` request.
fn parse_item366(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item366";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items366/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item366<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item366",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item366(path, received),
        |api, id, head| { api.item366(id, head) },
    )
}

/// Parses and validates a `item367` request.
fn parse_item367(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item367";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items367/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item367<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item367",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item367(path, received),
        |api, id, head| { api.item367(id, head) },
    )
}

/// Parses and validates a `item368` request.
fn parse_item368(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item368";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items368/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item368<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item368",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item368(path, received),
        |api, id, head| { api.item368(id, head) },
    )
}

/// Parses and validates a `item369` request.
fn parse_item369(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item369";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items369/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item369<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item369",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item369(path, received),
        |api, id, head| { api.item369(id, head) },
    )
}

/// Parses and validates a `item370` request.
fn parse_item370(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item370";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items370/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item370<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item370",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item370(path, received),
        |api, id, head| { api.item370(id, head) },
    )
}

/// Parses and validates a `item371` request.
fn parse_item371(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item371";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items371/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item371<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item371",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item371(path, received),
        |api, id, head| { api.item371(id, head) },
    )
}

/// Parses and validates a `item372` request.
fn parse_item372(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item372";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items372/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item372<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item372",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item372(path, received),
        |api, id, head| { api.item372(id, head) },
    )
}

/// Parses and validates a `item373` request.
fn parse_item373(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item373";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items373/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item373<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item373",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item373(path, received),
        |api, id, head| { api.item373(id, head) },
    )
}

/// Parses and validates a `item374` request.
fn parse_item374(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item374";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items374/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item374<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item374",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item374(path, received),
        |api, id, head| { api.item374(id, head) },
    )
}

/// Parses and validates a `item375` request.
fn parse_item375(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item375";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items375/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item375<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item375",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item375(path, received),
        |api, id, head| { api.item375(id, head) },
    )
}

/// Parses and validates a `item376` request.
fn parse_item376(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item376";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items376/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item376<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item376",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item376(path, received),
        |api, id, head| { api.item376(id, head) },
    )
}

/// Parses and validates a `item377` request.
fn parse_item377(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item377";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items377/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item377<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item377",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item377(path, received),
        |api, id, head| { api.item377(id, head) },
    )
}

/// Parses and validates a `item378` request.
fn parse_item378(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item378";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items378/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item378<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item378",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item378(path, received),
        |api, id, head| { api.item378(id, head) },
    )
}

/// Parses and validates a `item379` request.
fn parse_item379(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item379";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items379/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item379<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item379",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item379(path, received),
        |api, id, head| { api.item379(id, head) },
    )
}

/// Parses and validates a `item380` request.
fn parse_item380(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item380";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items380/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item380<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item380",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item380(path, received),
        |api, id, head| { api.item380(id, head) },
    )
}

/// Parses and validates a `item381` request.
fn parse_item381(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item381";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items381/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item381<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item381",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item381(path, received),
        |api, id, head| { api.item381(id, head) },
    )
}

/// Parses and validates a `item382` request.
fn parse_item382(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item382";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items382/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item382<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item382",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item382(path, received),
        |api, id, head| { api.item382(id, head) },
    )
}

/// Parses and validates a `item383` request.
fn parse_item383(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item383";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items383/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item383<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item383",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item383(path, received),
        |api, id, head| { api.item383(id, head) },
    )
}

/// Parses and validates a `item384` request.
fn parse_item384(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item384";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items384/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item384<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item384",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item384(path, received),
        |api, id, head| { api.item384(id, head) },
    )
}

/// Parses and validates a `item385` request.
fn parse_item385(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item385";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items385/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item385<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item385",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item385(path, received),
        |api, id, head| { api.item385(id, head) },
    )
}

/// Parses and validates a `item386` request.
fn parse_item386(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item386";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items386/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item386<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item386",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item386(path, received),
        |api, id, head| { api.item386(id, head) },
    )
}

/// Parses and validates a `item387` request.
fn parse_item387(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item387";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items387/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item387<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item387",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item387(path, received),
        |api, id, head| { api.item387(id, head) },
    )
}

/// Parses and validates a `item388` request.
fn parse_item388(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item388";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items388/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item388<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item388",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item388(path, received),
        |api, id, head| { api.item388(id, head) },
    )
}

/// Parses and validates a `item389` request.
fn parse_item389(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item389";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items389/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item389<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item389",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item389(path, received),
        |api, id, head| { api.item389(id, head) },
    )
}

/// Parses and validates a `item390` request.
fn parse_item390(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item390";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items390/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item390<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item390",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item390(path, received),
        |api, id, head| { api.item390(id, head) },
    )
}

/// Parses and validates a `item391` request.
fn parse_item391(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item391";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items391/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item391<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item391",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item391(path, received),
        |api, id, head| { api.item391(id, head) },
    )
}

/// Parses and validates a `item392` request.
fn parse_item392(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item392";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items392/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item392<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item392",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item392(path, received),
        |api, id, head| { api.item392(id, head) },
    )
}

/// Parses and validates a `item393` request.
fn parse_item393(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item393";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items393/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item393<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item393",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item393(path, received),
        |api, id, head| { api.item393(id, head) },
    )
}

/// Parses and validates a `item394` request.
fn parse_item394(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item394";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items394/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item394<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item394",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item394(path, received),
        |api, id, head| { api.item394(id, head) },
    )
}

/// Parses and validates a `item395` request.
fn parse_item395(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item395";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items395/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item395<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item395",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item395(path, received),
        |api, id, head| { api.item395(id, head) },
    )
}

/// Parses and validates a `item396` request.
fn parse_item396(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item396";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items396/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item396<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item396",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item396(path, received),
        |api, id, head| { api.item396(id, head) },
    )
}

/// Parses and validates a `item397` request.
fn parse_item397(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item397";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items397/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item397<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item397",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item397(path, received),
        |api, id, head| { api.item397(id, head) },
    )
}

/// Parses and validates a `item398` request.
fn parse_item398(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item398";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items398/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item398<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item398",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item398(path, received),
        |api, id, head| { api.item398(id, head) },
    )
}

/// Parses and validates a `item399` request.
fn parse_item399(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item399";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items399/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item399<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item399",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item399(path, received),
        |api, id, head| { api.item399(id, head) },
    )
}

/// Parses and validates a `item400` request.
fn parse_item400(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item400";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items400/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item400<A: BetaPart2Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item400",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item400(path, received),
        |api, id, head| { api.item400(id, head) },
    )
}

/// Parses and validates a `item401` request.
fn parse_item401(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item401";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items401/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item401<A: UntaggedApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item401",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item401(path, received),
        |api, id, head| { api.item401(id, head) },
    )
}

/// Parses and validates a `item402` request.
fn parse_item402(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item402";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items402/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item402<A: UntaggedApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item402",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item402(path, received),
        |api, id, head| { api.item402(id, head) },
    )
}

/// Parses and validates a `item403` request.
fn parse_item403(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item403";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items403/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item403<A: UntaggedApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item403",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item403(path, received),
        |api, id, head| { api.item403(id, head) },
    )
}

/// Parses and validates a `item404` request.
fn parse_item404(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item404";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items404/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item404<A: UntaggedApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item404",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item404(path, received),
        |api, id, head| { api.item404(id, head) },
    )
}

/// Parses and validates a `item405` request.
fn parse_item405(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item405";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items405/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item405<A: UntaggedApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item405",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item405(path, received),
        |api, id, head| { api.item405(id, head) },
    )
}

/// Parses and validates a `item406` request.
fn parse_item406(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item406";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items406/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item406<A: GammaApi2>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item406",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item406(path, received),
        |api, id, head| { api.item406(id, head) },
    )
}

/// Parses and validates a `item407` request.
fn parse_item407(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item407";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items407/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item407<A: GammaApi2>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item407",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item407(path, received),
        |api, id, head| { api.item407(id, head) },
    )
}

/// Parses and validates a `item408` request.
fn parse_item408(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item408";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items408/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item408<A: GammaApi2>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item408",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item408(path, received),
        |api, id, head| { api.item408(id, head) },
    )
}

/// Parses and validates a `item409` request.
fn parse_item409(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item409";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items409/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item409<A: GammaApi2>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item409",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item409(path, received),
        |api, id, head| { api.item409(id, head) },
    )
}

/// Parses and validates a `item410` request.
fn parse_item410(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item410";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items410/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item410<A: GammaApi2>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item410",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item410(path, received),
        |api, id, head| { api.item410(id, head) },
    )
}
