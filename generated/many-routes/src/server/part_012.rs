/// Parses and validates a `item296` request.
fn parse_item296(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item296";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items296/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item296<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item296",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item296(path, received),
        |api, id, head| { api.item296(id, head) },
    )
}

/// Parses and validates a `item297` request.
fn parse_item297(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item297";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items297/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item297<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item297",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item297(path, received),
        |api, id, head| { api.item297(id, head) },
    )
}

/// Parses and validates a `item298` request.
fn parse_item298(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item298";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items298/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item298<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item298",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item298(path, received),
        |api, id, head| { api.item298(id, head) },
    )
}

/// Parses and validates a `item299` request.
fn parse_item299(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item299";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items299/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item299<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item299",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item299(path, received),
        |api, id, head| { api.item299(id, head) },
    )
}

/// Parses and validates a `item300` request.
fn parse_item300(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item300";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items300/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item300<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item300",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item300(path, received),
        |api, id, head| { api.item300(id, head) },
    )
}

/// Parses and validates a `item301` request.
fn parse_item301(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item301";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items301/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item301<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item301",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item301(path, received),
        |api, id, head| { api.item301(id, head) },
    )
}

/// Parses and validates a `item302` request.
fn parse_item302(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item302";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items302/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item302<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item302",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item302(path, received),
        |api, id, head| { api.item302(id, head) },
    )
}

/// Parses and validates a `item303` request.
fn parse_item303(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item303";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items303/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item303<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item303",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item303(path, received),
        |api, id, head| { api.item303(id, head) },
    )
}

/// Parses and validates a `item304` request.
fn parse_item304(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item304";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items304/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item304<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item304",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item304(path, received),
        |api, id, head| { api.item304(id, head) },
    )
}

/// Parses and validates a `item305` request.
fn parse_item305(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item305";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items305/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item305<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item305",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item305(path, received),
        |api, id, head| { api.item305(id, head) },
    )
}

/// Parses and validates a `item306` request.
fn parse_item306(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item306";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items306/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item306<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item306",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item306(path, received),
        |api, id, head| { api.item306(id, head) },
    )
}

/// Parses and validates a `item307` request.
fn parse_item307(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item307";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items307/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item307<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item307",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item307(path, received),
        |api, id, head| { api.item307(id, head) },
    )
}

/// Parses and validates a `item308` request.
fn parse_item308(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item308";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items308/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item308<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item308",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item308(path, received),
        |api, id, head| { api.item308(id, head) },
    )
}

/// Parses and validates a `item309` request.
fn parse_item309(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item309";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items309/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item309<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item309",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item309(path, received),
        |api, id, head| { api.item309(id, head) },
    )
}

/// Parses and validates a `item310` request.
fn parse_item310(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item310";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items310/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item310<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item310",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item310(path, received),
        |api, id, head| { api.item310(id, head) },
    )
}

/// Parses and validates a `item311` request.
fn parse_item311(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item311";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items311/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item311<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item311",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item311(path, received),
        |api, id, head| { api.item311(id, head) },
    )
}

/// Parses and validates a `item312` request.
fn parse_item312(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item312";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items312/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item312<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item312",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item312(path, received),
        |api, id, head| { api.item312(id, head) },
    )
}

/// Parses and validates a `item313` request.
fn parse_item313(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item313";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items313/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item313<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item313",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item313(path, received),
        |api, id, head| { api.item313(id, head) },
    )
}

/// Parses and validates a `item314` request.
fn parse_item314(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item314";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items314/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item314<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item314",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item314(path, received),
        |api, id, head| { api.item314(id, head) },
    )
}

/// Parses and validates a `item315` request.
fn parse_item315(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item315";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items315/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item315<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item315",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item315(path, received),
        |api, id, head| { api.item315(id, head) },
    )
}

/// Parses and validates a `item316` request.
fn parse_item316(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item316";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items316/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item316<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item316",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item316(path, received),
        |api, id, head| { api.item316(id, head) },
    )
}

/// Parses and validates a `item317` request.
fn parse_item317(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item317";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items317/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item317<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item317",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item317(path, received),
        |api, id, head| { api.item317(id, head) },
    )
}

/// Parses and validates a `item318` request.
fn parse_item318(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item318";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items318/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item318<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item318",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item318(path, received),
        |api, id, head| { api.item318(id, head) },
    )
}

/// Parses and validates a `item319` request.
fn parse_item319(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item319";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items319/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item319<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item319",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item319(path, received),
        |api, id, head| { api.item319(id, head) },
    )
}

/// Parses and validates a `item320` request.
fn parse_item320(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item320";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items320/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item320<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item320",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item320(path, received),
        |api, id, head| { api.item320(id, head) },
    )
}

/// Parses and validates a `item321` request.
fn parse_item321(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item321";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items321/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item321<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item321",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item321(path, received),
        |api, id, head| { api.item321(id, head) },
    )
}

/// Parses and validates a `item322` request.
fn parse_item322(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item322";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items322/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item322<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item322",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item322(path, received),
        |api, id, head| { api.item322(id, head) },
    )
}

/// Parses and validates a `item323` request.
fn parse_item323(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item323";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items323/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item323<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item323",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item323(path, received),
        |api, id, head| { api.item323(id, head) },
    )
}

/// Parses and validates a `item324` request.
fn parse_item324(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item324";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items324/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item324<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item324",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item324(path, received),
        |api, id, head| { api.item324(id, head) },
    )
}

/// Parses and validates a `item325` request.
fn parse_item325(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item325";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items325/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item325<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item325",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item325(path, received),
        |api, id, head| { api.item325(id, head) },
    )
}

/// Parses and validates a `item326` request.
fn parse_item326(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item326";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items326/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item326<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item326",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item326(path, received),
        |api, id, head| { api.item326(id, head) },
    )
}

/// Parses and validates a `item327` request.
fn parse_item327(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item327";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items327/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item327<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item327",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item327(path, received),
        |api, id, head| { api.item327(id, head) },
    )
}

/// Parses and validates a `item328` request.
fn parse_item328(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item328";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items328/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item328<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item328",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item328(path, received),
        |api, id, head| { api.item328(id, head) },
    )
}

/// Parses and validates a `item329` request.
fn parse_item329(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item329";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items329/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item329<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item329",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item329(path, received),
        |api, id, head| { api.item329(id, head) },
    )
}

/// Parses and validates a `item330` request.
fn parse_item330(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item330";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items330/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item330<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item330",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item330(path, received),
        |api, id, head| { api.item330(id, head) },
    )
}

/// Parses and validates a `item331` request.
fn parse_item331(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item331";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items331/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item331<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item331",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item331(path, received),
        |api, id, head| { api.item331(id, head) },
    )
}

/// Parses and validates a `item332` request.
fn parse_item332(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item332";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items332/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item332<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item332",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item332(path, received),
        |api, id, head| { api.item332(id, head) },
    )
}

/// Parses and validates a `item333` request.
fn parse_item333(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item333";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items333/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item333<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item333",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item333(path, received),
        |api, id, head| { api.item333(id, head) },
    )
}

/// Parses and validates a `item334` request.
fn parse_item334(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item334";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items334/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item334<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item334",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item334(path, received),
        |api, id, head| { api.item334(id, head) },
    )
}

/// Parses and validates a `item335` request.
fn parse_item335(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item335";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items335/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item335<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item335",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item335(path, received),
        |api, id, head| { api.item335(id, head) },
    )
}

/// Parses and validates a `item336` request.
fn parse_item336(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item336";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items336/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item336<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item336",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item336(path, received),
        |api, id, head| { api.item336(id, head) },
    )
}

/// Parses and validates a `item337` request.
fn parse_item337(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item337";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items337/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item337<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item337",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item337(path, received),
        |api, id, head| { api.item337(id, head) },
    )
}

/// Parses and validates a `item338` request.
fn parse_item338(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item338";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items338/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item338<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item338",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item338(path, received),
        |api, id, head| { api.item338(id, head) },
    )
}

/// Parses and validates a `item339` request.
fn parse_item339(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item339";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items339/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item339<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item339",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item339(path, received),
        |api, id, head| { api.item339(id, head) },
    )
}

/// Parses and validates a `item340` request.
fn parse_item340(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item340";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items340/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item340<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item340",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item340(path, received),
        |api, id, head| { api.item340(id, head) },
    )
}

/// Parses and validates a `item341` request.
fn parse_item341(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item341";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items341/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item341<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item341",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item341(path, received),
        |api, id, head| { api.item341(id, head) },
    )
}

/// Parses and validates a `item342` request.
fn parse_item342(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item342";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items342/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item342<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item342",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item342(path, received),
        |api, id, head| { api.item342(id, head) },
    )
}

/// Parses and validates a `item343` request.
fn parse_item343(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item343";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items343/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item343<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item343",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item343(path, received),
        |api, id, head| { api.item343(id, head) },
    )
}

/// Parses and validates a `item344` request.
fn parse_item344(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item344";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items344/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item344<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item344",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item344(path, received),
        |api, id, head| { api.item344(id, head) },
    )
}

/// Parses and validates a `item345` request.
fn parse_item345(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item345";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items345/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item345<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item345",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item345(path, received),
        |api, id, head| { api.item345(id, head) },
    )
}

/// Parses and validates a `item346` request.
fn parse_item346(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item346";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items346/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item346<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item346",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item346(path, received),
        |api, id, head| { api.item346(id, head) },
    )
}

/// Parses and validates a `item347` request.
fn parse_item347(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item347";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items347/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item347<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item347",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item347(path, received),
        |api, id, head| { api.item347(id, head) },
    )
}

/// Parses and validates a `item348` request.
fn parse_item348(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item348";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items348/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item348<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item348",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item348(path, received),
        |api, id, head| { api.item348(id, head) },
    )
}

/// Parses and validates a `item349` request.
fn parse_item349(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item349";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items349/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item349<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item349",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item349(path, received),
        |api, id, head| { api.item349(id, head) },
    )
}

/// Parses and validates a `item350` request.
fn parse_item350(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item350";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items350/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item350<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item350",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item350(path, received),
        |api, id, head| { api.item350(id, head) },
    )
}

/// Parses and validates a `item351` request.
fn parse_item351(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item351";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items351/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item351<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item351",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item351(path, received),
        |api, id, head| { api.item351(id, head) },
    )
}

/// Parses and validates a `item352` request.
fn parse_item352(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item352";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items352/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item352<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item352",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item352(path, received),
        |api, id, head| { api.item352(id, head) },
    )
}

/// Parses and validates a `item353` request.
fn parse_item353(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item353";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items353/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item353<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item353",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item353(path, received),
        |api, id, head| { api.item353(id, head) },
    )
}

/// Parses and validates a `item354` request.
fn parse_item354(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item354";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items354/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item354<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item354",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item354(path, received),
        |api, id, head| { api.item354(id, head) },
    )
}

/// Parses and validates a `item355` request.
fn parse_item355(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item355";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items355/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item355<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item355",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item355(path, received),
        |api, id, head| { api.item355(id, head) },
    )
}

/// Parses and validates a `item356` request.
fn parse_item356(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item356";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items356/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item356<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item356",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item356(path, received),
        |api, id, head| { api.item356(id, head) },
    )
}

/// Parses and validates a `item357` request.
fn parse_item357(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item357";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items357/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item357<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item357",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item357(path, received),
        |api, id, head| { api.item357(id, head) },
    )
}

/// Parses and validates a `item358` request.
fn parse_item358(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item358";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items358/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item358<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item358",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item358(path, received),
        |api, id, head| { api.item358(id, head) },
    )
}

/// Parses and validates a `item359` request.
fn parse_item359(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item359";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items359/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item359<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item359",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item359(path, received),
        |api, id, head| { api.item359(id, head) },
    )
}

/// Parses and validates a `item360` request.
fn parse_item360(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item360";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items360/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item360<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item360",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item360(path, received),
        |api, id, head| { api.item360(id, head) },
    )
}

/// Parses and validates a `item361` request.
fn parse_item361(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item361";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items361/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item361<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item361",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item361(path, received),
        |api, id, head| { api.item361(id, head) },
    )
}

/// Parses and validates a `item362` request.
fn parse_item362(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item362";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items362/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item362<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item362",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item362(path, received),
        |api, id, head| { api.item362(id, head) },
    )
}

/// Parses and validates a `item363` request.
fn parse_item363(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item363";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items363/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item363<A: BetaPart1Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item363",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item363(path, received),
        |api, id, head| { api.item363(id, head) },
    )
}
