/// Error responses `item197` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item197Error {}
impl Item197Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item197Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item197Error {}
impl ApiError for Item197Error {
    fn status(&self) -> u16 {
        Item197Error::status(self)
    }
}

/// Error responses `item198` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item198Error {}
impl Item198Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item198Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item198Error {}
impl ApiError for Item198Error {
    fn status(&self) -> u16 {
        Item198Error::status(self)
    }
}

/// Error responses `item199` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item199Error {}
impl Item199Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item199Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item199Error {}
impl ApiError for Item199Error {
    fn status(&self) -> u16 {
        Item199Error::status(self)
    }
}

/// Error responses `item200` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item200Error {}
impl Item200Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item200Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item200Error {}
impl ApiError for Item200Error {
    fn status(&self) -> u16 {
        Item200Error::status(self)
    }
}

/// Error responses `item201` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item201Error {}
impl Item201Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item201Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item201Error {}
impl ApiError for Item201Error {
    fn status(&self) -> u16 {
        Item201Error::status(self)
    }
}

/// Error responses `item202` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item202Error {}
impl Item202Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item202Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item202Error {}
impl ApiError for Item202Error {
    fn status(&self) -> u16 {
        Item202Error::status(self)
    }
}

/// Error responses `item203` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item203Error {}
impl Item203Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item203Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item203Error {}
impl ApiError for Item203Error {
    fn status(&self) -> u16 {
        Item203Error::status(self)
    }
}

/// Error responses `item204` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item204Error {}
impl Item204Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item204Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item204Error {}
impl ApiError for Item204Error {
    fn status(&self) -> u16 {
        Item204Error::status(self)
    }
}

/// Error responses `item205` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item205Error {}
impl Item205Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item205Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item205Error {}
impl ApiError for Item205Error {
    fn status(&self) -> u16 {
        Item205Error::status(self)
    }
}

/// Error responses `item206` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item206Error {}
impl Item206Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item206Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item206Error {}
impl ApiError for Item206Error {
    fn status(&self) -> u16 {
        Item206Error::status(self)
    }
}

/// Error responses `item207` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item207Error {}
impl Item207Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item207Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item207Error {}
impl ApiError for Item207Error {
    fn status(&self) -> u16 {
        Item207Error::status(self)
    }
}

/// Error responses `item208` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item208Error {}
impl Item208Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item208Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item208Error {}
impl ApiError for Item208Error {
    fn status(&self) -> u16 {
        Item208Error::status(self)
    }
}

/// Error responses `item209` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item209Error {}
impl Item209Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item209Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item209Error {}
impl ApiError for Item209Error {
    fn status(&self) -> u16 {
        Item209Error::status(self)
    }
}

/// Error responses `item210` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item210Error {}
impl Item210Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item210Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item210Error {}
impl ApiError for Item210Error {
    fn status(&self) -> u16 {
        Item210Error::status(self)
    }
}

/// Error responses `item211` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item211Error {}
impl Item211Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item211Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item211Error {}
impl ApiError for Item211Error {
    fn status(&self) -> u16 {
        Item211Error::status(self)
    }
}

/// Error responses `item212` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item212Error {}
impl Item212Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item212Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item212Error {}
impl ApiError for Item212Error {
    fn status(&self) -> u16 {
        Item212Error::status(self)
    }
}

/// Error responses `item213` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item213Error {}
impl Item213Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item213Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item213Error {}
impl ApiError for Item213Error {
    fn status(&self) -> u16 {
        Item213Error::status(self)
    }
}

/// Error responses `item214` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item214Error {}
impl Item214Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item214Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item214Error {}
impl ApiError for Item214Error {
    fn status(&self) -> u16 {
        Item214Error::status(self)
    }
}

/// Error responses `item215` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item215Error {}
impl Item215Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item215Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item215Error {}
impl ApiError for Item215Error {
    fn status(&self) -> u16 {
        Item215Error::status(self)
    }
}

/// Error responses `item216` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item216Error {}
impl Item216Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item216Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item216Error {}
impl ApiError for Item216Error {
    fn status(&self) -> u16 {
        Item216Error::status(self)
    }
}

/// Error responses `item217` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item217Error {}
impl Item217Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item217Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item217Error {}
impl ApiError for Item217Error {
    fn status(&self) -> u16 {
        Item217Error::status(self)
    }
}

/// Error responses `item218` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item218Error {}
impl Item218Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item218Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item218Error {}
impl ApiError for Item218Error {
    fn status(&self) -> u16 {
        Item218Error::status(self)
    }
}

/// Error responses `item219` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item219Error {}
impl Item219Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item219Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item219Error {}
impl ApiError for Item219Error {
    fn status(&self) -> u16 {
        Item219Error::status(self)
    }
}

/// Error responses `item220` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item220Error {}
impl Item220Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item220Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item220Error {}
impl ApiError for Item220Error {
    fn status(&self) -> u16 {
        Item220Error::status(self)
    }
}

/// Error responses `item221` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item221Error {}
impl Item221Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item221Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item221Error {}
impl ApiError for Item221Error {
    fn status(&self) -> u16 {
        Item221Error::status(self)
    }
}

/// Error responses `item222` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item222Error {}
impl Item222Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item222Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item222Error {}
impl ApiError for Item222Error {
    fn status(&self) -> u16 {
        Item222Error::status(self)
    }
}

/// Error responses `item223` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item223Error {}
impl Item223Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item223Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item223Error {}
impl ApiError for Item223Error {
    fn status(&self) -> u16 {
        Item223Error::status(self)
    }
}

/// Error responses `item224` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item224Error {}
impl Item224Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item224Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item224Error {}
impl ApiError for Item224Error {
    fn status(&self) -> u16 {
        Item224Error::status(self)
    }
}

/// Error responses `item225` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item225Error {}
impl Item225Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item225Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item225Error {}
impl ApiError for Item225Error {
    fn status(&self) -> u16 {
        Item225Error::status(self)
    }
}

/// Error responses `item226` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item226Error {}
impl Item226Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item226Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item226Error {}
impl ApiError for Item226Error {
    fn status(&self) -> u16 {
        Item226Error::status(self)
    }
}

/// Error responses `item227` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item227Error {}
impl Item227Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item227Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item227Error {}
impl ApiError for Item227Error {
    fn status(&self) -> u16 {
        Item227Error::status(self)
    }
}

/// Error responses `item228` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item228Error {}
impl Item228Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item228Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item228Error {}
impl ApiError for Item228Error {
    fn status(&self) -> u16 {
        Item228Error::status(self)
    }
}

/// Error responses `item229` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item229Error {}
impl Item229Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item229Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item229Error {}
impl ApiError for Item229Error {
    fn status(&self) -> u16 {
        Item229Error::status(self)
    }
}

/// Error responses `item230` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item230Error {}
impl Item230Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item230Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item230Error {}
impl ApiError for Item230Error {
    fn status(&self) -> u16 {
        Item230Error::status(self)
    }
}

/// Error responses `item231` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item231Error {}
impl Item231Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item231Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item231Error {}
impl ApiError for Item231Error {
    fn status(&self) -> u16 {
        Item231Error::status(self)
    }
}

/// Error responses `item232` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item232Error {}
impl Item232Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item232Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item232Error {}
impl ApiError for Item232Error {
    fn status(&self) -> u16 {
        Item232Error::status(self)
    }
}

/// Error responses `item233` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item233Error {}
impl Item233Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item233Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item233Error {}
impl ApiError for Item233Error {
    fn status(&self) -> u16 {
        Item233Error::status(self)
    }
}

/// Error responses `item234` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item234Error {}
impl Item234Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item234Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item234Error {}
impl ApiError for Item234Error {
    fn status(&self) -> u16 {
        Item234Error::status(self)
    }
}

/// Error responses `item235` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item235Error {}
impl Item235Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item235Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item235Error {}
impl ApiError for Item235Error {
    fn status(&self) -> u16 {
        Item235Error::status(self)
    }
}

/// Error responses `item236` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item236Error {}
impl Item236Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item236Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item236Error {}
impl ApiError for Item236Error {
    fn status(&self) -> u16 {
        Item236Error::status(self)
    }
}

/// Error responses `item237` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item237Error {}
impl Item237Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item237Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item237Error {}
impl ApiError for Item237Error {
    fn status(&self) -> u16 {
        Item237Error::status(self)
    }
}

/// Error responses `item238` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item238Error {}
impl Item238Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item238Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item238Error {}
impl ApiError for Item238Error {
    fn status(&self) -> u16 {
        Item238Error::status(self)
    }
}

/// Error responses `item239` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item239Error {}
impl Item239Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item239Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item239Error {}
impl ApiError for Item239Error {
    fn status(&self) -> u16 {
        Item239Error::status(self)
    }
}

/// Error responses `item240` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item240Error {}
impl Item240Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item240Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item240Error {}
impl ApiError for Item240Error {
    fn status(&self) -> u16 {
        Item240Error::status(self)
    }
}

/// Error responses `item241` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item241Error {}
impl Item241Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item241Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item241Error {}
impl ApiError for Item241Error {
    fn status(&self) -> u16 {
        Item241Error::status(self)
    }
}

/// Error responses `item242` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item242Error {}
impl Item242Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item242Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item242Error {}
impl ApiError for Item242Error {
    fn status(&self) -> u16 {
        Item242Error::status(self)
    }
}

/// Error responses `item243` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item243Error {}
impl Item243Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item243Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item243Error {}
impl ApiError for Item243Error {
    fn status(&self) -> u16 {
        Item243Error::status(self)
    }
}

/// Error responses `item244` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item244Error {}
impl Item244Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item244Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item244Error {}
impl ApiError for Item244Error {
    fn status(&self) -> u16 {
        Item244Error::status(self)
    }
}

/// Error responses `item245` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item245Error {}
impl Item245Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item245Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item245Error {}
impl ApiError for Item245Error {
    fn status(&self) -> u16 {
        Item245Error::status(self)
    }
}

/// Error responses `item246` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item246Error {}
impl Item246Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item246Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item246Error {}
impl ApiError for Item246Error {
    fn status(&self) -> u16 {
        Item246Error::status(self)
    }
}

/// Error responses `item247` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item247Error {}
impl Item247Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item247Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item247Error {}
impl ApiError for Item247Error {
    fn status(&self) -> u16 {
        Item247Error::status(self)
    }
}

/// Error responses `item248` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item248Error {}
impl Item248Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item248Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item248Error {}
impl ApiError for Item248Error {
    fn status(&self) -> u16 {
        Item248Error::status(self)
    }
}

/// Error responses `item249` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item249Error {}
impl Item249Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item249Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item249Error {}
impl ApiError for Item249Error {
    fn status(&self) -> u16 {
        Item249Error::status(self)
    }
}

/// Error responses `item250` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item250Error {}
impl Item250Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item250Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item250Error {}
impl ApiError for Item250Error {
    fn status(&self) -> u16 {
        Item250Error::status(self)
    }
}

/// Error responses `item251` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item251Error {}
impl Item251Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item251Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item251Error {}
impl ApiError for Item251Error {
    fn status(&self) -> u16 {
        Item251Error::status(self)
    }
}

/// Error responses `item252` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item252Error {}
impl Item252Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item252Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item252Error {}
impl ApiError for Item252Error {
    fn status(&self) -> u16 {
        Item252Error::status(self)
    }
}

/// Error responses `item253` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item253Error {}
impl Item253Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item253Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item253Error {}
impl ApiError for Item253Error {
    fn status(&self) -> u16 {
        Item253Error::status(self)
    }
}

/// Error responses `item254` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item254Error {}
impl Item254Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item254Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item254Error {}
impl ApiError for Item254Error {
    fn status(&self) -> u16 {
        Item254Error::status(self)
    }
}

/// Error responses `item255` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item255Error {}
impl Item255Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item255Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item255Error {}
impl ApiError for Item255Error {
    fn status(&self) -> u16 {
        Item255Error::status(self)
    }
}

/// Error responses `item256` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item256Error {}
impl Item256Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item256Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item256Error {}
impl ApiError for Item256Error {
    fn status(&self) -> u16 {
        Item256Error::status(self)
    }
}

/// Error responses `item257` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item257Error {}
impl Item257Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item257Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item257Error {}
impl ApiError for Item257Error {
    fn status(&self) -> u16 {
        Item257Error::status(self)
    }
}

/// Error responses `item258` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item258Error {}
impl Item258Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item258Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item258Error {}
impl ApiError for Item258Error {
    fn status(&self) -> u16 {
        Item258Error::status(self)
    }
}

/// Error responses `item259` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item259Error {}
impl Item259Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item259Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item259Error {}
impl ApiError for Item259Error {
    fn status(&self) -> u16 {
        Item259Error::status(self)
    }
}

/// Error responses `item260` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item260Error {}
impl Item260Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item260Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item260Error {}
impl ApiError for Item260Error {
    fn status(&self) -> u16 {
        Item260Error::status(self)
    }
}

/// Error responses `item261` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item261Error {}
impl Item261Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item261Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item261Error {}
impl ApiError for Item261Error {
    fn status(&self) -> u16 {
        Item261Error::status(self)
    }
}

/// Error responses `item262` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item262Error {}
impl Item262Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item262Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item262Error {}
impl ApiError for Item262Error {
    fn status(&self) -> u16 {
        Item262Error::status(self)
    }
}

/// Error responses `item263` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item263Error {}
impl Item263Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item263Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item263Error {}
impl ApiError for Item263Error {
    fn status(&self) -> u16 {
        Item263Error::status(self)
    }
}

/// Error responses `item264` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item264Error {}
impl Item264Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item264Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item264Error {}
impl ApiError for Item264Error {
    fn status(&self) -> u16 {
        Item264Error::status(self)
    }
}

/// Error responses `item265` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item265Error {}
impl Item265Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item265Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item265Error {}
impl ApiError for Item265Error {
    fn status(&self) -> u16 {
        Item265Error::status(self)
    }
}

/// Error responses `item266` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item266Error {}
impl Item266Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item266Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item266Error {}
impl ApiError for Item266Error {
    fn status(&self) -> u16 {
        Item266Error::status(self)
    }
}

/// Error responses `item267` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item267Error {}
impl Item267Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item267Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item267Error {}
impl ApiError for Item267Error {
    fn status(&self) -> u16 {
        Item267Error::status(self)
    }
}

/// Error responses `item268` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item268Error {}
impl Item268Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item268Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item268Error {}
impl ApiError for Item268Error {
    fn status(&self) -> u16 {
        Item268Error::status(self)
    }
}

/// Error responses `item269` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item269Error {}
impl Item269Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item269Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item269Error {}
impl ApiError for Item269Error {
    fn status(&self) -> u16 {
        Item269Error::status(self)
    }
}

/// Error responses `item270` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item270Error {}
impl Item270Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item270Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item270Error {}
impl ApiError for Item270Error {
    fn status(&self) -> u16 {
        Item270Error::status(self)
    }
}

/// Error responses `item271` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item271Error {}
impl Item271Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item271Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item271Error {}
impl ApiError for Item271Error {
    fn status(&self) -> u16 {
        Item271Error::status(self)
    }
}

/// Error responses `item272` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item272Error {}
impl Item272Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item272Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item272Error {}
impl ApiError for Item272Error {
    fn status(&self) -> u16 {
        Item272Error::status(self)
    }
}

/// Error responses `item273` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item273Error {}
impl Item273Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item273Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item273Error {}
impl ApiError for Item273Error {
    fn status(&self) -> u16 {
        Item273Error::status(self)
    }
}

/// Error responses `item274` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item274Error {}
impl Item274Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item274Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item274Error {}
impl ApiError for Item274Error {
    fn status(&self) -> u16 {
        Item274Error::status(self)
    }
}

/// Error responses `item275` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item275Error {}
impl Item275Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item275Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item275Error {}
impl ApiError for Item275Error {
    fn status(&self) -> u16 {
        Item275Error::status(self)
    }
}

/// Error responses `item276` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item276Error {}
impl Item276Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item276Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item276Error {}
impl ApiError for Item276Error {
    fn status(&self) -> u16 {
        Item276Error::status(self)
    }
}

/// Error responses `item277` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item277Error {}
impl Item277Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item277Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item277Error {}
impl ApiError for Item277Error {
    fn status(&self) -> u16 {
        Item277Error::status(self)
    }
}

/// Error responses `item278` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item278Error {}
impl Item278Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item278Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item278Error {}
impl ApiError for Item278Error {
    fn status(&self) -> u16 {
        Item278Error::status(self)
    }
}

/// Error responses `item279` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item279Error {}
impl Item279Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item279Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item279Error {}
impl ApiError for Item279Error {
    fn status(&self) -> u16 {
        Item279Error::status(self)
    }
}

/// Error responses `item280` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item280Error {}
impl Item280Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item280Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item280Error {}
impl ApiError for Item280Error {
    fn status(&self) -> u16 {
        Item280Error::status(self)
    }
}

/// Error responses `item281` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item281Error {}
impl Item281Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item281Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item281Error {}
impl ApiError for Item281Error {
    fn status(&self) -> u16 {
        Item281Error::status(self)
    }
}

/// Error responses `item282` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item282Error {}
impl Item282Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item282Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item282Error {}
impl ApiError for Item282Error {
    fn status(&self) -> u16 {
        Item282Error::status(self)
    }
}
