/// Responses `item131` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item131Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item131Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item132` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item132Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item132Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item133` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item133Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item133Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item134` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item134Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item134Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item135` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item135Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item135Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item136` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item136Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item136Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item137` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item137Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item137Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item138` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item138Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item138Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item139` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item139Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item139Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item140` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item140Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item140Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item141` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item141Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item141Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item142` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item142Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item142Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item143` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item143Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item143Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item144` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item144Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item144Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item145` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item145Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item145Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item146` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item146Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item146Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item147` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item147Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item147Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item148` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item148Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item148Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item149` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item149Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item149Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item150` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item150Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item150Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item151` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item151Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item151Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item152` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item152Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item152Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item153` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item153Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item153Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item154` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item154Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item154Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item155` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item155Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item155Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item156` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item156Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item156Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item157` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item157Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item157Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item158` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item158Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item158Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item159` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item159Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item159Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item160` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item160Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item160Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item161` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item161Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item161Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item162` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item162Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item162Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item163` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item163Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item163Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item164` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item164Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item164Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item165` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item165Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item165Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item166` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item166Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item166Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item167` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item167Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item167Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item168` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item168Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item168Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item169` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item169Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item169Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item170` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item170Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item170Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item171` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item171Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item171Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item172` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item172Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item172Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item173` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item173Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item173Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item174` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item174Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item174Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item175` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item175Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item175Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item176` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item176Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item176Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item177` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item177Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item177Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item178` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item178Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item178Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item179` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item179Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item179Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item180` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item180Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item180Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item181` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item181Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item181Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item182` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item182Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item182Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item183` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item183Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item183Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item184` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item184Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item184Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item185` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item185Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item185Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item186` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item186Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item186Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item187` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item187Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item187Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item188` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item188Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item188Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item189` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item189Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item189Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item190` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item190Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item190Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item191` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item191Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item191Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item192` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item192Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item192Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item193` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item193Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item193Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item194` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item194Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item194Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item195` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item195Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item195Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item196` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item196Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item196Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item197` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item197Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item197Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item198` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item198Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item198Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item199` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item199Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item199Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item200` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item200Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item200Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item201` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item201Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item201Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item202` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item202Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item202Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item203` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item203Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item203Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item204` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item204Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item204Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item205` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item205Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item205Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item206` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item206Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item206Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item207` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item207Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item207Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item208` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item208Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item208Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item209` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item209Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item209Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item210` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item210Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item210Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item211` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item211Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item211Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item212` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item212Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item212Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item213` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item213Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item213Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item214` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item214Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item214Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item215` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item215Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item215Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item216` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item216Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item216Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item217` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item217Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item217Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item218` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item218Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item218Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item219` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item219Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item219Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item220` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item220Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item220Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item221` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item221Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item221Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item222` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item222Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item222Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item223` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item223Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item223Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item224` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item224Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item224Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item225` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item225Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item225Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item226` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item226Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item226Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item227` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item227Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item227Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item228` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item228Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item228Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item229` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item229Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item229Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item230` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item230Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item230Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item231` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item231Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item231Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item232` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item232Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item232Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item233` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item233Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item233Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item234` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item234Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item234Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item235` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item235Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item235Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}
