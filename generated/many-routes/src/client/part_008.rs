impl Client {
    /// `GET /items328/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item328<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item328Error>>> + 'a {
        into_inner(self.item328_with_response(id))
    }

    /// Like [`Client::item328`], with the response's status and headers.
    pub fn item328_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item328Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items328".to_owned(), id.to_owned()],
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

    /// `GET /items329/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item329<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item329Error>>> + 'a {
        into_inner(self.item329_with_response(id))
    }

    /// Like [`Client::item329`], with the response's status and headers.
    pub fn item329_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item329Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items329".to_owned(), id.to_owned()],
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

    /// `GET /items330/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item330<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item330Error>>> + 'a {
        into_inner(self.item330_with_response(id))
    }

    /// Like [`Client::item330`], with the response's status and headers.
    pub fn item330_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item330Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items330".to_owned(), id.to_owned()],
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

    /// `GET /items331/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item331<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item331Error>>> + 'a {
        into_inner(self.item331_with_response(id))
    }

    /// Like [`Client::item331`], with the response's status and headers.
    pub fn item331_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item331Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items331".to_owned(), id.to_owned()],
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

    /// `GET /items332/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item332<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item332Error>>> + 'a {
        into_inner(self.item332_with_response(id))
    }

    /// Like [`Client::item332`], with the response's status and headers.
    pub fn item332_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item332Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items332".to_owned(), id.to_owned()],
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

    /// `GET /items333/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item333<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item333Error>>> + 'a {
        into_inner(self.item333_with_response(id))
    }

    /// Like [`Client::item333`], with the response's status and headers.
    pub fn item333_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item333Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items333".to_owned(), id.to_owned()],
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

    /// `GET /items334/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item334<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item334Error>>> + 'a {
        into_inner(self.item334_with_response(id))
    }

    /// Like [`Client::item334`], with the response's status and headers.
    pub fn item334_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item334Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items334".to_owned(), id.to_owned()],
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

    /// `GET /items335/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item335<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item335Error>>> + 'a {
        into_inner(self.item335_with_response(id))
    }

    /// Like [`Client::item335`], with the response's status and headers.
    pub fn item335_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item335Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items335".to_owned(), id.to_owned()],
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

    /// `GET /items336/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item336<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item336Error>>> + 'a {
        into_inner(self.item336_with_response(id))
    }

    /// Like [`Client::item336`], with the response's status and headers.
    pub fn item336_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item336Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items336".to_owned(), id.to_owned()],
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

    /// `GET /items337/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item337<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item337Error>>> + 'a {
        into_inner(self.item337_with_response(id))
    }

    /// Like [`Client::item337`], with the response's status and headers.
    pub fn item337_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item337Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items337".to_owned(), id.to_owned()],
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

    /// `GET /items338/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item338<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item338Error>>> + 'a {
        into_inner(self.item338_with_response(id))
    }

    /// Like [`Client::item338`], with the response's status and headers.
    pub fn item338_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item338Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items338".to_owned(), id.to_owned()],
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

    /// `GET /items339/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item339<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item339Error>>> + 'a {
        into_inner(self.item339_with_response(id))
    }

    /// Like [`Client::item339`], with the response's status and headers.
    pub fn item339_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item339Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items339".to_owned(), id.to_owned()],
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

    /// `GET /items340/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item340<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item340Error>>> + 'a {
        into_inner(self.item340_with_response(id))
    }

    /// Like [`Client::item340`], with the response's status and headers.
    pub fn item340_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item340Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items340".to_owned(), id.to_owned()],
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

    /// `GET /items341/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item341<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item341Error>>> + 'a {
        into_inner(self.item341_with_response(id))
    }

    /// Like [`Client::item341`], with the response's status and headers.
    pub fn item341_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item341Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items341".to_owned(), id.to_owned()],
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

    /// `GET /items342/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item342<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item342Error>>> + 'a {
        into_inner(self.item342_with_response(id))
    }

    /// Like [`Client::item342`], with the response's status and headers.
    pub fn item342_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item342Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items342".to_owned(), id.to_owned()],
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

    /// `GET /items343/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item343<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item343Error>>> + 'a {
        into_inner(self.item343_with_response(id))
    }

    /// Like [`Client::item343`], with the response's status and headers.
    pub fn item343_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item343Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items343".to_owned(), id.to_owned()],
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

    /// `GET /items344/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item344<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item344Error>>> + 'a {
        into_inner(self.item344_with_response(id))
    }

    /// Like [`Client::item344`], with the response's status and headers.
    pub fn item344_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item344Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items344".to_owned(), id.to_owned()],
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

    /// `GET /items345/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item345<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item345Error>>> + 'a {
        into_inner(self.item345_with_response(id))
    }

    /// Like [`Client::item345`], with the response's status and headers.
    pub fn item345_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item345Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items345".to_owned(), id.to_owned()],
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

    /// `GET /items346/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item346<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item346Error>>> + 'a {
        into_inner(self.item346_with_response(id))
    }

    /// Like [`Client::item346`], with the response's status and headers.
    pub fn item346_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item346Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items346".to_owned(), id.to_owned()],
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

    /// `GET /items347/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item347<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item347Error>>> + 'a {
        into_inner(self.item347_with_response(id))
    }

    /// Like [`Client::item347`], with the response's status and headers.
    pub fn item347_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item347Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items347".to_owned(), id.to_owned()],
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

    /// `GET /items348/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item348<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item348Error>>> + 'a {
        into_inner(self.item348_with_response(id))
    }

    /// Like [`Client::item348`], with the response's status and headers.
    pub fn item348_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item348Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items348".to_owned(), id.to_owned()],
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

    /// `GET /items349/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item349<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item349Error>>> + 'a {
        into_inner(self.item349_with_response(id))
    }

    /// Like [`Client::item349`], with the response's status and headers.
    pub fn item349_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item349Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items349".to_owned(), id.to_owned()],
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

    /// `GET /items350/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item350<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item350Error>>> + 'a {
        into_inner(self.item350_with_response(id))
    }

    /// Like [`Client::item350`], with the response's status and headers.
    pub fn item350_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item350Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items350".to_owned(), id.to_owned()],
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

    /// `GET /items351/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item351<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item351Error>>> + 'a {
        into_inner(self.item351_with_response(id))
    }

    /// Like [`Client::item351`], with the response's status and headers.
    pub fn item351_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item351Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items351".to_owned(), id.to_owned()],
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

    /// `GET /items352/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item352<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item352Error>>> + 'a {
        into_inner(self.item352_with_response(id))
    }

    /// Like [`Client::item352`], with the response's status and headers.
    pub fn item352_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item352Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items352".to_owned(), id.to_owned()],
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

    /// `GET /items353/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item353<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item353Error>>> + 'a {
        into_inner(self.item353_with_response(id))
    }

    /// Like [`Client::item353`], with the response's status and headers.
    pub fn item353_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item353Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items353".to_owned(), id.to_owned()],
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

    /// `GET /items354/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item354<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item354Error>>> + 'a {
        into_inner(self.item354_with_response(id))
    }

    /// Like [`Client::item354`], with the response's status and headers.
    pub fn item354_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item354Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items354".to_owned(), id.to_owned()],
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

    /// `GET /items355/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item355<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item355Error>>> + 'a {
        into_inner(self.item355_with_response(id))
    }

    /// Like [`Client::item355`], with the response's status and headers.
    pub fn item355_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item355Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items355".to_owned(), id.to_owned()],
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

    /// `GET /items356/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item356<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item356Error>>> + 'a {
        into_inner(self.item356_with_response(id))
    }

    /// Like [`Client::item356`], with the response's status and headers.
    pub fn item356_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item356Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items356".to_owned(), id.to_owned()],
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

    /// `GET /items357/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item357<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item357Error>>> + 'a {
        into_inner(self.item357_with_response(id))
    }

    /// Like [`Client::item357`], with the response's status and headers.
    pub fn item357_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item357Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items357".to_owned(), id.to_owned()],
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

    /// `GET /items358/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item358<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item358Error>>> + 'a {
        into_inner(self.item358_with_response(id))
    }

    /// Like [`Client::item358`], with the response's status and headers.
    pub fn item358_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item358Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items358".to_owned(), id.to_owned()],
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

    /// `GET /items359/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item359<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item359Error>>> + 'a {
        into_inner(self.item359_with_response(id))
    }

    /// Like [`Client::item359`], with the response's status and headers.
    pub fn item359_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item359Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items359".to_owned(), id.to_owned()],
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

    /// `GET /items360/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item360<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item360Error>>> + 'a {
        into_inner(self.item360_with_response(id))
    }

    /// Like [`Client::item360`], with the response's status and headers.
    pub fn item360_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item360Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items360".to_owned(), id.to_owned()],
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

    /// `GET /items361/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item361<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item361Error>>> + 'a {
        into_inner(self.item361_with_response(id))
    }

    /// Like [`Client::item361`], with the response's status and headers.
    pub fn item361_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item361Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items361".to_owned(), id.to_owned()],
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

    /// `GET /items362/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item362<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item362Error>>> + 'a {
        into_inner(self.item362_with_response(id))
    }

    /// Like [`Client::item362`], with the response's status and headers.
    pub fn item362_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item362Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items362".to_owned(), id.to_owned()],
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

    /// `GET /items363/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item363<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item363Error>>> + 'a {
        into_inner(self.item363_with_response(id))
    }

    /// Like [`Client::item363`], with the response's status and headers.
    pub fn item363_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item363Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items363".to_owned(), id.to_owned()],
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

    /// `GET /items364/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item364<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item364Error>>> + 'a {
        into_inner(self.item364_with_response(id))
    }

    /// Like [`Client::item364`], with the response's status and headers.
    pub fn item364_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item364Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items364".to_owned(), id.to_owned()],
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

    /// `GET /items365/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item365<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item365Error>>> + 'a {
        into_inner(self.item365_with_response(id))
    }

    /// Like [`Client::item365`], with the response's status and headers.
    pub fn item365_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item365Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items365".to_owned(), id.to_owned()],
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

    /// `GET /items366/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item366<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item366Error>>> + 'a {
        into_inner(self.item366_with_response(id))
    }

    /// Like [`Client::item366`], with the response's status and headers.
    pub fn item366_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item366Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items366".to_owned(), id.to_owned()],
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

    /// `GET /items367/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item367<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item367Error>>> + 'a {
        into_inner(self.item367_with_response(id))
    }

    /// Like [`Client::item367`], with the response's status and headers.
    pub fn item367_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item367Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items367".to_owned(), id.to_owned()],
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

    /// `GET /items368/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item368<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item368Error>>> + 'a {
        into_inner(self.item368_with_response(id))
    }

    /// Like [`Client::item368`], with the response's status and headers.
    pub fn item368_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item368Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items368".to_owned(), id.to_owned()],
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

    /// `GET /items369/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item369<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item369Error>>> + 'a {
        into_inner(self.item369_with_response(id))
    }

    /// Like [`Client::item369`], with the response's status and headers.
    pub fn item369_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item369Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items369".to_owned(), id.to_owned()],
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

    /// `GET /items370/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item370<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item370Error>>> + 'a {
        into_inner(self.item370_with_response(id))
    }

    /// Like [`Client::item370`], with the response's status and headers.
    pub fn item370_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item370Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items370".to_owned(), id.to_owned()],
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

    /// `GET /items371/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item371<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item371Error>>> + 'a {
        into_inner(self.item371_with_response(id))
    }

    /// Like [`Client::item371`], with the response's status and headers.
    pub fn item371_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item371Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items371".to_owned(), id.to_owned()],
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

    /// `GET /items372/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item372<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item372Error>>> + 'a {
        into_inner(self.item372_with_response(id))
    }

    /// Like [`Client::item372`], with the response's status and headers.
    pub fn item372_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item372Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items372".to_owned(), id.to_owned()],
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

    /// `GET /items373/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item373<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item373Error>>> + 'a {
        into_inner(self.item373_with_response(id))
    }

    /// Like [`Client::item373`], with the response's status and headers.
    pub fn item373_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item373Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items373".to_owned(), id.to_owned()],
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

    /// `GET /items374/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item374<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item374Error>>> + 'a {
        into_inner(self.item374_with_response(id))
    }

    /// Like [`Client::item374`], with the response's status and headers.
    pub fn item374_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item374Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items374".to_owned(), id.to_owned()],
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

    /// `GET /items375/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item375<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item375Error>>> + 'a {
        into_inner(self.item375_with_response(id))
    }

    /// Like [`Client::item375`], with the response's status and headers.
    pub fn item375_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item375Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items375".to_owned(), id.to_owned()],
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
