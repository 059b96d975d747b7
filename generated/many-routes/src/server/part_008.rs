/// Parses and validates a `item024` request.
fn parse_item024(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item024";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items024/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item024<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item024",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item024(path, received),
        |api, id, head| { api.item024(id, head) },
    )
}

/// Parses and validates a `item025` request.
fn parse_item025(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item025";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items025/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item025<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item025",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item025(path, received),
        |api, id, head| { api.item025(id, head) },
    )
}

/// Parses and validates a `item026` request.
fn parse_item026(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item026";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items026/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item026<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item026",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item026(path, received),
        |api, id, head| { api.item026(id, head) },
    )
}

/// Parses and validates a `item027` request.
fn parse_item027(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item027";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items027/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item027<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item027",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item027(path, received),
        |api, id, head| { api.item027(id, head) },
    )
}

/// Parses and validates a `item028` request.
fn parse_item028(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item028";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items028/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item028<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item028",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item028(path, received),
        |api, id, head| { api.item028(id, head) },
    )
}

/// Parses and validates a `item029` request.
fn parse_item029(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item029";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items029/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item029<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item029",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item029(path, received),
        |api, id, head| { api.item029(id, head) },
    )
}

/// Parses and validates a `item030` request.
fn parse_item030(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item030";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items030/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item030<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item030",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item030(path, received),
        |api, id, head| { api.item030(id, head) },
    )
}

/// Parses and validates a `item031` request.
fn parse_item031(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item031";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items031/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item031<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item031",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item031(path, received),
        |api, id, head| { api.item031(id, head) },
    )
}

/// Parses and validates a `item032` request.
fn parse_item032(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item032";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items032/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item032<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item032",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item032(path, received),
        |api, id, head| { api.item032(id, head) },
    )
}

/// Parses and validates a `item033` request.
fn parse_item033(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item033";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items033/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item033<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item033",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item033(path, received),
        |api, id, head| { api.item033(id, head) },
    )
}

/// Parses and validates a `item034` request.
fn parse_item034(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item034";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items034/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item034<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item034",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item034(path, received),
        |api, id, head| { api.item034(id, head) },
    )
}

/// Parses and validates a `item035` request.
fn parse_item035(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item035";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items035/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item035<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item035",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item035(path, received),
        |api, id, head| { api.item035(id, head) },
    )
}

/// Parses and validates a `item036` request.
fn parse_item036(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item036";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items036/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item036<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item036",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item036(path, received),
        |api, id, head| { api.item036(id, head) },
    )
}

/// Parses and validates a `item037` request.
fn parse_item037(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item037";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items037/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item037<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item037",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item037(path, received),
        |api, id, head| { api.item037(id, head) },
    )
}

/// Parses and validates a `item038` request.
fn parse_item038(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item038";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items038/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item038<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item038",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item038(path, received),
        |api, id, head| { api.item038(id, head) },
    )
}

/// Parses and validates a `item039` request.
fn parse_item039(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item039";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items039/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item039<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item039",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item039(path, received),
        |api, id, head| { api.item039(id, head) },
    )
}

/// Parses and validates a `item040` request.
fn parse_item040(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item040";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items040/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item040<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item040",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item040(path, received),
        |api, id, head| { api.item040(id, head) },
    )
}

/// Parses and validates a `item041` request.
fn parse_item041(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item041";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items041/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item041<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item041",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item041(path, received),
        |api, id, head| { api.item041(id, head) },
    )
}

/// Parses and validates a `item042` request.
fn parse_item042(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item042";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items042/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item042<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item042",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item042(path, received),
        |api, id, head| { api.item042(id, head) },
    )
}

/// Parses and validates a `item043` request.
fn parse_item043(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item043";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items043/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item043<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item043",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item043(path, received),
        |api, id, head| { api.item043(id, head) },
    )
}

/// Parses and validates a `item044` request.
fn parse_item044(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item044";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items044/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item044<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item044",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item044(path, received),
        |api, id, head| { api.item044(id, head) },
    )
}

/// Parses and validates a `item045` request.
fn parse_item045(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item045";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items045/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item045<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item045",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item045(path, received),
        |api, id, head| { api.item045(id, head) },
    )
}

/// Parses and validates a `item046` request.
fn parse_item046(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item046";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items046/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item046<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item046",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item046(path, received),
        |api, id, head| { api.item046(id, head) },
    )
}

/// Parses and validates a `item047` request.
fn parse_item047(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item047";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items047/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item047<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item047",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item047(path, received),
        |api, id, head| { api.item047(id, head) },
    )
}

/// Parses and validates a `item048` request.
fn parse_item048(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item048";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items048/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item048<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item048",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item048(path, received),
        |api, id, head| { api.item048(id, head) },
    )
}

/// Parses and validates a `item049` request.
fn parse_item049(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item049";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items049/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item049<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item049",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item049(path, received),
        |api, id, head| { api.item049(id, head) },
    )
}

/// Parses and validates a `item050` request.
fn parse_item050(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item050";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items050/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item050<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item050",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item050(path, received),
        |api, id, head| { api.item050(id, head) },
    )
}

/// Parses and validates a `item051` request.
fn parse_item051(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item051";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items051/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item051<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item051",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item051(path, received),
        |api, id, head| { api.item051(id, head) },
    )
}

/// Parses and validates a `item052` request.
fn parse_item052(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item052";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items052/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item052<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item052",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item052(path, received),
        |api, id, head| { api.item052(id, head) },
    )
}

/// Parses and validates a `item053` request.
fn parse_item053(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item053";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items053/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item053<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item053",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item053(path, received),
        |api, id, head| { api.item053(id, head) },
    )
}

/// Parses and validates a `item054` request.
fn parse_item054(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item054";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items054/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item054<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item054",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item054(path, received),
        |api, id, head| { api.item054(id, head) },
    )
}

/// Parses and validates a `item055` request.
fn parse_item055(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item055";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items055/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item055<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item055",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item055(path, received),
        |api, id, head| { api.item055(id, head) },
    )
}

/// Parses and validates a `item056` request.
fn parse_item056(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item056";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items056/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item056<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item056",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item056(path, received),
        |api, id, head| { api.item056(id, head) },
    )
}

/// Parses and validates a `item057` request.
fn parse_item057(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item057";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items057/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item057<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item057",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item057(path, received),
        |api, id, head| { api.item057(id, head) },
    )
}

/// Parses and validates a `item058` request.
fn parse_item058(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item058";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items058/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item058<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item058",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item058(path, received),
        |api, id, head| { api.item058(id, head) },
    )
}

/// Parses and validates a `item059` request.
fn parse_item059(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item059";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items059/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item059<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item059",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item059(path, received),
        |api, id, head| { api.item059(id, head) },
    )
}

/// Parses and validates a `item060` request.
fn parse_item060(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item060";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items060/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item060<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item060",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item060(path, received),
        |api, id, head| { api.item060(id, head) },
    )
}

/// Parses and validates a `item061` request.
fn parse_item061(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item061";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items061/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item061<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item061",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item061(path, received),
        |api, id, head| { api.item061(id, head) },
    )
}

/// Parses and validates a `item062` request.
fn parse_item062(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item062";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items062/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item062<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item062",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item062(path, received),
        |api, id, head| { api.item062(id, head) },
    )
}

/// Parses and validates a `item063` request.
fn parse_item063(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item063";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items063/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item063<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item063",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item063(path, received),
        |api, id, head| { api.item063(id, head) },
    )
}

/// Parses and validates a `item064` request.
fn parse_item064(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item064";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items064/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item064<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item064",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item064(path, received),
        |api, id, head| { api.item064(id, head) },
    )
}

/// Parses and validates a `item065` request.
fn parse_item065(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item065";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items065/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item065<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item065",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item065(path, received),
        |api, id, head| { api.item065(id, head) },
    )
}

/// Parses and validates a `item066` request.
fn parse_item066(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item066";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items066/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item066<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item066",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item066(path, received),
        |api, id, head| { api.item066(id, head) },
    )
}

/// Parses and validates a `item067` request.
fn parse_item067(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item067";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items067/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item067<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item067",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item067(path, received),
        |api, id, head| { api.item067(id, head) },
    )
}

/// Parses and validates a `item068` request.
fn parse_item068(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item068";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items068/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item068<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item068",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item068(path, received),
        |api, id, head| { api.item068(id, head) },
    )
}

/// Parses and validates a `item069` request.
fn parse_item069(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item069";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items069/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item069<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item069",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item069(path, received),
        |api, id, head| { api.item069(id, head) },
    )
}

/// Parses and validates a `item070` request.
fn parse_item070(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item070";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items070/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item070<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item070",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item070(path, received),
        |api, id, head| { api.item070(id, head) },
    )
}

/// Parses and validates a `item071` request.
fn parse_item071(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item071";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items071/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item071<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item071",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item071(path, received),
        |api, id, head| { api.item071(id, head) },
    )
}

/// Parses and validates a `item072` request.
fn parse_item072(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item072";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items072/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item072<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item072",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item072(path, received),
        |api, id, head| { api.item072(id, head) },
    )
}

/// Parses and validates a `item073` request.
fn parse_item073(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item073";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items073/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item073<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item073",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item073(path, received),
        |api, id, head| { api.item073(id, head) },
    )
}

/// Parses and validates a `item074` request.
fn parse_item074(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item074";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items074/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item074<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item074",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item074(path, received),
        |api, id, head| { api.item074(id, head) },
    )
}

/// Parses and validates a `item075` request.
fn parse_item075(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item075";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items075/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item075<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item075",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item075(path, received),
        |api, id, head| { api.item075(id, head) },
    )
}

/// Parses and validates a `item076` request.
fn parse_item076(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item076";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items076/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item076<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item076",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item076(path, received),
        |api, id, head| { api.item076(id, head) },
    )
}

/// Parses and validates a `item077` request.
fn parse_item077(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item077";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items077/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item077<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item077",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item077(path, received),
        |api, id, head| { api.item077(id, head) },
    )
}

/// Parses and validates a `item078` request.
fn parse_item078(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item078";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items078/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item078<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item078",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item078(path, received),
        |api, id, head| { api.item078(id, head) },
    )
}

/// Parses and validates a `item079` request.
fn parse_item079(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item079";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items079/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item079<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item079",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item079(path, received),
        |api, id, head| { api.item079(id, head) },
    )
}

/// Parses and validates a `item080` request.
fn parse_item080(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item080";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items080/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item080<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item080",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item080(path, received),
        |api, id, head| { api.item080(id, head) },
    )
}

/// Parses and validates a `item081` request.
fn parse_item081(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item081";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items081/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item081<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item081",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item081(path, received),
        |api, id, head| { api.item081(id, head) },
    )
}

/// Parses and validates a `item082` request.
fn parse_item082(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item082";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items082/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item082<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item082",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item082(path, received),
        |api, id, head| { api.item082(id, head) },
    )
}

/// Parses and validates a `item083` request.
fn parse_item083(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item083";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items083/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item083<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item083",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item083(path, received),
        |api, id, head| { api.item083(id, head) },
    )
}

/// Parses and validates a `item084` request.
fn parse_item084(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item084";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items084/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item084<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item084",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item084(path, received),
        |api, id, head| { api.item084(id, head) },
    )
}

/// Parses and validates a `item085` request.
fn parse_item085(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item085";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items085/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item085<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item085",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item085(path, received),
        |api, id, head| { api.item085(id, head) },
    )
}

/// Parses and validates a `item086` request.
fn parse_item086(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item086";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items086/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item086<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item086",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item086(path, received),
        |api, id, head| { api.item086(id, head) },
    )
}

/// Parses and validates a `item087` request.
fn parse_item087(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item087";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items087/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item087<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item087",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item087(path, received),
        |api, id, head| { api.item087(id, head) },
    )
}

/// Parses and validates a `item088` request.
fn parse_item088(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item088";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items088/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item088<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item088",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item088(path, received),
        |api, id, head| { api.item088(id, head) },
    )
}

/// Parses and validates a `item089` request.
fn parse_item089(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item089";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items089/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item089<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item089",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item089(path, received),
        |api, id, head| { api.item089(id, head) },
    )
}

/// Parses and validates a `item090` request.
fn parse_item090(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item090";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items090/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item090<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item090",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item090(path, received),
        |api, id, head| { api.item090(id, head) },
    )
}

/// Parses and validates a `item091` request.
fn parse_item091(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item091";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items091/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item091<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item091",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item091(path, received),
        |api, id, head| { api.item091(id, head) },
    )
}
