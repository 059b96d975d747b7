/// Error responses `item111` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item111Error {}
impl Item111Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item111Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item111Error {}
impl ApiError for Item111Error {
    fn status(&self) -> u16 {
        Item111Error::status(self)
    }
}

/// Error responses `item112` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item112Error {}
impl Item112Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item112Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item112Error {}
impl ApiError for Item112Error {
    fn status(&self) -> u16 {
        Item112Error::status(self)
    }
}

/// Error responses `item113` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item113Error {}
impl Item113Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item113Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item113Error {}
impl ApiError for Item113Error {
    fn status(&self) -> u16 {
        Item113Error::status(self)
    }
}

/// Error responses `item114` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item114Error {}
impl Item114Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item114Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item114Error {}
impl ApiError for Item114Error {
    fn status(&self) -> u16 {
        Item114Error::status(self)
    }
}

/// Error responses `item115` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item115Error {}
impl Item115Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item115Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item115Error {}
impl ApiError for Item115Error {
    fn status(&self) -> u16 {
        Item115Error::status(self)
    }
}

/// Error responses `item116` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item116Error {}
impl Item116Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item116Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item116Error {}
impl ApiError for Item116Error {
    fn status(&self) -> u16 {
        Item116Error::status(self)
    }
}

/// Error responses `item117` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item117Error {}
impl Item117Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item117Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item117Error {}
impl ApiError for Item117Error {
    fn status(&self) -> u16 {
        Item117Error::status(self)
    }
}

/// Error responses `item118` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item118Error {}
impl Item118Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item118Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item118Error {}
impl ApiError for Item118Error {
    fn status(&self) -> u16 {
        Item118Error::status(self)
    }
}

/// Error responses `item119` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item119Error {}
impl Item119Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item119Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item119Error {}
impl ApiError for Item119Error {
    fn status(&self) -> u16 {
        Item119Error::status(self)
    }
}

/// Error responses `item120` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item120Error {}
impl Item120Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item120Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item120Error {}
impl ApiError for Item120Error {
    fn status(&self) -> u16 {
        Item120Error::status(self)
    }
}

/// Error responses `item121` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item121Error {}
impl Item121Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item121Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item121Error {}
impl ApiError for Item121Error {
    fn status(&self) -> u16 {
        Item121Error::status(self)
    }
}

/// Error responses `item122` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item122Error {}
impl Item122Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item122Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item122Error {}
impl ApiError for Item122Error {
    fn status(&self) -> u16 {
        Item122Error::status(self)
    }
}

/// Error responses `item123` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item123Error {}
impl Item123Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item123Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item123Error {}
impl ApiError for Item123Error {
    fn status(&self) -> u16 {
        Item123Error::status(self)
    }
}

/// Error responses `item124` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item124Error {}
impl Item124Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item124Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item124Error {}
impl ApiError for Item124Error {
    fn status(&self) -> u16 {
        Item124Error::status(self)
    }
}

/// Error responses `item125` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item125Error {}
impl Item125Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item125Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item125Error {}
impl ApiError for Item125Error {
    fn status(&self) -> u16 {
        Item125Error::status(self)
    }
}

/// Error responses `item126` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item126Error {}
impl Item126Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item126Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item126Error {}
impl ApiError for Item126Error {
    fn status(&self) -> u16 {
        Item126Error::status(self)
    }
}

/// Error responses `item127` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item127Error {}
impl Item127Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item127Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item127Error {}
impl ApiError for Item127Error {
    fn status(&self) -> u16 {
        Item127Error::status(self)
    }
}

/// Error responses `item128` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item128Error {}
impl Item128Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item128Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item128Error {}
impl ApiError for Item128Error {
    fn status(&self) -> u16 {
        Item128Error::status(self)
    }
}

/// Error responses `item129` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item129Error {}
impl Item129Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item129Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item129Error {}
impl ApiError for Item129Error {
    fn status(&self) -> u16 {
        Item129Error::status(self)
    }
}

/// Error responses `item130` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item130Error {}
impl Item130Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item130Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item130Error {}
impl ApiError for Item130Error {
    fn status(&self) -> u16 {
        Item130Error::status(self)
    }
}

/// Error responses `item131` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item131Error {}
impl Item131Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item131Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item131Error {}
impl ApiError for Item131Error {
    fn status(&self) -> u16 {
        Item131Error::status(self)
    }
}

/// Error responses `item132` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item132Error {}
impl Item132Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item132Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item132Error {}
impl ApiError for Item132Error {
    fn status(&self) -> u16 {
        Item132Error::status(self)
    }
}

/// Error responses `item133` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item133Error {}
impl Item133Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item133Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item133Error {}
impl ApiError for Item133Error {
    fn status(&self) -> u16 {
        Item133Error::status(self)
    }
}

/// Error responses `item134` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item134Error {}
impl Item134Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item134Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item134Error {}
impl ApiError for Item134Error {
    fn status(&self) -> u16 {
        Item134Error::status(self)
    }
}

/// Error responses `item135` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item135Error {}
impl Item135Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item135Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item135Error {}
impl ApiError for Item135Error {
    fn status(&self) -> u16 {
        Item135Error::status(self)
    }
}

/// Error responses `item136` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item136Error {}
impl Item136Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item136Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item136Error {}
impl ApiError for Item136Error {
    fn status(&self) -> u16 {
        Item136Error::status(self)
    }
}

/// Error responses `item137` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item137Error {}
impl Item137Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item137Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item137Error {}
impl ApiError for Item137Error {
    fn status(&self) -> u16 {
        Item137Error::status(self)
    }
}

/// Error responses `item138` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item138Error {}
impl Item138Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item138Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item138Error {}
impl ApiError for Item138Error {
    fn status(&self) -> u16 {
        Item138Error::status(self)
    }
}

/// Error responses `item139` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item139Error {}
impl Item139Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item139Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item139Error {}
impl ApiError for Item139Error {
    fn status(&self) -> u16 {
        Item139Error::status(self)
    }
}

/// Error responses `item140` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item140Error {}
impl Item140Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item140Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item140Error {}
impl ApiError for Item140Error {
    fn status(&self) -> u16 {
        Item140Error::status(self)
    }
}

/// Error responses `item141` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item141Error {}
impl Item141Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item141Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item141Error {}
impl ApiError for Item141Error {
    fn status(&self) -> u16 {
        Item141Error::status(self)
    }
}

/// Error responses `item142` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item142Error {}
impl Item142Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item142Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item142Error {}
impl ApiError for Item142Error {
    fn status(&self) -> u16 {
        Item142Error::status(self)
    }
}

/// Error responses `item143` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item143Error {}
impl Item143Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item143Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item143Error {}
impl ApiError for Item143Error {
    fn status(&self) -> u16 {
        Item143Error::status(self)
    }
}

/// Error responses `item144` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item144Error {}
impl Item144Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item144Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item144Error {}
impl ApiError for Item144Error {
    fn status(&self) -> u16 {
        Item144Error::status(self)
    }
}

/// Error responses `item145` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item145Error {}
impl Item145Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item145Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item145Error {}
impl ApiError for Item145Error {
    fn status(&self) -> u16 {
        Item145Error::status(self)
    }
}

/// Error responses `item146` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item146Error {}
impl Item146Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item146Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item146Error {}
impl ApiError for Item146Error {
    fn status(&self) -> u16 {
        Item146Error::status(self)
    }
}

/// Error responses `item147` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item147Error {}
impl Item147Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item147Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item147Error {}
impl ApiError for Item147Error {
    fn status(&self) -> u16 {
        Item147Error::status(self)
    }
}

/// Error responses `item148` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item148Error {}
impl Item148Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item148Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item148Error {}
impl ApiError for Item148Error {
    fn status(&self) -> u16 {
        Item148Error::status(self)
    }
}

/// Error responses `item149` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item149Error {}
impl Item149Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item149Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item149Error {}
impl ApiError for Item149Error {
    fn status(&self) -> u16 {
        Item149Error::status(self)
    }
}

/// Error responses `item150` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item150Error {}
impl Item150Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item150Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item150Error {}
impl ApiError for Item150Error {
    fn status(&self) -> u16 {
        Item150Error::status(self)
    }
}

/// Error responses `item151` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item151Error {}
impl Item151Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item151Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item151Error {}
impl ApiError for Item151Error {
    fn status(&self) -> u16 {
        Item151Error::status(self)
    }
}

/// Error responses `item152` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item152Error {}
impl Item152Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item152Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item152Error {}
impl ApiError for Item152Error {
    fn status(&self) -> u16 {
        Item152Error::status(self)
    }
}

/// Error responses `item153` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item153Error {}
impl Item153Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item153Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item153Error {}
impl ApiError for Item153Error {
    fn status(&self) -> u16 {
        Item153Error::status(self)
    }
}

/// Error responses `item154` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item154Error {}
impl Item154Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item154Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item154Error {}
impl ApiError for Item154Error {
    fn status(&self) -> u16 {
        Item154Error::status(self)
    }
}

/// Error responses `item155` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item155Error {}
impl Item155Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item155Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item155Error {}
impl ApiError for Item155Error {
    fn status(&self) -> u16 {
        Item155Error::status(self)
    }
}

/// Error responses `item156` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item156Error {}
impl Item156Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item156Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item156Error {}
impl ApiError for Item156Error {
    fn status(&self) -> u16 {
        Item156Error::status(self)
    }
}

/// Error responses `item157` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item157Error {}
impl Item157Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item157Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item157Error {}
impl ApiError for Item157Error {
    fn status(&self) -> u16 {
        Item157Error::status(self)
    }
}

/// Error responses `item158` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item158Error {}
impl Item158Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item158Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item158Error {}
impl ApiError for Item158Error {
    fn status(&self) -> u16 {
        Item158Error::status(self)
    }
}

/// Error responses `item159` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item159Error {}
impl Item159Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item159Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item159Error {}
impl ApiError for Item159Error {
    fn status(&self) -> u16 {
        Item159Error::status(self)
    }
}

/// Error responses `item160` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item160Error {}
impl Item160Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item160Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item160Error {}
impl ApiError for Item160Error {
    fn status(&self) -> u16 {
        Item160Error::status(self)
    }
}

/// Error responses `item161` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item161Error {}
impl Item161Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item161Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item161Error {}
impl ApiError for Item161Error {
    fn status(&self) -> u16 {
        Item161Error::status(self)
    }
}

/// Error responses `item162` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item162Error {}
impl Item162Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item162Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item162Error {}
impl ApiError for Item162Error {
    fn status(&self) -> u16 {
        Item162Error::status(self)
    }
}

/// Error responses `item163` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item163Error {}
impl Item163Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item163Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item163Error {}
impl ApiError for Item163Error {
    fn status(&self) -> u16 {
        Item163Error::status(self)
    }
}

/// Error responses `item164` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item164Error {}
impl Item164Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item164Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item164Error {}
impl ApiError for Item164Error {
    fn status(&self) -> u16 {
        Item164Error::status(self)
    }
}

/// Error responses `item165` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item165Error {}
impl Item165Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item165Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item165Error {}
impl ApiError for Item165Error {
    fn status(&self) -> u16 {
        Item165Error::status(self)
    }
}

/// Error responses `item166` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item166Error {}
impl Item166Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item166Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item166Error {}
impl ApiError for Item166Error {
    fn status(&self) -> u16 {
        Item166Error::status(self)
    }
}

/// Error responses `item167` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item167Error {}
impl Item167Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item167Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item167Error {}
impl ApiError for Item167Error {
    fn status(&self) -> u16 {
        Item167Error::status(self)
    }
}

/// Error responses `item168` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item168Error {}
impl Item168Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item168Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item168Error {}
impl ApiError for Item168Error {
    fn status(&self) -> u16 {
        Item168Error::status(self)
    }
}

/// Error responses `item169` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item169Error {}
impl Item169Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item169Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item169Error {}
impl ApiError for Item169Error {
    fn status(&self) -> u16 {
        Item169Error::status(self)
    }
}

/// Error responses `item170` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item170Error {}
impl Item170Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item170Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item170Error {}
impl ApiError for Item170Error {
    fn status(&self) -> u16 {
        Item170Error::status(self)
    }
}

/// Error responses `item171` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item171Error {}
impl Item171Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item171Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item171Error {}
impl ApiError for Item171Error {
    fn status(&self) -> u16 {
        Item171Error::status(self)
    }
}

/// Error responses `item172` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item172Error {}
impl Item172Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item172Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item172Error {}
impl ApiError for Item172Error {
    fn status(&self) -> u16 {
        Item172Error::status(self)
    }
}

/// Error responses `item173` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item173Error {}
impl Item173Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item173Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item173Error {}
impl ApiError for Item173Error {
    fn status(&self) -> u16 {
        Item173Error::status(self)
    }
}

/// Error responses `item174` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item174Error {}
impl Item174Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item174Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item174Error {}
impl ApiError for Item174Error {
    fn status(&self) -> u16 {
        Item174Error::status(self)
    }
}

/// Error responses `item175` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item175Error {}
impl Item175Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item175Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item175Error {}
impl ApiError for Item175Error {
    fn status(&self) -> u16 {
        Item175Error::status(self)
    }
}

/// Error responses `item176` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item176Error {}
impl Item176Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item176Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item176Error {}
impl ApiError for Item176Error {
    fn status(&self) -> u16 {
        Item176Error::status(self)
    }
}

/// Error responses `item177` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item177Error {}
impl Item177Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item177Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item177Error {}
impl ApiError for Item177Error {
    fn status(&self) -> u16 {
        Item177Error::status(self)
    }
}

/// Error responses `item178` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item178Error {}
impl Item178Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item178Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item178Error {}
impl ApiError for Item178Error {
    fn status(&self) -> u16 {
        Item178Error::status(self)
    }
}

/// Error responses `item179` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item179Error {}
impl Item179Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item179Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item179Error {}
impl ApiError for Item179Error {
    fn status(&self) -> u16 {
        Item179Error::status(self)
    }
}

/// Error responses `item180` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item180Error {}
impl Item180Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item180Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item180Error {}
impl ApiError for Item180Error {
    fn status(&self) -> u16 {
        Item180Error::status(self)
    }
}

/// Error responses `item181` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item181Error {}
impl Item181Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item181Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item181Error {}
impl ApiError for Item181Error {
    fn status(&self) -> u16 {
        Item181Error::status(self)
    }
}

/// Error responses `item182` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item182Error {}
impl Item182Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item182Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item182Error {}
impl ApiError for Item182Error {
    fn status(&self) -> u16 {
        Item182Error::status(self)
    }
}

/// Error responses `item183` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item183Error {}
impl Item183Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item183Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item183Error {}
impl ApiError for Item183Error {
    fn status(&self) -> u16 {
        Item183Error::status(self)
    }
}

/// Error responses `item184` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item184Error {}
impl Item184Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item184Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item184Error {}
impl ApiError for Item184Error {
    fn status(&self) -> u16 {
        Item184Error::status(self)
    }
}

/// Error responses `item185` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item185Error {}
impl Item185Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item185Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item185Error {}
impl ApiError for Item185Error {
    fn status(&self) -> u16 {
        Item185Error::status(self)
    }
}

/// Error responses `item186` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item186Error {}
impl Item186Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item186Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item186Error {}
impl ApiError for Item186Error {
    fn status(&self) -> u16 {
        Item186Error::status(self)
    }
}

/// Error responses `item187` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item187Error {}
impl Item187Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item187Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item187Error {}
impl ApiError for Item187Error {
    fn status(&self) -> u16 {
        Item187Error::status(self)
    }
}

/// Error responses `item188` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item188Error {}
impl Item188Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item188Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item188Error {}
impl ApiError for Item188Error {
    fn status(&self) -> u16 {
        Item188Error::status(self)
    }
}

/// Error responses `item189` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item189Error {}
impl Item189Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item189Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item189Error {}
impl ApiError for Item189Error {
    fn status(&self) -> u16 {
        Item189Error::status(self)
    }
}

/// Error responses `item190` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item190Error {}
impl Item190Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item190Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item190Error {}
impl ApiError for Item190Error {
    fn status(&self) -> u16 {
        Item190Error::status(self)
    }
}

/// Error responses `item191` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item191Error {}
impl Item191Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item191Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item191Error {}
impl ApiError for Item191Error {
    fn status(&self) -> u16 {
        Item191Error::status(self)
    }
}

/// Error responses `item192` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item192Error {}
impl Item192Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item192Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item192Error {}
impl ApiError for Item192Error {
    fn status(&self) -> u16 {
        Item192Error::status(self)
    }
}

/// Error responses `item193` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item193Error {}
impl Item193Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item193Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item193Error {}
impl ApiError for Item193Error {
    fn status(&self) -> u16 {
        Item193Error::status(self)
    }
}

/// Error responses `item194` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item194Error {}
impl Item194Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item194Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item194Error {}
impl ApiError for Item194Error {
    fn status(&self) -> u16 {
        Item194Error::status(self)
    }
}

/// Error responses `item195` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item195Error {}
impl Item195Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item195Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item195Error {}
impl ApiError for Item195Error {
    fn status(&self) -> u16 {
        Item195Error::status(self)
    }
}

/// Error responses `item196` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item196Error {}
impl Item196Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item196Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item196Error {}
impl ApiError for Item196Error {
    fn status(&self) -> u16 {
        Item196Error::status(self)
    }
}
