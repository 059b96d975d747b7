/// Responses `item026` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item026Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item026Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item027` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item027Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item027Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item028` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item028Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item028Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item029` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item029Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item029Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item030` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item030Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item030Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item031` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item031Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item031Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item032` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item032Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item032Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item033` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item033Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item033Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item034` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item034Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item034Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item035` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item035Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item035Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item036` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item036Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item036Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item037` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item037Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item037Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item038` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item038Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item038Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item039` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item039Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item039Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item040` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item040Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item040Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item041` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item041Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item041Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item042` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item042Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item042Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item043` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item043Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item043Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item044` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item044Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item044Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item045` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item045Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item045Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item046` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item046Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item046Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item047` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item047Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item047Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item048` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item048Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item048Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item049` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item049Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item049Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item050` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item050Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item050Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item051` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item051Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item051Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item052` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item052Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item052Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item053` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item053Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item053Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item054` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item054Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item054Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item055` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item055Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item055Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item056` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item056Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item056Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item057` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item057Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item057Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item058` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item058Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item058Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item059` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item059Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item059Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item060` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item060Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item060Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item061` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item061Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item061Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item062` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item062Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item062Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item063` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item063Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item063Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item064` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item064Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item064Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item065` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item065Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item065Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item066` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item066Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item066Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item067` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item067Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item067Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item068` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item068Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item068Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item069` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item069Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item069Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item070` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item070Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item070Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item071` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item071Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item071Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item072` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item072Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item072Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item073` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item073Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item073Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item074` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item074Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item074Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item075` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item075Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item075Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item076` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item076Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item076Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item077` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item077Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item077Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item078` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item078Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item078Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item079` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item079Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item079Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item080` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item080Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item080Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item081` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item081Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item081Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item082` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item082Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item082Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item083` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item083Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item083Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item084` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item084Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item084Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item085` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item085Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item085Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item086` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item086Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item086Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item087` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item087Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item087Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item088` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item088Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item088Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item089` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item089Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item089Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item090` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item090Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item090Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item091` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item091Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item091Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item092` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item092Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item092Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item093` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item093Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item093Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item094` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item094Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item094Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item095` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item095Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item095Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item096` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item096Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item096Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item097` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item097Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item097Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item098` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item098Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item098Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item099` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item099Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item099Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item100` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item100Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item100Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item101` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item101Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item101Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item102` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item102Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item102Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item103` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item103Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item103Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item104` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item104Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item104Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item105` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item105Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item105Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item106` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item106Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item106Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item107` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item107Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item107Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item108` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item108Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item108Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item109` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item109Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item109Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item110` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item110Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item110Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item111` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item111Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item111Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item112` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item112Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item112Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item113` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item113Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item113Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item114` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item114Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item114Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item115` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item115Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item115Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item116` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item116Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item116Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item117` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item117Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item117Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item118` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item118Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item118Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item119` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item119Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item119Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item120` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item120Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item120Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item121` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item121Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item121Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item122` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item122Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item122Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item123` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item123Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item123Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item124` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item124Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item124Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item125` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item125Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item125Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item126` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item126Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item126Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item127` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item127Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item127Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item128` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item128Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item128Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item129` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item129Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item129Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item130` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item130Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item130Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}
