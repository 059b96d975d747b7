impl Client {
    /// `GET /items119/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item119<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item119Error>>> + 'a {
        into_inner(self.item119_with_response(id))
    }

    /// Like [`Client::item119`], with the response's status and headers.
    pub fn item119_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item119Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items119".to_owned(), id.to_owned()],
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

    /// `GET /items120/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item120<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item120Error>>> + 'a {
        into_inner(self.item120_with_response(id))
    }

    /// Like [`Client::item120`], with the response's status and headers.
    pub fn item120_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item120Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items120".to_owned(), id.to_owned()],
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

    /// `GET /items121/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item121<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item121Error>>> + 'a {
        into_inner(self.item121_with_response(id))
    }

    /// Like [`Client::item121`], with the response's status and headers.
    pub fn item121_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item121Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items121".to_owned(), id.to_owned()],
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

    /// `GET /items122/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item122<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item122Error>>> + 'a {
        into_inner(self.item122_with_response(id))
    }

    /// Like [`Client::item122`], with the response's status and headers.
    pub fn item122_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item122Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items122".to_owned(), id.to_owned()],
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

    /// `GET /items123/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item123<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item123Error>>> + 'a {
        into_inner(self.item123_with_response(id))
    }

    /// Like [`Client::item123`], with the response's status and headers.
    pub fn item123_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item123Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items123".to_owned(), id.to_owned()],
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

    /// `GET /items124/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item124<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item124Error>>> + 'a {
        into_inner(self.item124_with_response(id))
    }

    /// Like [`Client::item124`], with the response's status and headers.
    pub fn item124_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item124Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items124".to_owned(), id.to_owned()],
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

    /// `GET /items125/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item125<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item125Error>>> + 'a {
        into_inner(self.item125_with_response(id))
    }

    /// Like [`Client::item125`], with the response's status and headers.
    pub fn item125_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item125Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items125".to_owned(), id.to_owned()],
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

    /// `GET /items126/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item126<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item126Error>>> + 'a {
        into_inner(self.item126_with_response(id))
    }

    /// Like [`Client::item126`], with the response's status and headers.
    pub fn item126_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item126Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items126".to_owned(), id.to_owned()],
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

    /// `GET /items127/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item127<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item127Error>>> + 'a {
        into_inner(self.item127_with_response(id))
    }

    /// Like [`Client::item127`], with the response's status and headers.
    pub fn item127_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item127Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items127".to_owned(), id.to_owned()],
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

    /// `GET /items128/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item128<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item128Error>>> + 'a {
        into_inner(self.item128_with_response(id))
    }

    /// Like [`Client::item128`], with the response's status and headers.
    pub fn item128_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item128Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items128".to_owned(), id.to_owned()],
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

    /// `GET /items129/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item129<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item129Error>>> + 'a {
        into_inner(self.item129_with_response(id))
    }

    /// Like [`Client::item129`], with the response's status and headers.
    pub fn item129_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item129Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items129".to_owned(), id.to_owned()],
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

    /// `GET /items130/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item130<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item130Error>>> + 'a {
        into_inner(self.item130_with_response(id))
    }

    /// Like [`Client::item130`], with the response's status and headers.
    pub fn item130_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item130Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items130".to_owned(), id.to_owned()],
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

    /// `GET /items131/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item131<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item131Error>>> + 'a {
        into_inner(self.item131_with_response(id))
    }

    /// Like [`Client::item131`], with the response's status and headers.
    pub fn item131_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item131Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items131".to_owned(), id.to_owned()],
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

    /// `GET /items132/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item132<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item132Error>>> + 'a {
        into_inner(self.item132_with_response(id))
    }

    /// Like [`Client::item132`], with the response's status and headers.
    pub fn item132_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item132Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items132".to_owned(), id.to_owned()],
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

    /// `GET /items133/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item133<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item133Error>>> + 'a {
        into_inner(self.item133_with_response(id))
    }

    /// Like [`Client::item133`], with the response's status and headers.
    pub fn item133_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item133Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items133".to_owned(), id.to_owned()],
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

    /// `GET /items134/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item134<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item134Error>>> + 'a {
        into_inner(self.item134_with_response(id))
    }

    /// Like [`Client::item134`], with the response's status and headers.
    pub fn item134_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item134Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items134".to_owned(), id.to_owned()],
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

    /// `GET /items135/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item135<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item135Error>>> + 'a {
        into_inner(self.item135_with_response(id))
    }

    /// Like [`Client::item135`], with the response's status and headers.
    pub fn item135_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item135Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items135".to_owned(), id.to_owned()],
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

    /// `GET /items136/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item136<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item136Error>>> + 'a {
        into_inner(self.item136_with_response(id))
    }

    /// Like [`Client::item136`], with the response's status and headers.
    pub fn item136_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item136Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items136".to_owned(), id.to_owned()],
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

    /// `GET /items137/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item137<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item137Error>>> + 'a {
        into_inner(self.item137_with_response(id))
    }

    /// Like [`Client::item137`], with the response's status and headers.
    pub fn item137_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item137Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items137".to_owned(), id.to_owned()],
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

    /// `GET /items138/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item138<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item138Error>>> + 'a {
        into_inner(self.item138_with_response(id))
    }

    /// Like [`Client::item138`], with the response's status and headers.
    pub fn item138_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item138Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items138".to_owned(), id.to_owned()],
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

    /// `GET /items139/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item139<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item139Error>>> + 'a {
        into_inner(self.item139_with_response(id))
    }

    /// Like [`Client::item139`], with the response's status and headers.
    pub fn item139_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item139Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items139".to_owned(), id.to_owned()],
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

    /// `GET /items140/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item140<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item140Error>>> + 'a {
        into_inner(self.item140_with_response(id))
    }

    /// Like [`Client::item140`], with the response's status and headers.
    pub fn item140_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item140Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items140".to_owned(), id.to_owned()],
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

    /// `GET /items141/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item141<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item141Error>>> + 'a {
        into_inner(self.item141_with_response(id))
    }

    /// Like [`Client::item141`], with the response's status and headers.
    pub fn item141_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item141Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items141".to_owned(), id.to_owned()],
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

    /// `GET /items142/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item142<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item142Error>>> + 'a {
        into_inner(self.item142_with_response(id))
    }

    /// Like [`Client::item142`], with the response's status and headers.
    pub fn item142_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item142Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items142".to_owned(), id.to_owned()],
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

    /// `GET /items143/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item143<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item143Error>>> + 'a {
        into_inner(self.item143_with_response(id))
    }

    /// Like [`Client::item143`], with the response's status and headers.
    pub fn item143_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item143Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items143".to_owned(), id.to_owned()],
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

    /// `GET /items144/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item144<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item144Error>>> + 'a {
        into_inner(self.item144_with_response(id))
    }

    /// Like [`Client::item144`], with the response's status and headers.
    pub fn item144_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item144Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items144".to_owned(), id.to_owned()],
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

    /// `GET /items145/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item145<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item145Error>>> + 'a {
        into_inner(self.item145_with_response(id))
    }

    /// Like [`Client::item145`], with the response's status and headers.
    pub fn item145_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item145Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items145".to_owned(), id.to_owned()],
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

    /// `GET /items146/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item146<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item146Error>>> + 'a {
        into_inner(self.item146_with_response(id))
    }

    /// Like [`Client::item146`], with the response's status and headers.
    pub fn item146_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item146Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items146".to_owned(), id.to_owned()],
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

    /// `GET /items147/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item147<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item147Error>>> + 'a {
        into_inner(self.item147_with_response(id))
    }

    /// Like [`Client::item147`], with the response's status and headers.
    pub fn item147_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item147Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items147".to_owned(), id.to_owned()],
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

    /// `GET /items148/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item148<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item148Error>>> + 'a {
        into_inner(self.item148_with_response(id))
    }

    /// Like [`Client::item148`], with the response's status and headers.
    pub fn item148_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item148Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items148".to_owned(), id.to_owned()],
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

    /// `GET /items149/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item149<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item149Error>>> + 'a {
        into_inner(self.item149_with_response(id))
    }

    /// Like [`Client::item149`], with the response's status and headers.
    pub fn item149_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item149Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items149".to_owned(), id.to_owned()],
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

    /// `GET /items150/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item150<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item150Error>>> + 'a {
        into_inner(self.item150_with_response(id))
    }

    /// Like [`Client::item150`], with the response's status and headers.
    pub fn item150_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item150Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items150".to_owned(), id.to_owned()],
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

    /// `GET /items151/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item151<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item151Error>>> + 'a {
        into_inner(self.item151_with_response(id))
    }

    /// Like [`Client::item151`], with the response's status and headers.
    pub fn item151_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item151Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items151".to_owned(), id.to_owned()],
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

    /// `GET /items152/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item152<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item152Error>>> + 'a {
        into_inner(self.item152_with_response(id))
    }

    /// Like [`Client::item152`], with the response's status and headers.
    pub fn item152_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item152Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items152".to_owned(), id.to_owned()],
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

    /// `GET /items153/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item153<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item153Error>>> + 'a {
        into_inner(self.item153_with_response(id))
    }

    /// Like [`Client::item153`], with the response's status and headers.
    pub fn item153_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item153Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items153".to_owned(), id.to_owned()],
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

    /// `GET /items154/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item154<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item154Error>>> + 'a {
        into_inner(self.item154_with_response(id))
    }

    /// Like [`Client::item154`], with the response's status and headers.
    pub fn item154_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item154Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items154".to_owned(), id.to_owned()],
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

    /// `GET /items155/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item155<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item155Error>>> + 'a {
        into_inner(self.item155_with_response(id))
    }

    /// Like [`Client::item155`], with the response's status and headers.
    pub fn item155_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item155Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items155".to_owned(), id.to_owned()],
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

    /// `GET /items156/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item156<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item156Error>>> + 'a {
        into_inner(self.item156_with_response(id))
    }

    /// Like [`Client::item156`], with the response's status and headers.
    pub fn item156_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item156Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items156".to_owned(), id.to_owned()],
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

    /// `GET /items157/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item157<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item157Error>>> + 'a {
        into_inner(self.item157_with_response(id))
    }

    /// Like [`Client::item157`], with the response's status and headers.
    pub fn item157_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item157Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items157".to_owned(), id.to_owned()],
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

    /// `GET /items158/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item158<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item158Error>>> + 'a {
        into_inner(self.item158_with_response(id))
    }

    /// Like [`Client::item158`], with the response's status and headers.
    pub fn item158_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item158Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items158".to_owned(), id.to_owned()],
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

    /// `GET /items159/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item159<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item159Error>>> + 'a {
        into_inner(self.item159_with_response(id))
    }

    /// Like [`Client::item159`], with the response's status and headers.
    pub fn item159_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item159Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items159".to_owned(), id.to_owned()],
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

    /// `GET /items160/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item160<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item160Error>>> + 'a {
        into_inner(self.item160_with_response(id))
    }

    /// Like [`Client::item160`], with the response's status and headers.
    pub fn item160_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item160Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items160".to_owned(), id.to_owned()],
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
