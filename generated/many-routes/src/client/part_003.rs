impl Client {
    /// `GET /items088/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item088<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item088Error>>> + 'a {
        into_inner(self.item088_with_response(id))
    }

    /// Like [`Client::item088`], with the response's status and headers.
    pub fn item088_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item088Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items088".to_owned(), id.to_owned()],
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

    /// `GET /items089/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item089<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item089Error>>> + 'a {
        into_inner(self.item089_with_response(id))
    }

    /// Like [`Client::item089`], with the response's status and headers.
    pub fn item089_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item089Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items089".to_owned(), id.to_owned()],
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

    /// `GET /items090/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item090<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item090Error>>> + 'a {
        into_inner(self.item090_with_response(id))
    }

    /// Like [`Client::item090`], with the response's status and headers.
    pub fn item090_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item090Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items090".to_owned(), id.to_owned()],
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

    /// `GET /items091/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item091<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item091Error>>> + 'a {
        into_inner(self.item091_with_response(id))
    }

    /// Like [`Client::item091`], with the response's status and headers.
    pub fn item091_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item091Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items091".to_owned(), id.to_owned()],
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

    /// `GET /items092/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item092<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item092Error>>> + 'a {
        into_inner(self.item092_with_response(id))
    }

    /// Like [`Client::item092`], with the response's status and headers.
    pub fn item092_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item092Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items092".to_owned(), id.to_owned()],
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

    /// `GET /items093/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item093<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item093Error>>> + 'a {
        into_inner(self.item093_with_response(id))
    }

    /// Like [`Client::item093`], with the response's status and headers.
    pub fn item093_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item093Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items093".to_owned(), id.to_owned()],
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

    /// `GET /items094/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item094<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item094Error>>> + 'a {
        into_inner(self.item094_with_response(id))
    }

    /// Like [`Client::item094`], with the response's status and headers.
    pub fn item094_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item094Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items094".to_owned(), id.to_owned()],
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

    /// `GET /items095/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item095<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item095Error>>> + 'a {
        into_inner(self.item095_with_response(id))
    }

    /// Like [`Client::item095`], with the response's status and headers.
    pub fn item095_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item095Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items095".to_owned(), id.to_owned()],
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

    /// `GET /items096/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item096<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item096Error>>> + 'a {
        into_inner(self.item096_with_response(id))
    }

    /// Like [`Client::item096`], with the response's status and headers.
    pub fn item096_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item096Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items096".to_owned(), id.to_owned()],
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

    /// `GET /items097/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item097<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item097Error>>> + 'a {
        into_inner(self.item097_with_response(id))
    }

    /// Like [`Client::item097`], with the response's status and headers.
    pub fn item097_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item097Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items097".to_owned(), id.to_owned()],
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

    /// `GET /items098/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item098<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item098Error>>> + 'a {
        into_inner(self.item098_with_response(id))
    }

    /// Like [`Client::item098`], with the response's status and headers.
    pub fn item098_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item098Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items098".to_owned(), id.to_owned()],
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

    /// `GET /items099/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item099<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item099Error>>> + 'a {
        into_inner(self.item099_with_response(id))
    }

    /// Like [`Client::item099`], with the response's status and headers.
    pub fn item099_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item099Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items099".to_owned(), id.to_owned()],
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

    /// `GET /items100/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item100<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item100Error>>> + 'a {
        into_inner(self.item100_with_response(id))
    }

    /// Like [`Client::item100`], with the response's status and headers.
    pub fn item100_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item100Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items100".to_owned(), id.to_owned()],
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

    /// `GET /items101/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item101<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item101Error>>> + 'a {
        into_inner(self.item101_with_response(id))
    }

    /// Like [`Client::item101`], with the response's status and headers.
    pub fn item101_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item101Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items101".to_owned(), id.to_owned()],
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

    /// `GET /items102/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item102<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item102Error>>> + 'a {
        into_inner(self.item102_with_response(id))
    }

    /// Like [`Client::item102`], with the response's status and headers.
    pub fn item102_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item102Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items102".to_owned(), id.to_owned()],
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

    /// `GET /items103/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item103<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item103Error>>> + 'a {
        into_inner(self.item103_with_response(id))
    }

    /// Like [`Client::item103`], with the response's status and headers.
    pub fn item103_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item103Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items103".to_owned(), id.to_owned()],
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

    /// `GET /items104/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item104<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item104Error>>> + 'a {
        into_inner(self.item104_with_response(id))
    }

    /// Like [`Client::item104`], with the response's status and headers.
    pub fn item104_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item104Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items104".to_owned(), id.to_owned()],
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

    /// `GET /items105/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item105<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item105Error>>> + 'a {
        into_inner(self.item105_with_response(id))
    }

    /// Like [`Client::item105`], with the response's status and headers.
    pub fn item105_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item105Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items105".to_owned(), id.to_owned()],
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

    /// `GET /items106/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item106<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item106Error>>> + 'a {
        into_inner(self.item106_with_response(id))
    }

    /// Like [`Client::item106`], with the response's status and headers.
    pub fn item106_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item106Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items106".to_owned(), id.to_owned()],
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

    /// `GET /items107/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item107<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item107Error>>> + 'a {
        into_inner(self.item107_with_response(id))
    }

    /// Like [`Client::item107`], with the response's status and headers.
    pub fn item107_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item107Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items107".to_owned(), id.to_owned()],
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

    /// `GET /items108/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item108<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item108Error>>> + 'a {
        into_inner(self.item108_with_response(id))
    }

    /// Like [`Client::item108`], with the response's status and headers.
    pub fn item108_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item108Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items108".to_owned(), id.to_owned()],
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

    /// `GET /items109/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item109<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item109Error>>> + 'a {
        into_inner(self.item109_with_response(id))
    }

    /// Like [`Client::item109`], with the response's status and headers.
    pub fn item109_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item109Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items109".to_owned(), id.to_owned()],
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

    /// `GET /items110/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item110<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item110Error>>> + 'a {
        into_inner(self.item110_with_response(id))
    }

    /// Like [`Client::item110`], with the response's status and headers.
    pub fn item110_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item110Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items110".to_owned(), id.to_owned()],
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

    /// `GET /items111/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item111<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item111Error>>> + 'a {
        into_inner(self.item111_with_response(id))
    }

    /// Like [`Client::item111`], with the response's status and headers.
    pub fn item111_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item111Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items111".to_owned(), id.to_owned()],
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

    /// `GET /items112/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item112<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item112Error>>> + 'a {
        into_inner(self.item112_with_response(id))
    }

    /// Like [`Client::item112`], with the response's status and headers.
    pub fn item112_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item112Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items112".to_owned(), id.to_owned()],
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

    /// `GET /items113/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item113<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item113Error>>> + 'a {
        into_inner(self.item113_with_response(id))
    }

    /// Like [`Client::item113`], with the response's status and headers.
    pub fn item113_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item113Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items113".to_owned(), id.to_owned()],
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

    /// `GET /items114/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item114<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item114Error>>> + 'a {
        into_inner(self.item114_with_response(id))
    }

    /// Like [`Client::item114`], with the response's status and headers.
    pub fn item114_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item114Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items114".to_owned(), id.to_owned()],
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

    /// `GET /items115/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item115<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item115Error>>> + 'a {
        into_inner(self.item115_with_response(id))
    }

    /// Like [`Client::item115`], with the response's status and headers.
    pub fn item115_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item115Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items115".to_owned(), id.to_owned()],
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

    /// `GET /items116/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item116<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item116Error>>> + 'a {
        into_inner(self.item116_with_response(id))
    }

    /// Like [`Client::item116`], with the response's status and headers.
    pub fn item116_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item116Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items116".to_owned(), id.to_owned()],
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

    /// `GET /items117/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item117<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item117Error>>> + 'a {
        into_inner(self.item117_with_response(id))
    }

    /// Like [`Client::item117`], with the response's status and headers.
    pub fn item117_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item117Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items117".to_owned(), id.to_owned()],
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

    /// `GET /items118/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item118<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item118Error>>> + 'a {
        into_inner(self.item118_with_response(id))
    }

    /// Like [`Client::item118`], with the response's status and headers.
    pub fn item118_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item118Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items118".to_owned(), id.to_owned()],
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }
}
