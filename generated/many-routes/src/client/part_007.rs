impl Client {
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
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
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /items287/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item287<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item287Error>>> + 'a {
        into_inner(self.item287_with_response(id))
    }

    /// Like [`Client::item287`], with the response's status and headers.
    pub fn item287_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item287Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items287".to_owned(), id.to_owned()],
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

    /// `GET /items288/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item288<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item288Error>>> + 'a {
        into_inner(self.item288_with_response(id))
    }

    /// Like [`Client::item288`], with the response's status and headers.
    pub fn item288_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item288Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items288".to_owned(), id.to_owned()],
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

    /// `GET /items289/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item289<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item289Error>>> + 'a {
        into_inner(self.item289_with_response(id))
    }

    /// Like [`Client::item289`], with the response's status and headers.
    pub fn item289_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item289Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items289".to_owned(), id.to_owned()],
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

    /// `GET /items290/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item290<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item290Error>>> + 'a {
        into_inner(self.item290_with_response(id))
    }

    /// Like [`Client::item290`], with the response's status and headers.
    pub fn item290_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item290Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items290".to_owned(), id.to_owned()],
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

    /// `GET /items291/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item291<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item291Error>>> + 'a {
        into_inner(self.item291_with_response(id))
    }

    /// Like [`Client::item291`], with the response's status and headers.
    pub fn item291_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item291Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items291".to_owned(), id.to_owned()],
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

    /// `GET /items292/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item292<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item292Error>>> + 'a {
        into_inner(self.item292_with_response(id))
    }

    /// Like [`Client::item292`], with the response's status and headers.
    pub fn item292_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item292Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items292".to_owned(), id.to_owned()],
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

    /// `GET /items293/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item293<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item293Error>>> + 'a {
        into_inner(self.item293_with_response(id))
    }

    /// Like [`Client::item293`], with the response's status and headers.
    pub fn item293_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item293Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items293".to_owned(), id.to_owned()],
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

    /// `GET /items294/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item294<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item294Error>>> + 'a {
        into_inner(self.item294_with_response(id))
    }

    /// Like [`Client::item294`], with the response's status and headers.
    pub fn item294_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item294Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items294".to_owned(), id.to_owned()],
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

    /// `GET /items295/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item295<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item295Error>>> + 'a {
        into_inner(self.item295_with_response(id))
    }

    /// Like [`Client::item295`], with the response's status and headers.
    pub fn item295_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item295Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items295".to_owned(), id.to_owned()],
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

    /// `GET /items296/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item296<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item296Error>>> + 'a {
        into_inner(self.item296_with_response(id))
    }

    /// Like [`Client::item296`], with the response's status and headers.
    pub fn item296_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item296Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items296".to_owned(), id.to_owned()],
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

    /// `GET /items297/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item297<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item297Error>>> + 'a {
        into_inner(self.item297_with_response(id))
    }

    /// Like [`Client::item297`], with the response's status and headers.
    pub fn item297_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item297Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items297".to_owned(), id.to_owned()],
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

    /// `GET /items298/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item298<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item298Error>>> + 'a {
        into_inner(self.item298_with_response(id))
    }

    /// Like [`Client::item298`], with the response's status and headers.
    pub fn item298_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item298Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items298".to_owned(), id.to_owned()],
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

    /// `GET /items299/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item299<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item299Error>>> + 'a {
        into_inner(self.item299_with_response(id))
    }

    /// Like [`Client::item299`], with the response's status and headers.
    pub fn item299_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item299Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items299".to_owned(), id.to_owned()],
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

    /// `GET /items300/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item300<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item300Error>>> + 'a {
        into_inner(self.item300_with_response(id))
    }

    /// Like [`Client::item300`], with the response's status and headers.
    pub fn item300_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item300Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items300".to_owned(), id.to_owned()],
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

    /// `GET /items301/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item301<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item301Error>>> + 'a {
        into_inner(self.item301_with_response(id))
    }

    /// Like [`Client::item301`], with the response's status and headers.
    pub fn item301_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item301Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items301".to_owned(), id.to_owned()],
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

    /// `GET /items302/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item302<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item302Error>>> + 'a {
        into_inner(self.item302_with_response(id))
    }

    /// Like [`Client::item302`], with the response's status and headers.
    pub fn item302_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item302Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items302".to_owned(), id.to_owned()],
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

    /// `GET /items303/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item303<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item303Error>>> + 'a {
        into_inner(self.item303_with_response(id))
    }

    /// Like [`Client::item303`], with the response's status and headers.
    pub fn item303_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item303Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items303".to_owned(), id.to_owned()],
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

    /// `GET /items304/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item304<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item304Error>>> + 'a {
        into_inner(self.item304_with_response(id))
    }

    /// Like [`Client::item304`], with the response's status and headers.
    pub fn item304_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item304Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items304".to_owned(), id.to_owned()],
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

    /// `GET /items305/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item305<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item305Error>>> + 'a {
        into_inner(self.item305_with_response(id))
    }

    /// Like [`Client::item305`], with the response's status and headers.
    pub fn item305_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item305Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items305".to_owned(), id.to_owned()],
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

    /// `GET /items306/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item306<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item306Error>>> + 'a {
        into_inner(self.item306_with_response(id))
    }

    /// Like [`Client::item306`], with the response's status and headers.
    pub fn item306_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item306Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items306".to_owned(), id.to_owned()],
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

    /// `GET /items307/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item307<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item307Error>>> + 'a {
        into_inner(self.item307_with_response(id))
    }

    /// Like [`Client::item307`], with the response's status and headers.
    pub fn item307_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item307Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items307".to_owned(), id.to_owned()],
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

    /// `GET /items308/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item308<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item308Error>>> + 'a {
        into_inner(self.item308_with_response(id))
    }

    /// Like [`Client::item308`], with the response's status and headers.
    pub fn item308_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item308Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items308".to_owned(), id.to_owned()],
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

    /// `GET /items309/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item309<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item309Error>>> + 'a {
        into_inner(self.item309_with_response(id))
    }

    /// Like [`Client::item309`], with the response's status and headers.
    pub fn item309_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item309Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items309".to_owned(), id.to_owned()],
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

    /// `GET /items310/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item310<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item310Error>>> + 'a {
        into_inner(self.item310_with_response(id))
    }

    /// Like [`Client::item310`], with the response's status and headers.
    pub fn item310_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item310Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items310".to_owned(), id.to_owned()],
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

    /// `GET /items311/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item311<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item311Error>>> + 'a {
        into_inner(self.item311_with_response(id))
    }

    /// Like [`Client::item311`], with the response's status and headers.
    pub fn item311_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item311Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items311".to_owned(), id.to_owned()],
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

    /// `GET /items312/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item312<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item312Error>>> + 'a {
        into_inner(self.item312_with_response(id))
    }

    /// Like [`Client::item312`], with the response's status and headers.
    pub fn item312_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item312Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items312".to_owned(), id.to_owned()],
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

    /// `GET /items313/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item313<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item313Error>>> + 'a {
        into_inner(self.item313_with_response(id))
    }

    /// Like [`Client::item313`], with the response's status and headers.
    pub fn item313_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item313Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items313".to_owned(), id.to_owned()],
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

    /// `GET /items314/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item314<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item314Error>>> + 'a {
        into_inner(self.item314_with_response(id))
    }

    /// Like [`Client::item314`], with the response's status and headers.
    pub fn item314_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item314Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items314".to_owned(), id.to_owned()],
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

    /// `GET /items315/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item315<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item315Error>>> + 'a {
        into_inner(self.item315_with_response(id))
    }

    /// Like [`Client::item315`], with the response's status and headers.
    pub fn item315_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item315Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items315".to_owned(), id.to_owned()],
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

    /// `GET /items316/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item316<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item316Error>>> + 'a {
        into_inner(self.item316_with_response(id))
    }

    /// Like [`Client::item316`], with the response's status and headers.
    pub fn item316_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item316Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items316".to_owned(), id.to_owned()],
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

    /// `GET /items317/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item317<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item317Error>>> + 'a {
        into_inner(self.item317_with_response(id))
    }

    /// Like [`Client::item317`], with the response's status and headers.
    pub fn item317_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item317Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items317".to_owned(), id.to_owned()],
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

    /// `GET /items318/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item318<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item318Error>>> + 'a {
        into_inner(self.item318_with_response(id))
    }

    /// Like [`Client::item318`], with the response's status and headers.
    pub fn item318_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item318Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items318".to_owned(), id.to_owned()],
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

    /// `GET /items319/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item319<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item319Error>>> + 'a {
        into_inner(self.item319_with_response(id))
    }

    /// Like [`Client::item319`], with the response's status and headers.
    pub fn item319_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item319Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items319".to_owned(), id.to_owned()],
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

    /// `GET /items320/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item320<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item320Error>>> + 'a {
        into_inner(self.item320_with_response(id))
    }

    /// Like [`Client::item320`], with the response's status and headers.
    pub fn item320_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item320Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items320".to_owned(), id.to_owned()],
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

    /// `GET /items321/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item321<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item321Error>>> + 'a {
        into_inner(self.item321_with_response(id))
    }

    /// Like [`Client::item321`], with the response's status and headers.
    pub fn item321_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item321Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items321".to_owned(), id.to_owned()],
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

    /// `GET /items322/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item322<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item322Error>>> + 'a {
        into_inner(self.item322_with_response(id))
    }

    /// Like [`Client::item322`], with the response's status and headers.
    pub fn item322_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item322Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items322".to_owned(), id.to_owned()],
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

    /// `GET /items323/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item323<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item323Error>>> + 'a {
        into_inner(self.item323_with_response(id))
    }

    /// Like [`Client::item323`], with the response's status and headers.
    pub fn item323_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item323Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items323".to_owned(), id.to_owned()],
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

    /// `GET /items324/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item324<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item324Error>>> + 'a {
        into_inner(self.item324_with_response(id))
    }

    /// Like [`Client::item324`], with the response's status and headers.
    pub fn item324_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item324Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items324".to_owned(), id.to_owned()],
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

    /// `GET /items325/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item325<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item325Error>>> + 'a {
        into_inner(self.item325_with_response(id))
    }

    /// Like [`Client::item325`], with the response's status and headers.
    pub fn item325_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item325Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items325".to_owned(), id.to_owned()],
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

    /// `GET /items326/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item326<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item326Error>>> + 'a {
        into_inner(self.item326_with_response(id))
    }

    /// Like [`Client::item326`], with the response's status and headers.
    pub fn item326_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item326Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items326".to_owned(), id.to_owned()],
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

    /// `GET /items327/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item327<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item327Error>>> + 'a {
        into_inner(self.item327_with_response(id))
    }

    /// Like [`Client::item327`], with the response's status and headers.
    pub fn item327_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item327Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items327".to_owned(), id.to_owned()],
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
