impl Client {
    /// `GET /items203/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item203<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item203Error>>> + 'a {
        into_inner(self.item203_with_response(id))
    }

    /// Like [`Client::item203`], with the response's status and headers.
    pub fn item203_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item203Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items203".to_owned(), id.to_owned()],
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

    /// `GET /items204/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item204<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item204Error>>> + 'a {
        into_inner(self.item204_with_response(id))
    }

    /// Like [`Client::item204`], with the response's status and headers.
    pub fn item204_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item204Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items204".to_owned(), id.to_owned()],
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

    /// `GET /items205/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item205<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item205Error>>> + 'a {
        into_inner(self.item205_with_response(id))
    }

    /// Like [`Client::item205`], with the response's status and headers.
    pub fn item205_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item205Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items205".to_owned(), id.to_owned()],
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

    /// `GET /items206/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item206<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item206Error>>> + 'a {
        into_inner(self.item206_with_response(id))
    }

    /// Like [`Client::item206`], with the response's status and headers.
    pub fn item206_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item206Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items206".to_owned(), id.to_owned()],
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

    /// `GET /items207/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item207<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item207Error>>> + 'a {
        into_inner(self.item207_with_response(id))
    }

    /// Like [`Client::item207`], with the response's status and headers.
    pub fn item207_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item207Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items207".to_owned(), id.to_owned()],
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

    /// `GET /items208/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item208<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item208Error>>> + 'a {
        into_inner(self.item208_with_response(id))
    }

    /// Like [`Client::item208`], with the response's status and headers.
    pub fn item208_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item208Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items208".to_owned(), id.to_owned()],
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

    /// `GET /items209/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item209<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item209Error>>> + 'a {
        into_inner(self.item209_with_response(id))
    }

    /// Like [`Client::item209`], with the response's status and headers.
    pub fn item209_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item209Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items209".to_owned(), id.to_owned()],
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

    /// `GET /items210/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item210<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item210Error>>> + 'a {
        into_inner(self.item210_with_response(id))
    }

    /// Like [`Client::item210`], with the response's status and headers.
    pub fn item210_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item210Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items210".to_owned(), id.to_owned()],
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

    /// `GET /items211/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item211<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item211Error>>> + 'a {
        into_inner(self.item211_with_response(id))
    }

    /// Like [`Client::item211`], with the response's status and headers.
    pub fn item211_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item211Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items211".to_owned(), id.to_owned()],
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

    /// `GET /items212/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item212<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item212Error>>> + 'a {
        into_inner(self.item212_with_response(id))
    }

    /// Like [`Client::item212`], with the response's status and headers.
    pub fn item212_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item212Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items212".to_owned(), id.to_owned()],
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

    /// `GET /items213/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item213<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item213Error>>> + 'a {
        into_inner(self.item213_with_response(id))
    }

    /// Like [`Client::item213`], with the response's status and headers.
    pub fn item213_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item213Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items213".to_owned(), id.to_owned()],
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

    /// `GET /items214/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item214<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item214Error>>> + 'a {
        into_inner(self.item214_with_response(id))
    }

    /// Like [`Client::item214`], with the response's status and headers.
    pub fn item214_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item214Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items214".to_owned(), id.to_owned()],
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

    /// `GET /items215/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item215<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item215Error>>> + 'a {
        into_inner(self.item215_with_response(id))
    }

    /// Like [`Client::item215`], with the response's status and headers.
    pub fn item215_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item215Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items215".to_owned(), id.to_owned()],
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

    /// `GET /items216/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item216<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item216Error>>> + 'a {
        into_inner(self.item216_with_response(id))
    }

    /// Like [`Client::item216`], with the response's status and headers.
    pub fn item216_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item216Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items216".to_owned(), id.to_owned()],
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

    /// `GET /items217/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item217<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item217Error>>> + 'a {
        into_inner(self.item217_with_response(id))
    }

    /// Like [`Client::item217`], with the response's status and headers.
    pub fn item217_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item217Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items217".to_owned(), id.to_owned()],
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

    /// `GET /items218/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item218<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item218Error>>> + 'a {
        into_inner(self.item218_with_response(id))
    }

    /// Like [`Client::item218`], with the response's status and headers.
    pub fn item218_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item218Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items218".to_owned(), id.to_owned()],
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

    /// `GET /items219/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item219<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item219Error>>> + 'a {
        into_inner(self.item219_with_response(id))
    }

    /// Like [`Client::item219`], with the response's status and headers.
    pub fn item219_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item219Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items219".to_owned(), id.to_owned()],
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

    /// `GET /items220/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item220<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item220Error>>> + 'a {
        into_inner(self.item220_with_response(id))
    }

    /// Like [`Client::item220`], with the response's status and headers.
    pub fn item220_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item220Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items220".to_owned(), id.to_owned()],
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

    /// `GET /items221/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item221<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item221Error>>> + 'a {
        into_inner(self.item221_with_response(id))
    }

    /// Like [`Client::item221`], with the response's status and headers.
    pub fn item221_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item221Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items221".to_owned(), id.to_owned()],
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

    /// `GET /items222/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item222<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item222Error>>> + 'a {
        into_inner(self.item222_with_response(id))
    }

    /// Like [`Client::item222`], with the response's status and headers.
    pub fn item222_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item222Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items222".to_owned(), id.to_owned()],
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

    /// `GET /items223/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item223<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item223Error>>> + 'a {
        into_inner(self.item223_with_response(id))
    }

    /// Like [`Client::item223`], with the response's status and headers.
    pub fn item223_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item223Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items223".to_owned(), id.to_owned()],
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

    /// `GET /items224/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item224<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item224Error>>> + 'a {
        into_inner(self.item224_with_response(id))
    }

    /// Like [`Client::item224`], with the response's status and headers.
    pub fn item224_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item224Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items224".to_owned(), id.to_owned()],
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

    /// `GET /items225/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item225<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item225Error>>> + 'a {
        into_inner(self.item225_with_response(id))
    }

    /// Like [`Client::item225`], with the response's status and headers.
    pub fn item225_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item225Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items225".to_owned(), id.to_owned()],
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

    /// `GET /items226/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item226<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item226Error>>> + 'a {
        into_inner(self.item226_with_response(id))
    }

    /// Like [`Client::item226`], with the response's status and headers.
    pub fn item226_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item226Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items226".to_owned(), id.to_owned()],
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

    /// `GET /items227/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item227<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item227Error>>> + 'a {
        into_inner(self.item227_with_response(id))
    }

    /// Like [`Client::item227`], with the response's status and headers.
    pub fn item227_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item227Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items227".to_owned(), id.to_owned()],
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

    /// `GET /items228/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item228<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item228Error>>> + 'a {
        into_inner(self.item228_with_response(id))
    }

    /// Like [`Client::item228`], with the response's status and headers.
    pub fn item228_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item228Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items228".to_owned(), id.to_owned()],
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

    /// `GET /items229/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item229<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item229Error>>> + 'a {
        into_inner(self.item229_with_response(id))
    }

    /// Like [`Client::item229`], with the response's status and headers.
    pub fn item229_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item229Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items229".to_owned(), id.to_owned()],
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

    /// `GET /items230/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item230<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item230Error>>> + 'a {
        into_inner(self.item230_with_response(id))
    }

    /// Like [`Client::item230`], with the response's status and headers.
    pub fn item230_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item230Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items230".to_owned(), id.to_owned()],
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

    /// `GET /items231/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item231<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item231Error>>> + 'a {
        into_inner(self.item231_with_response(id))
    }

    /// Like [`Client::item231`], with the response's status and headers.
    pub fn item231_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item231Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items231".to_owned(), id.to_owned()],
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

    /// `GET /items232/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item232<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item232Error>>> + 'a {
        into_inner(self.item232_with_response(id))
    }

    /// Like [`Client::item232`], with the response's status and headers.
    pub fn item232_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item232Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items232".to_owned(), id.to_owned()],
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

    /// `GET /items233/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item233<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item233Error>>> + 'a {
        into_inner(self.item233_with_response(id))
    }

    /// Like [`Client::item233`], with the response's status and headers.
    pub fn item233_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item233Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items233".to_owned(), id.to_owned()],
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

    /// `GET /items234/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item234<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item234Error>>> + 'a {
        into_inner(self.item234_with_response(id))
    }

    /// Like [`Client::item234`], with the response's status and headers.
    pub fn item234_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item234Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items234".to_owned(), id.to_owned()],
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

    /// `GET /items235/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item235<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item235Error>>> + 'a {
        into_inner(self.item235_with_response(id))
    }

    /// Like [`Client::item235`], with the response's status and headers.
    pub fn item235_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item235Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items235".to_owned(), id.to_owned()],
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

    /// `GET /items236/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item236<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item236Error>>> + 'a {
        into_inner(self.item236_with_response(id))
    }

    /// Like [`Client::item236`], with the response's status and headers.
    pub fn item236_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item236Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items236".to_owned(), id.to_owned()],
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

    /// `GET /items237/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item237<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item237Error>>> + 'a {
        into_inner(self.item237_with_response(id))
    }

    /// Like [`Client::item237`], with the response's status and headers.
    pub fn item237_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item237Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items237".to_owned(), id.to_owned()],
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

    /// `GET /items238/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item238<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item238Error>>> + 'a {
        into_inner(self.item238_with_response(id))
    }

    /// Like [`Client::item238`], with the response's status and headers.
    pub fn item238_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item238Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items238".to_owned(), id.to_owned()],
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

    /// `GET /items239/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item239<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item239Error>>> + 'a {
        into_inner(self.item239_with_response(id))
    }

    /// Like [`Client::item239`], with the response's status and headers.
    pub fn item239_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item239Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items239".to_owned(), id.to_owned()],
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

    /// `GET /items240/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item240<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item240Error>>> + 'a {
        into_inner(self.item240_with_response(id))
    }

    /// Like [`Client::item240`], with the response's status and headers.
    pub fn item240_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item240Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items240".to_owned(), id.to_owned()],
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

    /// `GET /items241/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item241<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item241Error>>> + 'a {
        into_inner(self.item241_with_response(id))
    }

    /// Like [`Client::item241`], with the response's status and headers.
    pub fn item241_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item241Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items241".to_owned(), id.to_owned()],
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

    /// `GET /items242/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item242<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item242Error>>> + 'a {
        into_inner(self.item242_with_response(id))
    }

    /// Like [`Client::item242`], with the response's status and headers.
    pub fn item242_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item242Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items242".to_owned(), id.to_owned()],
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

    /// `GET /items243/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item243<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item243Error>>> + 'a {
        into_inner(self.item243_with_response(id))
    }

    /// Like [`Client::item243`], with the response's status and headers.
    pub fn item243_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item243Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items243".to_owned(), id.to_owned()],
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

    /// `GET /items244/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item244<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item244Error>>> + 'a {
        into_inner(self.item244_with_response(id))
    }

    /// Like [`Client::item244`], with the response's status and headers.
    pub fn item244_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item244Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items244".to_owned(), id.to_owned()],
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
