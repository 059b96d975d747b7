/// Responses `item236` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item236Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item236Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item237` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item237Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item237Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item238` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item238Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item238Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item239` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item239Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item239Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item240` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item240Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item240Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item241` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item241Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item241Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item242` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item242Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item242Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item243` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item243Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item243Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item244` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item244Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item244Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item245` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item245Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item245Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item246` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item246Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item246Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item247` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item247Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item247Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item248` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item248Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item248Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item249` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item249Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item249Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item250` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item250Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item250Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item251` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item251Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item251Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item252` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item252Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item252Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item253` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item253Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item253Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item254` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item254Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item254Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item255` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item255Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item255Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item256` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item256Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item256Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item257` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item257Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item257Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item258` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item258Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item258Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item259` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item259Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item259Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item260` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item260Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item260Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item261` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item261Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item261Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item262` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item262Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item262Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item263` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item263Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item263Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item264` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item264Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item264Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item265` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item265Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item265Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item266` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item266Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item266Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item267` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item267Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item267Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item268` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item268Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item268Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item269` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item269Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item269Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item270` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item270Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item270Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item271` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item271Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item271Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item272` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item272Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item272Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item273` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item273Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item273Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item274` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item274Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item274Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item275` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item275Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item275Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item276` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item276Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item276Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item277` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item277Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item277Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item278` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item278Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item278Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item279` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item279Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item279Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item280` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item280Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item280Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item281` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item281Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item281Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item282` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item282Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item282Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item283` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item283Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item283Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item284` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item284Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item284Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item285` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item285Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item285Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item286` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item286Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item286Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item287` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item287Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item287Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item288` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item288Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item288Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item289` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item289Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item289Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item290` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item290Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item290Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item291` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item291Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item291Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item292` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item292Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item292Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item293` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item293Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item293Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item294` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item294Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item294Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item295` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item295Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item295Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item296` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item296Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item296Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item297` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item297Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item297Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item298` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item298Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item298Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item299` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item299Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item299Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item300` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item300Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item300Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item301` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item301Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item301Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item302` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item302Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item302Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item303` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item303Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item303Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item304` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item304Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item304Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item305` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item305Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item305Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item306` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item306Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item306Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item307` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item307Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item307Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item308` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item308Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item308Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item309` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item309Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item309Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item310` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item310Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item310Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item311` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item311Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item311Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item312` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item312Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item312Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item313` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item313Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item313Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item314` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item314Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item314Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item315` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item315Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item315Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item316` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item316Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item316Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item317` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item317Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item317Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item318` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item318Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item318Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item319` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item319Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item319Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item320` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item320Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item320Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item321` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item321Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item321Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item322` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item322Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item322Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item323` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item323Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item323Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item324` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item324Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item324Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item325` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item325Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item325Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item326` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item326Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item326Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item327` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item327Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item327Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item328` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item328Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item328Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item329` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item329Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item329Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item330` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item330Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item330Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item331` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item331Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item331Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item332` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item332Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item332Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item333` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item333Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item333Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item334` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item334Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item334Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item335` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item335Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item335Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item336` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item336Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item336Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item337` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item337Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item337Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item338` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item338Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item338Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item339` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item339Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item339Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item340` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item340Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item340Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}
