/// Parses and validates a `item092` request.
fn parse_item092(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item092";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items092/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item092<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item092",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item092(path, received),
        |api, id, head| { api.item092(id, head) },
    )
}

/// Parses and validates a `item093` request.
fn parse_item093(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item093";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items093/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item093<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item093",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item093(path, received),
        |api, id, head| { api.item093(id, head) },
    )
}

/// Parses and validates a `item094` request.
fn parse_item094(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item094";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items094/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item094<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item094",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item094(path, received),
        |api, id, head| { api.item094(id, head) },
    )
}

/// Parses and validates a `item095` request.
fn parse_item095(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item095";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items095/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item095<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item095",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item095(path, received),
        |api, id, head| { api.item095(id, head) },
    )
}

/// Parses and validates a `item096` request.
fn parse_item096(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item096";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items096/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item096<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item096",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item096(path, received),
        |api, id, head| { api.item096(id, head) },
    )
}

/// Parses and validates a `item097` request.
fn parse_item097(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item097";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items097/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item097<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item097",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item097(path, received),
        |api, id, head| { api.item097(id, head) },
    )
}

/// Parses and validates a `item098` request.
fn parse_item098(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item098";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items098/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item098<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item098",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item098(path, received),
        |api, id, head| { api.item098(id, head) },
    )
}

/// Parses and validates a `item099` request.
fn parse_item099(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item099";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items099/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item099<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item099",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item099(path, received),
        |api, id, head| { api.item099(id, head) },
    )
}

/// Parses and validates a `item100` request.
fn parse_item100(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item100";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items100/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item100<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item100",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item100(path, received),
        |api, id, head| { api.item100(id, head) },
    )
}

/// Parses and validates a `item101` request.
fn parse_item101(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item101";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items101/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item101<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item101",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item101(path, received),
        |api, id, head| { api.item101(id, head) },
    )
}

/// Parses and validates a `item102` request.
fn parse_item102(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item102";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items102/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item102<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item102",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item102(path, received),
        |api, id, head| { api.item102(id, head) },
    )
}

/// Parses and validates a `item103` request.
fn parse_item103(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item103";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items103/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item103<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item103",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item103(path, received),
        |api, id, head| { api.item103(id, head) },
    )
}

/// Parses and validates a `item104` request.
fn parse_item104(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item104";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items104/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item104<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item104",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item104(path, received),
        |api, id, head| { api.item104(id, head) },
    )
}

/// Parses and validates a `item105` request.
fn parse_item105(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item105";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items105/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item105<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item105",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item105(path, received),
        |api, id, head| { api.item105(id, head) },
    )
}

/// Parses and validates a `item106` request.
fn parse_item106(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item106";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items106/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item106<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item106",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item106(path, received),
        |api, id, head| { api.item106(id, head) },
    )
}

/// Parses and validates a `item107` request.
fn parse_item107(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item107";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items107/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item107<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item107",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item107(path, received),
        |api, id, head| { api.item107(id, head) },
    )
}

/// Parses and validates a `item108` request.
fn parse_item108(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item108";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items108/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item108<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item108",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item108(path, received),
        |api, id, head| { api.item108(id, head) },
    )
}

/// Parses and validates a `item109` request.
fn parse_item109(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item109";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items109/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item109<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item109",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item109(path, received),
        |api, id, head| { api.item109(id, head) },
    )
}

/// Parses and validates a `item110` request.
fn parse_item110(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item110";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items110/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item110<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item110",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item110(path, received),
        |api, id, head| { api.item110(id, head) },
    )
}

/// Parses and validates a `item111` request.
fn parse_item111(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item111";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items111/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item111<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item111",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item111(path, received),
        |api, id, head| { api.item111(id, head) },
    )
}

/// Parses and validates a `item112` request.
fn parse_item112(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item112";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items112/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item112<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item112",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item112(path, received),
        |api, id, head| { api.item112(id, head) },
    )
}

/// Parses and validates a `item113` request.
fn parse_item113(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item113";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items113/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item113<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item113",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item113(path, received),
        |api, id, head| { api.item113(id, head) },
    )
}

/// Parses and validates a `item114` request.
fn parse_item114(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item114";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items114/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item114<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item114",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item114(path, received),
        |api, id, head| { api.item114(id, head) },
    )
}

/// Parses and validates a `item115` request.
fn parse_item115(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item115";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items115/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item115<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item115",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item115(path, received),
        |api, id, head| { api.item115(id, head) },
    )
}

/// Parses and validates a `item116` request.
fn parse_item116(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item116";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items116/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item116<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item116",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item116(path, received),
        |api, id, head| { api.item116(id, head) },
    )
}

/// Parses and validates a `item117` request.
fn parse_item117(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item117";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items117/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item117<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item117",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item117(path, received),
        |api, id, head| { api.item117(id, head) },
    )
}

/// Parses and validates a `item118` request.
fn parse_item118(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item118";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items118/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item118<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item118",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item118(path, received),
        |api, id, head| { api.item118(id, head) },
    )
}

/// Parses and validates a `item119` request.
fn parse_item119(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item119";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items119/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item119<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item119",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item119(path, received),
        |api, id, head| { api.item119(id, head) },
    )
}

/// Parses and validates a `item120` request.
fn parse_item120(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item120";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items120/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item120<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item120",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item120(path, received),
        |api, id, head| { api.item120(id, head) },
    )
}

/// Parses and validates a `item121` request.
fn parse_item121(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item121";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items121/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item121<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item121",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item121(path, received),
        |api, id, head| { api.item121(id, head) },
    )
}

/// Parses and validates a `item122` request.
fn parse_item122(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item122";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items122/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item122<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item122",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item122(path, received),
        |api, id, head| { api.item122(id, head) },
    )
}

/// Parses and validates a `item123` request.
fn parse_item123(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item123";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items123/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item123<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item123",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item123(path, received),
        |api, id, head| { api.item123(id, head) },
    )
}

/// Parses and validates a `item124` request.
fn parse_item124(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item124";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items124/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item124<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item124",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item124(path, received),
        |api, id, head| { api.item124(id, head) },
    )
}

/// Parses and validates a `item125` request.
fn parse_item125(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item125";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items125/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item125<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item125",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item125(path, received),
        |api, id, head| { api.item125(id, head) },
    )
}

/// Parses and validates a `item126` request.
fn parse_item126(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item126";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items126/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item126<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item126",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item126(path, received),
        |api, id, head| { api.item126(id, head) },
    )
}

/// Parses and validates a `item127` request.
fn parse_item127(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item127";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items127/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item127<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item127",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item127(path, received),
        |api, id, head| { api.item127(id, head) },
    )
}

/// Parses and validates a `item128` request.
fn parse_item128(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item128";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items128/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item128<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item128",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item128(path, received),
        |api, id, head| { api.item128(id, head) },
    )
}

/// Parses and validates a `item129` request.
fn parse_item129(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item129";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items129/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item129<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item129",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item129(path, received),
        |api, id, head| { api.item129(id, head) },
    )
}

/// Parses and validates a `item130` request.
fn parse_item130(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item130";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items130/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item130<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item130",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item130(path, received),
        |api, id, head| { api.item130(id, head) },
    )
}

/// Parses and validates a `item131` request.
fn parse_item131(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item131";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items131/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item131<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item131",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item131(path, received),
        |api, id, head| { api.item131(id, head) },
    )
}

/// Parses and validates a `item132` request.
fn parse_item132(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item132";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items132/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item132<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item132",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item132(path, received),
        |api, id, head| { api.item132(id, head) },
    )
}

/// Parses and validates a `item133` request.
fn parse_item133(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item133";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items133/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item133<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item133",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item133(path, received),
        |api, id, head| { api.item133(id, head) },
    )
}

/// Parses and validates a `item134` request.
fn parse_item134(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item134";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items134/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item134<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item134",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item134(path, received),
        |api, id, head| { api.item134(id, head) },
    )
}

/// Parses and validates a `item135` request.
fn parse_item135(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item135";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items135/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item135<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item135",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item135(path, received),
        |api, id, head| { api.item135(id, head) },
    )
}

/// Parses and validates a `item136` request.
fn parse_item136(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item136";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items136/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item136<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item136",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item136(path, received),
        |api, id, head| { api.item136(id, head) },
    )
}

/// Parses and validates a `item137` request.
fn parse_item137(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item137";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items137/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item137<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item137",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item137(path, received),
        |api, id, head| { api.item137(id, head) },
    )
}

/// Parses and validates a `item138` request.
fn parse_item138(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item138";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items138/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item138<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item138",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item138(path, received),
        |api, id, head| { api.item138(id, head) },
    )
}

/// Parses and validates a `item139` request.
fn parse_item139(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item139";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items139/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item139<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item139",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item139(path, received),
        |api, id, head| { api.item139(id, head) },
    )
}

/// Parses and validates a `item140` request.
fn parse_item140(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item140";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items140/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item140<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item140",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item140(path, received),
        |api, id, head| { api.item140(id, head) },
    )
}

/// Parses and validates a `item141` request.
fn parse_item141(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item141";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items141/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item141<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item141",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item141(path, received),
        |api, id, head| { api.item141(id, head) },
    )
}

/// Parses and validates a `item142` request.
fn parse_item142(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item142";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items142/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item142<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item142",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item142(path, received),
        |api, id, head| { api.item142(id, head) },
    )
}

/// Parses and validates a `item143` request.
fn parse_item143(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item143";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items143/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item143<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item143",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item143(path, received),
        |api, id, head| { api.item143(id, head) },
    )
}

/// Parses and validates a `item144` request.
fn parse_item144(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item144";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items144/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item144<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item144",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item144(path, received),
        |api, id, head| { api.item144(id, head) },
    )
}

/// Parses and validates a `item145` request.
fn parse_item145(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item145";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items145/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item145<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item145",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item145(path, received),
        |api, id, head| { api.item145(id, head) },
    )
}

/// Parses and validates a `item146` request.
fn parse_item146(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item146";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items146/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item146<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item146",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item146(path, received),
        |api, id, head| { api.item146(id, head) },
    )
}

/// Parses and validates a `item147` request.
fn parse_item147(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item147";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items147/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item147<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item147",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item147(path, received),
        |api, id, head| { api.item147(id, head) },
    )
}

/// Parses and validates a `item148` request.
fn parse_item148(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item148";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items148/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item148<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item148",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item148(path, received),
        |api, id, head| { api.item148(id, head) },
    )
}

/// Parses and validates a `item149` request.
fn parse_item149(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item149";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items149/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item149<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item149",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item149(path, received),
        |api, id, head| { api.item149(id, head) },
    )
}

/// Parses and validates a `item150` request.
fn parse_item150(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item150";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items150/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item150<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item150",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item150(path, received),
        |api, id, head| { api.item150(id, head) },
    )
}

/// Parses and validates a `item151` request.
fn parse_item151(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item151";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items151/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item151<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item151",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item151(path, received),
        |api, id, head| { api.item151(id, head) },
    )
}

/// Parses and validates a `item152` request.
fn parse_item152(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item152";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items152/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item152<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item152",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item152(path, received),
        |api, id, head| { api.item152(id, head) },
    )
}

/// Parses and validates a `item153` request.
fn parse_item153(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item153";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items153/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item153<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item153",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item153(path, received),
        |api, id, head| { api.item153(id, head) },
    )
}

/// Parses and validates a `item154` request.
fn parse_item154(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item154";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items154/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item154<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item154",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item154(path, received),
        |api, id, head| { api.item154(id, head) },
    )
}

/// Parses and validates a `item155` request.
fn parse_item155(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item155";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items155/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item155<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item155",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item155(path, received),
        |api, id, head| { api.item155(id, head) },
    )
}

/// Parses and validates a `item156` request.
fn parse_item156(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item156";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items156/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item156<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item156",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item156(path, received),
        |api, id, head| { api.item156(id, head) },
    )
}

/// Parses and validates a `item157` request.
fn parse_item157(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item157";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items157/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item157<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item157",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item157(path, received),
        |api, id, head| { api.item157(id, head) },
    )
}

/// Parses and validates a `item158` request.
fn parse_item158(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item158";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items158/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item158<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item158",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item158(path, received),
        |api, id, head| { api.item158(id, head) },
    )
}

/// Parses and validates a `item159` request.
fn parse_item159(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item159";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items159/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item159<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item159",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item159(path, received),
        |api, id, head| { api.item159(id, head) },
    )
}
