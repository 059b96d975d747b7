impl Client {
    /// `GET /items040/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item040<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item040Error>>> + 'a {
        into_inner(self.item040_with_response(id))
    }

    /// Like [`Client::item040`], with the response's status and headers.
    pub fn item040_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item040Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items040".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items041/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item041<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item041Error>>> + 'a {
        into_inner(self.item041_with_response(id))
    }

    /// Like [`Client::item041`], with the response's status and headers.
    pub fn item041_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item041Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items041".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items042/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item042<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item042Error>>> + 'a {
        into_inner(self.item042_with_response(id))
    }

    /// Like [`Client::item042`], with the response's status and headers.
    pub fn item042_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item042Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items042".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items043/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item043<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item043Error>>> + 'a {
        into_inner(self.item043_with_response(id))
    }

    /// Like [`Client::item043`], with the response's status and headers.
    pub fn item043_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item043Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items043".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items044/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item044<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item044Error>>> + 'a {
        into_inner(self.item044_with_response(id))
    }

    /// Like [`Client::item044`], with the response's status and headers.
    pub fn item044_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item044Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items044".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items045/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item045<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item045Error>>> + 'a {
        into_inner(self.item045_with_response(id))
    }

    /// Like [`Client::item045`], with the response's status and headers.
    pub fn item045_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item045Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items045".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items046/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item046<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item046Error>>> + 'a {
        into_inner(self.item046_with_response(id))
    }

    /// Like [`Client::item046`], with the response's status and headers.
    pub fn item046_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item046Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items046".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items047/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item047<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item047Error>>> + 'a {
        into_inner(self.item047_with_response(id))
    }

    /// Like [`Client::item047`], with the response's status and headers.
    pub fn item047_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item047Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items047".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items048/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item048<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item048Error>>> + 'a {
        into_inner(self.item048_with_response(id))
    }

    /// Like [`Client::item048`], with the response's status and headers.
    pub fn item048_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item048Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items048".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items049/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item049<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item049Error>>> + 'a {
        into_inner(self.item049_with_response(id))
    }

    /// Like [`Client::item049`], with the response's status and headers.
    pub fn item049_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item049Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items049".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items050/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item050<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item050Error>>> + 'a {
        into_inner(self.item050_with_response(id))
    }

    /// Like [`Client::item050`], with the response's status and headers.
    pub fn item050_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item050Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items050".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items051/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item051<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item051Error>>> + 'a {
        into_inner(self.item051_with_response(id))
    }

    /// Like [`Client::item051`], with the response's status and headers.
    pub fn item051_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item051Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items051".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items052/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item052<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item052Error>>> + 'a {
        into_inner(self.item052_with_response(id))
    }

    /// Like [`Client::item052`], with the response's status and headers.
    pub fn item052_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item052Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items052".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items053/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item053<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item053Error>>> + 'a {
        into_inner(self.item053_with_response(id))
    }

    /// Like [`Client::item053`], with the response's status and headers.
    pub fn item053_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item053Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items053".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items054/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item054<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item054Error>>> + 'a {
        into_inner(self.item054_with_response(id))
    }

    /// Like [`Client::item054`], with the response's status and headers.
    pub fn item054_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item054Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items054".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items055/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item055<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item055Error>>> + 'a {
        into_inner(self.item055_with_response(id))
    }

    /// Like [`Client::item055`], with the response's status and headers.
    pub fn item055_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item055Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items055".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items056/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item056<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item056Error>>> + 'a {
        into_inner(self.item056_with_response(id))
    }

    /// Like [`Client::item056`], with the response's status and headers.
    pub fn item056_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item056Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items056".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items057/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item057<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item057Error>>> + 'a {
        into_inner(self.item057_with_response(id))
    }

    /// Like [`Client::item057`], with the response's status and headers.
    pub fn item057_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item057Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items057".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items058/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item058<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item058Error>>> + 'a {
        into_inner(self.item058_with_response(id))
    }

    /// Like [`Client::item058`], with the response's status and headers.
    pub fn item058_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item058Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items058".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items059/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item059<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item059Error>>> + 'a {
        into_inner(self.item059_with_response(id))
    }

    /// Like [`Client::item059`], with the response's status and headers.
    pub fn item059_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item059Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items059".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items060/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item060<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item060Error>>> + 'a {
        into_inner(self.item060_with_response(id))
    }

    /// Like [`Client::item060`], with the response's status and headers.
    pub fn item060_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item060Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items060".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items061/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item061<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item061Error>>> + 'a {
        into_inner(self.item061_with_response(id))
    }

    /// Like [`Client::item061`], with the response's status and headers.
    pub fn item061_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item061Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items061".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items062/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item062<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item062Error>>> + 'a {
        into_inner(self.item062_with_response(id))
    }

    /// Like [`Client::item062`], with the response's status and headers.
    pub fn item062_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item062Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items062".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items063/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item063<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item063Error>>> + 'a {
        into_inner(self.item063_with_response(id))
    }

    /// Like [`Client::item063`], with the response's status and headers.
    pub fn item063_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item063Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items063".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items064/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item064<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item064Error>>> + 'a {
        into_inner(self.item064_with_response(id))
    }

    /// Like [`Client::item064`], with the response's status and headers.
    pub fn item064_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item064Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items064".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items065/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item065<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item065Error>>> + 'a {
        into_inner(self.item065_with_response(id))
    }

    /// Like [`Client::item065`], with the response's status and headers.
    pub fn item065_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item065Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items065".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items066/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item066<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item066Error>>> + 'a {
        into_inner(self.item066_with_response(id))
    }

    /// Like [`Client::item066`], with the response's status and headers.
    pub fn item066_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item066Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items066".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items067/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item067<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item067Error>>> + 'a {
        into_inner(self.item067_with_response(id))
    }

    /// Like [`Client::item067`], with the response's status and headers.
    pub fn item067_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item067Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items067".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items068/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item068<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item068Error>>> + 'a {
        into_inner(self.item068_with_response(id))
    }

    /// Like [`Client::item068`], with the response's status and headers.
    pub fn item068_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item068Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items068".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items069/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item069<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item069Error>>> + 'a {
        into_inner(self.item069_with_response(id))
    }

    /// Like [`Client::item069`], with the response's status and headers.
    pub fn item069_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item069Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items069".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items070/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item070<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item070Error>>> + 'a {
        into_inner(self.item070_with_response(id))
    }

    /// Like [`Client::item070`], with the response's status and headers.
    pub fn item070_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item070Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items070".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items071/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item071<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item071Error>>> + 'a {
        into_inner(self.item071_with_response(id))
    }

    /// Like [`Client::item071`], with the response's status and headers.
    pub fn item071_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item071Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items071".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items072/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item072<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item072Error>>> + 'a {
        into_inner(self.item072_with_response(id))
    }

    /// Like [`Client::item072`], with the response's status and headers.
    pub fn item072_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item072Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items072".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items073/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item073<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item073Error>>> + 'a {
        into_inner(self.item073_with_response(id))
    }

    /// Like [`Client::item073`], with the response's status and headers.
    pub fn item073_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item073Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items073".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items074/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item074<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item074Error>>> + 'a {
        into_inner(self.item074_with_response(id))
    }

    /// Like [`Client::item074`], with the response's status and headers.
    pub fn item074_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item074Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items074".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items075/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item075<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item075Error>>> + 'a {
        into_inner(self.item075_with_response(id))
    }

    /// Like [`Client::item075`], with the response's status and headers.
    pub fn item075_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item075Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items075".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items076/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item076<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item076Error>>> + 'a {
        into_inner(self.item076_with_response(id))
    }

    /// Like [`Client::item076`], with the response's status and headers.
    pub fn item076_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item076Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items076".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items077/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item077<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item077Error>>> + 'a {
        into_inner(self.item077_with_response(id))
    }

    /// Like [`Client::item077`], with the response's status and headers.
    pub fn item077_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item077Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items077".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items078/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item078<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item078Error>>> + 'a {
        into_inner(self.item078_with_response(id))
    }

    /// Like [`Client::item078`], with the response's status and headers.
    pub fn item078_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item078Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items078".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items079/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item079<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item079Error>>> + 'a {
        into_inner(self.item079_with_response(id))
    }

    /// Like [`Client::item079`], with the response's status and headers.
    pub fn item079_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item079Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items079".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items080/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item080<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item080Error>>> + 'a {
        into_inner(self.item080_with_response(id))
    }

    /// Like [`Client::item080`], with the response's status and headers.
    pub fn item080_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item080Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items080".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items081/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item081<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item081Error>>> + 'a {
        into_inner(self.item081_with_response(id))
    }

    /// Like [`Client::item081`], with the response's status and headers.
    pub fn item081_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item081Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items081".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items082/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item082<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item082Error>>> + 'a {
        into_inner(self.item082_with_response(id))
    }

    /// Like [`Client::item082`], with the response's status and headers.
    pub fn item082_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item082Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items082".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items083/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item083<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item083Error>>> + 'a {
        into_inner(self.item083_with_response(id))
    }

    /// Like [`Client::item083`], with the response's status and headers.
    pub fn item083_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item083Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items083".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items084/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item084<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item084Error>>> + 'a {
        into_inner(self.item084_with_response(id))
    }

    /// Like [`Client::item084`], with the response's status and headers.
    pub fn item084_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item084Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items084".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items085/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item085<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item085Error>>> + 'a {
        into_inner(self.item085_with_response(id))
    }

    /// Like [`Client::item085`], with the response's status and headers.
    pub fn item085_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item085Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items085".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items086/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item086<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item086Error>>> + 'a {
        into_inner(self.item086_with_response(id))
    }

    /// Like [`Client::item086`], with the response's status and headers.
    pub fn item086_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item086Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items086".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items087/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item087<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item087Error>>> + 'a {
        into_inner(self.item087_with_response(id))
    }

    /// Like [`Client::item087`], with the response's status and headers.
    pub fn item087_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item087Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items087".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }
}
