impl Client {
    /// `GET /items245/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item245<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item245Error>>> + 'a {
        into_inner(self.item245_with_response(id))
    }

    /// Like [`Client::item245`], with the response's status and headers.
    pub fn item245_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item245Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items245".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items246/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item246<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item246Error>>> + 'a {
        into_inner(self.item246_with_response(id))
    }

    /// Like [`Client::item246`], with the response's status and headers.
    pub fn item246_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item246Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items246".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items247/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item247<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item247Error>>> + 'a {
        into_inner(self.item247_with_response(id))
    }

    /// Like [`Client::item247`], with the response's status and headers.
    pub fn item247_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item247Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items247".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items248/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item248<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item248Error>>> + 'a {
        into_inner(self.item248_with_response(id))
    }

    /// Like [`Client::item248`], with the response's status and headers.
    pub fn item248_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item248Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items248".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items249/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item249<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item249Error>>> + 'a {
        into_inner(self.item249_with_response(id))
    }

    /// Like [`Client::item249`], with the response's status and headers.
    pub fn item249_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item249Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items249".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items250/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item250<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item250Error>>> + 'a {
        into_inner(self.item250_with_response(id))
    }

    /// Like [`Client::item250`], with the response's status and headers.
    pub fn item250_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item250Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items250".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items251/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item251<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item251Error>>> + 'a {
        into_inner(self.item251_with_response(id))
    }

    /// Like [`Client::item251`], with the response's status and headers.
    pub fn item251_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item251Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items251".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items252/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item252<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item252Error>>> + 'a {
        into_inner(self.item252_with_response(id))
    }

    /// Like [`Client::item252`], with the response's status and headers.
    pub fn item252_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item252Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items252".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items253/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item253<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item253Error>>> + 'a {
        into_inner(self.item253_with_response(id))
    }

    /// Like [`Client::item253`], with the response's status and headers.
    pub fn item253_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item253Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items253".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items254/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item254<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item254Error>>> + 'a {
        into_inner(self.item254_with_response(id))
    }

    /// Like [`Client::item254`], with the response's status and headers.
    pub fn item254_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item254Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items254".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items255/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item255<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item255Error>>> + 'a {
        into_inner(self.item255_with_response(id))
    }

    /// Like [`Client::item255`], with the response's status and headers.
    pub fn item255_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item255Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items255".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items256/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item256<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item256Error>>> + 'a {
        into_inner(self.item256_with_response(id))
    }

    /// Like [`Client::item256`], with the response's status and headers.
    pub fn item256_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item256Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items256".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items257/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item257<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item257Error>>> + 'a {
        into_inner(self.item257_with_response(id))
    }

    /// Like [`Client::item257`], with the response's status and headers.
    pub fn item257_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item257Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items257".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items258/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item258<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item258Error>>> + 'a {
        into_inner(self.item258_with_response(id))
    }

    /// Like [`Client::item258`], with the response's status and headers.
    pub fn item258_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item258Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items258".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items259/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item259<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item259Error>>> + 'a {
        into_inner(self.item259_with_response(id))
    }

    /// Like [`Client::item259`], with the response's status and headers.
    pub fn item259_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item259Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items259".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items260/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item260<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item260Error>>> + 'a {
        into_inner(self.item260_with_response(id))
    }

    /// Like [`Client::item260`], with the response's status and headers.
    pub fn item260_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item260Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items260".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items261/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item261<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item261Error>>> + 'a {
        into_inner(self.item261_with_response(id))
    }

    /// Like [`Client::item261`], with the response's status and headers.
    pub fn item261_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item261Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items261".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items262/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item262<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item262Error>>> + 'a {
        into_inner(self.item262_with_response(id))
    }

    /// Like [`Client::item262`], with the response's status and headers.
    pub fn item262_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item262Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items262".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items263/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item263<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item263Error>>> + 'a {
        into_inner(self.item263_with_response(id))
    }

    /// Like [`Client::item263`], with the response's status and headers.
    pub fn item263_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item263Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items263".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items264/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item264<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item264Error>>> + 'a {
        into_inner(self.item264_with_response(id))
    }

    /// Like [`Client::item264`], with the response's status and headers.
    pub fn item264_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item264Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items264".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items265/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item265<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item265Error>>> + 'a {
        into_inner(self.item265_with_response(id))
    }

    /// Like [`Client::item265`], with the response's status and headers.
    pub fn item265_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item265Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items265".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items266/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item266<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item266Error>>> + 'a {
        into_inner(self.item266_with_response(id))
    }

    /// Like [`Client::item266`], with the response's status and headers.
    pub fn item266_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item266Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items266".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items267/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item267<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item267Error>>> + 'a {
        into_inner(self.item267_with_response(id))
    }

    /// Like [`Client::item267`], with the response's status and headers.
    pub fn item267_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item267Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items267".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items268/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item268<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item268Error>>> + 'a {
        into_inner(self.item268_with_response(id))
    }

    /// Like [`Client::item268`], with the response's status and headers.
    pub fn item268_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item268Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items268".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items269/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item269<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item269Error>>> + 'a {
        into_inner(self.item269_with_response(id))
    }

    /// Like [`Client::item269`], with the response's status and headers.
    pub fn item269_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item269Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items269".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items270/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item270<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item270Error>>> + 'a {
        into_inner(self.item270_with_response(id))
    }

    /// Like [`Client::item270`], with the response's status and headers.
    pub fn item270_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item270Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items270".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items271/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item271<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item271Error>>> + 'a {
        into_inner(self.item271_with_response(id))
    }

    /// Like [`Client::item271`], with the response's status and headers.
    pub fn item271_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item271Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items271".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items272/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item272<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item272Error>>> + 'a {
        into_inner(self.item272_with_response(id))
    }

    /// Like [`Client::item272`], with the response's status and headers.
    pub fn item272_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item272Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items272".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items273/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item273<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item273Error>>> + 'a {
        into_inner(self.item273_with_response(id))
    }

    /// Like [`Client::item273`], with the response's status and headers.
    pub fn item273_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item273Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items273".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items274/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item274<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item274Error>>> + 'a {
        into_inner(self.item274_with_response(id))
    }

    /// Like [`Client::item274`], with the response's status and headers.
    pub fn item274_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item274Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items274".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items275/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item275<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item275Error>>> + 'a {
        into_inner(self.item275_with_response(id))
    }

    /// Like [`Client::item275`], with the response's status and headers.
    pub fn item275_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item275Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items275".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items276/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item276<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item276Error>>> + 'a {
        into_inner(self.item276_with_response(id))
    }

    /// Like [`Client::item276`], with the response's status and headers.
    pub fn item276_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item276Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items276".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items277/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item277<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item277Error>>> + 'a {
        into_inner(self.item277_with_response(id))
    }

    /// Like [`Client::item277`], with the response's status and headers.
    pub fn item277_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item277Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items277".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items278/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item278<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item278Error>>> + 'a {
        into_inner(self.item278_with_response(id))
    }

    /// Like [`Client::item278`], with the response's status and headers.
    pub fn item278_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item278Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items278".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items279/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item279<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item279Error>>> + 'a {
        into_inner(self.item279_with_response(id))
    }

    /// Like [`Client::item279`], with the response's status and headers.
    pub fn item279_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item279Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items279".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items280/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item280<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item280Error>>> + 'a {
        into_inner(self.item280_with_response(id))
    }

    /// Like [`Client::item280`], with the response's status and headers.
    pub fn item280_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item280Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items280".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items281/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item281<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item281Error>>> + 'a {
        into_inner(self.item281_with_response(id))
    }

    /// Like [`Client::item281`], with the response's status and headers.
    pub fn item281_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item281Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items281".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items282/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item282<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item282Error>>> + 'a {
        into_inner(self.item282_with_response(id))
    }

    /// Like [`Client::item282`], with the response's status and headers.
    pub fn item282_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item282Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items282".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items283/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item283<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item283Error>>> + 'a {
        into_inner(self.item283_with_response(id))
    }

    /// Like [`Client::item283`], with the response's status and headers.
    pub fn item283_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item283Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items283".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items284/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item284<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item284Error>>> + 'a {
        into_inner(self.item284_with_response(id))
    }

    /// Like [`Client::item284`], with the response's status and headers.
    pub fn item284_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item284Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items284".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items285/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item285<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item285Error>>> + 'a {
        into_inner(self.item285_with_response(id))
    }

    /// Like [`Client::item285`], with the response's status and headers.
    pub fn item285_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item285Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items285".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items286/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item286<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item286Error>>> + 'a {
        into_inner(self.item286_with_response(id))
    }

    /// Like [`Client::item286`], with the response's status and headers.
    pub fn item286_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item286Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items286".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }
}
