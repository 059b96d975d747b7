impl Client {
    /// `GET /items161/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item161<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item161Error>>> + 'a {
        into_inner(self.item161_with_response(id))
    }

    /// Like [`Client::item161`], with the response's status and headers.
    pub fn item161_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item161Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items161".to_owned(), id.to_owned()],
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

    /// `GET /items162/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item162<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item162Error>>> + 'a {
        into_inner(self.item162_with_response(id))
    }

    /// Like [`Client::item162`], with the response's status and headers.
    pub fn item162_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item162Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items162".to_owned(), id.to_owned()],
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

    /// `GET /items163/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item163<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item163Error>>> + 'a {
        into_inner(self.item163_with_response(id))
    }

    /// Like [`Client::item163`], with the response's status and headers.
    pub fn item163_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item163Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items163".to_owned(), id.to_owned()],
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

    /// `GET /items164/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item164<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item164Error>>> + 'a {
        into_inner(self.item164_with_response(id))
    }

    /// Like [`Client::item164`], with the response's status and headers.
    pub fn item164_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item164Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items164".to_owned(), id.to_owned()],
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

    /// `GET /items165/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item165<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item165Error>>> + 'a {
        into_inner(self.item165_with_response(id))
    }

    /// Like [`Client::item165`], with the response's status and headers.
    pub fn item165_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item165Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items165".to_owned(), id.to_owned()],
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

    /// `GET /items166/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item166<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item166Error>>> + 'a {
        into_inner(self.item166_with_response(id))
    }

    /// Like [`Client::item166`], with the response's status and headers.
    pub fn item166_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item166Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items166".to_owned(), id.to_owned()],
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

    /// `GET /items167/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item167<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item167Error>>> + 'a {
        into_inner(self.item167_with_response(id))
    }

    /// Like [`Client::item167`], with the response's status and headers.
    pub fn item167_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item167Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items167".to_owned(), id.to_owned()],
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

    /// `GET /items168/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item168<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item168Error>>> + 'a {
        into_inner(self.item168_with_response(id))
    }

    /// Like [`Client::item168`], with the response's status and headers.
    pub fn item168_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item168Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items168".to_owned(), id.to_owned()],
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

    /// `GET /items169/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item169<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item169Error>>> + 'a {
        into_inner(self.item169_with_response(id))
    }

    /// Like [`Client::item169`], with the response's status and headers.
    pub fn item169_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item169Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items169".to_owned(), id.to_owned()],
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

    /// `GET /items170/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item170<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item170Error>>> + 'a {
        into_inner(self.item170_with_response(id))
    }

    /// Like [`Client::item170`], with the response's status and headers.
    pub fn item170_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item170Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items170".to_owned(), id.to_owned()],
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

    /// `GET /items171/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item171<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item171Error>>> + 'a {
        into_inner(self.item171_with_response(id))
    }

    /// Like [`Client::item171`], with the response's status and headers.
    pub fn item171_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item171Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items171".to_owned(), id.to_owned()],
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

    /// `GET /items172/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item172<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item172Error>>> + 'a {
        into_inner(self.item172_with_response(id))
    }

    /// Like [`Client::item172`], with the response's status and headers.
    pub fn item172_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item172Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items172".to_owned(), id.to_owned()],
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

    /// `GET /items173/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item173<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item173Error>>> + 'a {
        into_inner(self.item173_with_response(id))
    }

    /// Like [`Client::item173`], with the response's status and headers.
    pub fn item173_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item173Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items173".to_owned(), id.to_owned()],
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

    /// `GET /items174/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item174<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item174Error>>> + 'a {
        into_inner(self.item174_with_response(id))
    }

    /// Like [`Client::item174`], with the response's status and headers.
    pub fn item174_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item174Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items174".to_owned(), id.to_owned()],
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

    /// `GET /items175/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item175<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item175Error>>> + 'a {
        into_inner(self.item175_with_response(id))
    }

    /// Like [`Client::item175`], with the response's status and headers.
    pub fn item175_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item175Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items175".to_owned(), id.to_owned()],
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

    /// `GET /items176/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item176<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item176Error>>> + 'a {
        into_inner(self.item176_with_response(id))
    }

    /// Like [`Client::item176`], with the response's status and headers.
    pub fn item176_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item176Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items176".to_owned(), id.to_owned()],
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

    /// `GET /items177/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item177<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item177Error>>> + 'a {
        into_inner(self.item177_with_response(id))
    }

    /// Like [`Client::item177`], with the response's status and headers.
    pub fn item177_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item177Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items177".to_owned(), id.to_owned()],
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

    /// `GET /items178/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item178<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item178Error>>> + 'a {
        into_inner(self.item178_with_response(id))
    }

    /// Like [`Client::item178`], with the response's status and headers.
    pub fn item178_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item178Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items178".to_owned(), id.to_owned()],
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

    /// `GET /items179/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item179<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item179Error>>> + 'a {
        into_inner(self.item179_with_response(id))
    }

    /// Like [`Client::item179`], with the response's status and headers.
    pub fn item179_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item179Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items179".to_owned(), id.to_owned()],
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

    /// `GET /items180/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item180<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item180Error>>> + 'a {
        into_inner(self.item180_with_response(id))
    }

    /// Like [`Client::item180`], with the response's status and headers.
    pub fn item180_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item180Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items180".to_owned(), id.to_owned()],
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

    /// `GET /items181/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item181<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item181Error>>> + 'a {
        into_inner(self.item181_with_response(id))
    }

    /// Like [`Client::item181`], with the response's status and headers.
    pub fn item181_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item181Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items181".to_owned(), id.to_owned()],
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

    /// `GET /items182/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item182<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item182Error>>> + 'a {
        into_inner(self.item182_with_response(id))
    }

    /// Like [`Client::item182`], with the response's status and headers.
    pub fn item182_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item182Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items182".to_owned(), id.to_owned()],
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

    /// `GET /items183/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item183<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item183Error>>> + 'a {
        into_inner(self.item183_with_response(id))
    }

    /// Like [`Client::item183`], with the response's status and headers.
    pub fn item183_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item183Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items183".to_owned(), id.to_owned()],
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

    /// `GET /items184/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item184<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item184Error>>> + 'a {
        into_inner(self.item184_with_response(id))
    }

    /// Like [`Client::item184`], with the response's status and headers.
    pub fn item184_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item184Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items184".to_owned(), id.to_owned()],
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

    /// `GET /items185/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item185<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item185Error>>> + 'a {
        into_inner(self.item185_with_response(id))
    }

    /// Like [`Client::item185`], with the response's status and headers.
    pub fn item185_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item185Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items185".to_owned(), id.to_owned()],
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

    /// `GET /items186/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item186<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item186Error>>> + 'a {
        into_inner(self.item186_with_response(id))
    }

    /// Like [`Client::item186`], with the response's status and headers.
    pub fn item186_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item186Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items186".to_owned(), id.to_owned()],
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

    /// `GET /items187/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item187<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item187Error>>> + 'a {
        into_inner(self.item187_with_response(id))
    }

    /// Like [`Client::item187`], with the response's status and headers.
    pub fn item187_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item187Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items187".to_owned(), id.to_owned()],
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

    /// `GET /items188/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item188<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item188Error>>> + 'a {
        into_inner(self.item188_with_response(id))
    }

    /// Like [`Client::item188`], with the response's status and headers.
    pub fn item188_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item188Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items188".to_owned(), id.to_owned()],
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

    /// `GET /items189/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item189<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item189Error>>> + 'a {
        into_inner(self.item189_with_response(id))
    }

    /// Like [`Client::item189`], with the response's status and headers.
    pub fn item189_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item189Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items189".to_owned(), id.to_owned()],
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

    /// `GET /items190/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item190<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item190Error>>> + 'a {
        into_inner(self.item190_with_response(id))
    }

    /// Like [`Client::item190`], with the response's status and headers.
    pub fn item190_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item190Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items190".to_owned(), id.to_owned()],
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

    /// `GET /items191/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item191<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item191Error>>> + 'a {
        into_inner(self.item191_with_response(id))
    }

    /// Like [`Client::item191`], with the response's status and headers.
    pub fn item191_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item191Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items191".to_owned(), id.to_owned()],
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

    /// `GET /items192/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item192<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item192Error>>> + 'a {
        into_inner(self.item192_with_response(id))
    }

    /// Like [`Client::item192`], with the response's status and headers.
    pub fn item192_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item192Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items192".to_owned(), id.to_owned()],
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

    /// `GET /items193/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item193<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item193Error>>> + 'a {
        into_inner(self.item193_with_response(id))
    }

    /// Like [`Client::item193`], with the response's status and headers.
    pub fn item193_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item193Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items193".to_owned(), id.to_owned()],
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

    /// `GET /items194/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item194<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item194Error>>> + 'a {
        into_inner(self.item194_with_response(id))
    }

    /// Like [`Client::item194`], with the response's status and headers.
    pub fn item194_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item194Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items194".to_owned(), id.to_owned()],
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

    /// `GET /items195/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item195<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item195Error>>> + 'a {
        into_inner(self.item195_with_response(id))
    }

    /// Like [`Client::item195`], with the response's status and headers.
    pub fn item195_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item195Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items195".to_owned(), id.to_owned()],
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

    /// `GET /items196/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item196<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item196Error>>> + 'a {
        into_inner(self.item196_with_response(id))
    }

    /// Like [`Client::item196`], with the response's status and headers.
    pub fn item196_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item196Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items196".to_owned(), id.to_owned()],
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

    /// `GET /items197/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item197<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item197Error>>> + 'a {
        into_inner(self.item197_with_response(id))
    }

    /// Like [`Client::item197`], with the response's status and headers.
    pub fn item197_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item197Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items197".to_owned(), id.to_owned()],
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

    /// `GET /items198/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item198<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item198Error>>> + 'a {
        into_inner(self.item198_with_response(id))
    }

    /// Like [`Client::item198`], with the response's status and headers.
    pub fn item198_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item198Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items198".to_owned(), id.to_owned()],
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

    /// `GET /items199/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item199<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item199Error>>> + 'a {
        into_inner(self.item199_with_response(id))
    }

    /// Like [`Client::item199`], with the response's status and headers.
    pub fn item199_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item199Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items199".to_owned(), id.to_owned()],
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

    /// `GET /items200/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item200<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item200Error>>> + 'a {
        into_inner(self.item200_with_response(id))
    }

    /// Like [`Client::item200`], with the response's status and headers.
    pub fn item200_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item200Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items200".to_owned(), id.to_owned()],
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

    /// `GET /items201/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item201<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item201Error>>> + 'a {
        into_inner(self.item201_with_response(id))
    }

    /// Like [`Client::item201`], with the response's status and headers.
    pub fn item201_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item201Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items201".to_owned(), id.to_owned()],
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

    /// `GET /items202/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item202<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item202Error>>> + 'a {
        into_inner(self.item202_with_response(id))
    }

    /// Like [`Client::item202`], with the response's status and headers.
    pub fn item202_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item202Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items202".to_owned(), id.to_owned()],
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
