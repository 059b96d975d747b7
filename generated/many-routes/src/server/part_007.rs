/// Responses `item341` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item341Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item341Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item342` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item342Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item342Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item343` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item343Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item343Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item344` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item344Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item344Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item345` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item345Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item345Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item346` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item346Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item346Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item347` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item347Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item347Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item348` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item348Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item348Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item349` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item349Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item349Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item350` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item350Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item350Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item351` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item351Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item351Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item352` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item352Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item352Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item353` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item353Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item353Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item354` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item354Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item354Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item355` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item355Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item355Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item356` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item356Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item356Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item357` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item357Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item357Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item358` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item358Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item358Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item359` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item359Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item359Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item360` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item360Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item360Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item361` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item361Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item361Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item362` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item362Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item362Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item363` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item363Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item363Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item364` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item364Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item364Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item365` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item365Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item365Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item366` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item366Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item366Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item367` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item367Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item367Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item368` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item368Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item368Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item369` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item369Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item369Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item370` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item370Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item370Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item371` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item371Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item371Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item372` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item372Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item372Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item373` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item373Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item373Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item374` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item374Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item374Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item375` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item375Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item375Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item376` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item376Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item376Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item377` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item377Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item377Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item378` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item378Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item378Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item379` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item379Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item379Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item380` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item380Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item380Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item381` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item381Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item381Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item382` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item382Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item382Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item383` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item383Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item383Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item384` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item384Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item384Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item385` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item385Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item385Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item386` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item386Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item386Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item387` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item387Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item387Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item388` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item388Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item388Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item389` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item389Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item389Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item390` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item390Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item390Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item391` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item391Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item391Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item392` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item392Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item392Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item393` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item393Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item393Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item394` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item394Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item394Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item395` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item395Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item395Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item396` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item396Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item396Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item397` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item397Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item397Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item398` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item398Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item398Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item399` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item399Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item399Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item400` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item400Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item400Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item401` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item401Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item401Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item402` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item402Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item402Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item403` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item403Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item403Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item404` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item404Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item404Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item405` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item405Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item405Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item406` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item406Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item406Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item407` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item407Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item407Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item408` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item408Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item408Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item409` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item409Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item409Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item410` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item410Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item410Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Parses and validates a `item001` request.
fn parse_item001(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item001";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items001/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item001<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item001",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item001(path, received),
        |api, id, head| { api.item001(id, head) },
    )
}

/// Parses and validates a `item002` request.
fn parse_item002(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item002";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items002/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item002<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item002",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item002(path, received),
        |api, id, head| { api.item002(id, head) },
    )
}

/// Parses and validates a `item003` request.
fn parse_item003(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item003";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items003/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item003<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item003",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item003(path, received),
        |api, id, head| { api.item003(id, head) },
    )
}

/// Parses and validates a `item004` request.
fn parse_item004(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item004";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items004/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item004<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item004",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item004(path, received),
        |api, id, head| { api.item004(id, head) },
    )
}

/// Parses and validates a `item005` request.
fn parse_item005(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item005";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items005/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item005<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item005",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item005(path, received),
        |api, id, head| { api.item005(id, head) },
    )
}

/// Parses and validates a `item006` request.
fn parse_item006(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item006";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items006/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item006<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item006",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item006(path, received),
        |api, id, head| { api.item006(id, head) },
    )
}

/// Parses and validates a `item007` request.
fn parse_item007(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item007";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items007/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item007<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item007",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item007(path, received),
        |api, id, head| { api.item007(id, head) },
    )
}

/// Parses and validates a `item008` request.
fn parse_item008(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item008";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items008/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item008<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item008",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item008(path, received),
        |api, id, head| { api.item008(id, head) },
    )
}

/// Parses and validates a `item009` request.
fn parse_item009(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item009";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items009/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item009<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item009",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item009(path, received),
        |api, id, head| { api.item009(id, head) },
    )
}

/// Parses and validates a `item010` request.
fn parse_item010(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item010";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items010/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item010<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item010",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item010(path, received),
        |api, id, head| { api.item010(id, head) },
    )
}

/// Parses and validates a `item011` request.
fn parse_item011(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item011";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items011/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item011<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item011",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item011(path, received),
        |api, id, head| { api.item011(id, head) },
    )
}

/// Parses and validates a `item012` request.
fn parse_item012(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item012";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items012/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item012<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item012",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item012(path, received),
        |api, id, head| { api.item012(id, head) },
    )
}

/// Parses and validates a `item013` request.
fn parse_item013(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item013";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items013/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item013<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item013",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item013(path, received),
        |api, id, head| { api.item013(id, head) },
    )
}

/// Parses and validates a `item014` request.
fn parse_item014(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item014";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items014/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item014<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item014",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item014(path, received),
        |api, id, head| { api.item014(id, head) },
    )
}

/// Parses and validates a `item015` request.
fn parse_item015(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item015";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items015/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item015<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item015",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item015(path, received),
        |api, id, head| { api.item015(id, head) },
    )
}

/// Parses and validates a `item016` request.
fn parse_item016(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item016";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items016/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item016<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item016",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item016(path, received),
        |api, id, head| { api.item016(id, head) },
    )
}

/// Parses and validates a `item017` request.
fn parse_item017(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item017";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items017/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item017<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item017",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item017(path, received),
        |api, id, head| { api.item017(id, head) },
    )
}

/// Parses and validates a `item018` request.
fn parse_item018(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item018";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items018/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item018<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item018",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item018(path, received),
        |api, id, head| { api.item018(id, head) },
    )
}

/// Parses and validates a `item019` request.
fn parse_item019(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item019";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items019/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item019<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item019",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item019(path, received),
        |api, id, head| { api.item019(id, head) },
    )
}

/// Parses and validates a `item020` request.
fn parse_item020(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item020";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items020/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item020<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item020",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item020(path, received),
        |api, id, head| { api.item020(id, head) },
    )
}

/// Parses and validates a `item021` request.
fn parse_item021(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item021";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items021/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item021<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item021",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item021(path, received),
        |api, id, head| { api.item021(id, head) },
    )
}

/// Parses and validates a `item022` request.
fn parse_item022(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item022";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items022/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item022<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item022",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item022(path, received),
        |api, id, head| { api.item022(id, head) },
    )
}

/// Parses and validates a `item023` request.
fn parse_item023(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item023";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items023/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item023<A: AlphaApi>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item023",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_item023(path, received),
        |api, id, head| { api.item023(id, head) },
    )
}
