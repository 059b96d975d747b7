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

/// Error responses `item283` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item283Error {}
impl Item283Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item283Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item283Error {}
impl ApiError for Item283Error {
    fn status(&self) -> u16 {
        Item283Error::status(self)
    }
}

/// Error responses `item284` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item284Error {}
impl Item284Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item284Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item284Error {}
impl ApiError for Item284Error {
    fn status(&self) -> u16 {
        Item284Error::status(self)
    }
}

/// Error responses `item285` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item285Error {}
impl Item285Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item285Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item285Error {}
impl ApiError for Item285Error {
    fn status(&self) -> u16 {
        Item285Error::status(self)
    }
}

/// Error responses `item286` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item286Error {}
impl Item286Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item286Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item286Error {}
impl ApiError for Item286Error {
    fn status(&self) -> u16 {
        Item286Error::status(self)
    }
}

/// Error responses `item287` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item287Error {}
impl Item287Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item287Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item287Error {}
impl ApiError for Item287Error {
    fn status(&self) -> u16 {
        Item287Error::status(self)
    }
}

/// Error responses `item288` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item288Error {}
impl Item288Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item288Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item288Error {}
impl ApiError for Item288Error {
    fn status(&self) -> u16 {
        Item288Error::status(self)
    }
}

/// Error responses `item289` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item289Error {}
impl Item289Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item289Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item289Error {}
impl ApiError for Item289Error {
    fn status(&self) -> u16 {
        Item289Error::status(self)
    }
}

/// Error responses `item290` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item290Error {}
impl Item290Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item290Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item290Error {}
impl ApiError for Item290Error {
    fn status(&self) -> u16 {
        Item290Error::status(self)
    }
}

/// Error responses `item291` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item291Error {}
impl Item291Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item291Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item291Error {}
impl ApiError for Item291Error {
    fn status(&self) -> u16 {
        Item291Error::status(self)
    }
}

/// Error responses `item292` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item292Error {}
impl Item292Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item292Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item292Error {}
impl ApiError for Item292Error {
    fn status(&self) -> u16 {
        Item292Error::status(self)
    }
}

/// Error responses `item293` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item293Error {}
impl Item293Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item293Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item293Error {}
impl ApiError for Item293Error {
    fn status(&self) -> u16 {
        Item293Error::status(self)
    }
}

/// Error responses `item294` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item294Error {}
impl Item294Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item294Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item294Error {}
impl ApiError for Item294Error {
    fn status(&self) -> u16 {
        Item294Error::status(self)
    }
}

/// Error responses `item295` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item295Error {}
impl Item295Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item295Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item295Error {}
impl ApiError for Item295Error {
    fn status(&self) -> u16 {
        Item295Error::status(self)
    }
}

/// Error responses `item296` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item296Error {}
impl Item296Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item296Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item296Error {}
impl ApiError for Item296Error {
    fn status(&self) -> u16 {
        Item296Error::status(self)
    }
}

/// Error responses `item297` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item297Error {}
impl Item297Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item297Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item297Error {}
impl ApiError for Item297Error {
    fn status(&self) -> u16 {
        Item297Error::status(self)
    }
}

/// Error responses `item298` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item298Error {}
impl Item298Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item298Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item298Error {}
impl ApiError for Item298Error {
    fn status(&self) -> u16 {
        Item298Error::status(self)
    }
}

/// Error responses `item299` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item299Error {}
impl Item299Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item299Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item299Error {}
impl ApiError for Item299Error {
    fn status(&self) -> u16 {
        Item299Error::status(self)
    }
}

/// Error responses `item300` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item300Error {}
impl Item300Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item300Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item300Error {}
impl ApiError for Item300Error {
    fn status(&self) -> u16 {
        Item300Error::status(self)
    }
}

/// Error responses `item301` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item301Error {}
impl Item301Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item301Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item301Error {}
impl ApiError for Item301Error {
    fn status(&self) -> u16 {
        Item301Error::status(self)
    }
}

/// Error responses `item302` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item302Error {}
impl Item302Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item302Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item302Error {}
impl ApiError for Item302Error {
    fn status(&self) -> u16 {
        Item302Error::status(self)
    }
}

/// Error responses `item303` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item303Error {}
impl Item303Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item303Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item303Error {}
impl ApiError for Item303Error {
    fn status(&self) -> u16 {
        Item303Error::status(self)
    }
}

/// Error responses `item304` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item304Error {}
impl Item304Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item304Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item304Error {}
impl ApiError for Item304Error {
    fn status(&self) -> u16 {
        Item304Error::status(self)
    }
}

/// Error responses `item305` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item305Error {}
impl Item305Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item305Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item305Error {}
impl ApiError for Item305Error {
    fn status(&self) -> u16 {
        Item305Error::status(self)
    }
}

/// Error responses `item306` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item306Error {}
impl Item306Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item306Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item306Error {}
impl ApiError for Item306Error {
    fn status(&self) -> u16 {
        Item306Error::status(self)
    }
}

/// Error responses `item307` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item307Error {}
impl Item307Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item307Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item307Error {}
impl ApiError for Item307Error {
    fn status(&self) -> u16 {
        Item307Error::status(self)
    }
}

/// Error responses `item308` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item308Error {}
impl Item308Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item308Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item308Error {}
impl ApiError for Item308Error {
    fn status(&self) -> u16 {
        Item308Error::status(self)
    }
}

/// Error responses `item309` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item309Error {}
impl Item309Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item309Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item309Error {}
impl ApiError for Item309Error {
    fn status(&self) -> u16 {
        Item309Error::status(self)
    }
}

/// Error responses `item310` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item310Error {}
impl Item310Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item310Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item310Error {}
impl ApiError for Item310Error {
    fn status(&self) -> u16 {
        Item310Error::status(self)
    }
}

/// Error responses `item311` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item311Error {}
impl Item311Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item311Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item311Error {}
impl ApiError for Item311Error {
    fn status(&self) -> u16 {
        Item311Error::status(self)
    }
}

/// Error responses `item312` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item312Error {}
impl Item312Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item312Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item312Error {}
impl ApiError for Item312Error {
    fn status(&self) -> u16 {
        Item312Error::status(self)
    }
}

/// Error responses `item313` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item313Error {}
impl Item313Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item313Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item313Error {}
impl ApiError for Item313Error {
    fn status(&self) -> u16 {
        Item313Error::status(self)
    }
}

/// Error responses `item314` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item314Error {}
impl Item314Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item314Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item314Error {}
impl ApiError for Item314Error {
    fn status(&self) -> u16 {
        Item314Error::status(self)
    }
}

/// Error responses `item315` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item315Error {}
impl Item315Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item315Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item315Error {}
impl ApiError for Item315Error {
    fn status(&self) -> u16 {
        Item315Error::status(self)
    }
}

/// Error responses `item316` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item316Error {}
impl Item316Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item316Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item316Error {}
impl ApiError for Item316Error {
    fn status(&self) -> u16 {
        Item316Error::status(self)
    }
}

/// Error responses `item317` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item317Error {}
impl Item317Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item317Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item317Error {}
impl ApiError for Item317Error {
    fn status(&self) -> u16 {
        Item317Error::status(self)
    }
}

/// Error responses `item318` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item318Error {}
impl Item318Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item318Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item318Error {}
impl ApiError for Item318Error {
    fn status(&self) -> u16 {
        Item318Error::status(self)
    }
}

/// Error responses `item319` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item319Error {}
impl Item319Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item319Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item319Error {}
impl ApiError for Item319Error {
    fn status(&self) -> u16 {
        Item319Error::status(self)
    }
}

/// Error responses `item320` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item320Error {}
impl Item320Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item320Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item320Error {}
impl ApiError for Item320Error {
    fn status(&self) -> u16 {
        Item320Error::status(self)
    }
}

/// Error responses `item321` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item321Error {}
impl Item321Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item321Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item321Error {}
impl ApiError for Item321Error {
    fn status(&self) -> u16 {
        Item321Error::status(self)
    }
}

/// Error responses `item322` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item322Error {}
impl Item322Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item322Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item322Error {}
impl ApiError for Item322Error {
    fn status(&self) -> u16 {
        Item322Error::status(self)
    }
}

/// Error responses `item323` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item323Error {}
impl Item323Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item323Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item323Error {}
impl ApiError for Item323Error {
    fn status(&self) -> u16 {
        Item323Error::status(self)
    }
}

/// Error responses `item324` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item324Error {}
impl Item324Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item324Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item324Error {}
impl ApiError for Item324Error {
    fn status(&self) -> u16 {
        Item324Error::status(self)
    }
}

/// Error responses `item325` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item325Error {}
impl Item325Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item325Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item325Error {}
impl ApiError for Item325Error {
    fn status(&self) -> u16 {
        Item325Error::status(self)
    }
}

/// Error responses `item326` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item326Error {}
impl Item326Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item326Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item326Error {}
impl ApiError for Item326Error {
    fn status(&self) -> u16 {
        Item326Error::status(self)
    }
}

/// Error responses `item327` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item327Error {}
impl Item327Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item327Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item327Error {}
impl ApiError for Item327Error {
    fn status(&self) -> u16 {
        Item327Error::status(self)
    }
}

/// Error responses `item328` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item328Error {}
impl Item328Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item328Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item328Error {}
impl ApiError for Item328Error {
    fn status(&self) -> u16 {
        Item328Error::status(self)
    }
}

/// Error responses `item329` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item329Error {}
impl Item329Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item329Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item329Error {}
impl ApiError for Item329Error {
    fn status(&self) -> u16 {
        Item329Error::status(self)
    }
}

/// Error responses `item330` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item330Error {}
impl Item330Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item330Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item330Error {}
impl ApiError for Item330Error {
    fn status(&self) -> u16 {
        Item330Error::status(self)
    }
}

/// Error responses `item331` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item331Error {}
impl Item331Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item331Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item331Error {}
impl ApiError for Item331Error {
    fn status(&self) -> u16 {
        Item331Error::status(self)
    }
}

/// Error responses `item332` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item332Error {}
impl Item332Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item332Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item332Error {}
impl ApiError for Item332Error {
    fn status(&self) -> u16 {
        Item332Error::status(self)
    }
}

/// Error responses `item333` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item333Error {}
impl Item333Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item333Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item333Error {}
impl ApiError for Item333Error {
    fn status(&self) -> u16 {
        Item333Error::status(self)
    }
}

/// Error responses `item334` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item334Error {}
impl Item334Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item334Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item334Error {}
impl ApiError for Item334Error {
    fn status(&self) -> u16 {
        Item334Error::status(self)
    }
}

/// Error responses `item335` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item335Error {}
impl Item335Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item335Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item335Error {}
impl ApiError for Item335Error {
    fn status(&self) -> u16 {
        Item335Error::status(self)
    }
}

/// Error responses `item336` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item336Error {}
impl Item336Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item336Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item336Error {}
impl ApiError for Item336Error {
    fn status(&self) -> u16 {
        Item336Error::status(self)
    }
}

/// Error responses `item337` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item337Error {}
impl Item337Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item337Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item337Error {}
impl ApiError for Item337Error {
    fn status(&self) -> u16 {
        Item337Error::status(self)
    }
}

/// Error responses `item338` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item338Error {}
impl Item338Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item338Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item338Error {}
impl ApiError for Item338Error {
    fn status(&self) -> u16 {
        Item338Error::status(self)
    }
}

/// Error responses `item339` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item339Error {}
impl Item339Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item339Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item339Error {}
impl ApiError for Item339Error {
    fn status(&self) -> u16 {
        Item339Error::status(self)
    }
}

/// Error responses `item340` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item340Error {}
impl Item340Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item340Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item340Error {}
impl ApiError for Item340Error {
    fn status(&self) -> u16 {
        Item340Error::status(self)
    }
}

/// Error responses `item341` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item341Error {}
impl Item341Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item341Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item341Error {}
impl ApiError for Item341Error {
    fn status(&self) -> u16 {
        Item341Error::status(self)
    }
}

/// Error responses `item342` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item342Error {}
impl Item342Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item342Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item342Error {}
impl ApiError for Item342Error {
    fn status(&self) -> u16 {
        Item342Error::status(self)
    }
}

/// Error responses `item343` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item343Error {}
impl Item343Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item343Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item343Error {}
impl ApiError for Item343Error {
    fn status(&self) -> u16 {
        Item343Error::status(self)
    }
}

/// Error responses `item344` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item344Error {}
impl Item344Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item344Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item344Error {}
impl ApiError for Item344Error {
    fn status(&self) -> u16 {
        Item344Error::status(self)
    }
}

/// Error responses `item345` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item345Error {}
impl Item345Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item345Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item345Error {}
impl ApiError for Item345Error {
    fn status(&self) -> u16 {
        Item345Error::status(self)
    }
}

/// Error responses `item346` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item346Error {}
impl Item346Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item346Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item346Error {}
impl ApiError for Item346Error {
    fn status(&self) -> u16 {
        Item346Error::status(self)
    }
}

/// Error responses `item347` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item347Error {}
impl Item347Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item347Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item347Error {}
impl ApiError for Item347Error {
    fn status(&self) -> u16 {
        Item347Error::status(self)
    }
}

/// Error responses `item348` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item348Error {}
impl Item348Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item348Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item348Error {}
impl ApiError for Item348Error {
    fn status(&self) -> u16 {
        Item348Error::status(self)
    }
}

/// Error responses `item349` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item349Error {}
impl Item349Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item349Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item349Error {}
impl ApiError for Item349Error {
    fn status(&self) -> u16 {
        Item349Error::status(self)
    }
}

/// Error responses `item350` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item350Error {}
impl Item350Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item350Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item350Error {}
impl ApiError for Item350Error {
    fn status(&self) -> u16 {
        Item350Error::status(self)
    }
}

/// Error responses `item351` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item351Error {}
impl Item351Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item351Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item351Error {}
impl ApiError for Item351Error {
    fn status(&self) -> u16 {
        Item351Error::status(self)
    }
}

/// Error responses `item352` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item352Error {}
impl Item352Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item352Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item352Error {}
impl ApiError for Item352Error {
    fn status(&self) -> u16 {
        Item352Error::status(self)
    }
}

/// Error responses `item353` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item353Error {}
impl Item353Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item353Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item353Error {}
impl ApiError for Item353Error {
    fn status(&self) -> u16 {
        Item353Error::status(self)
    }
}

/// Error responses `item354` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item354Error {}
impl Item354Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item354Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item354Error {}
impl ApiError for Item354Error {
    fn status(&self) -> u16 {
        Item354Error::status(self)
    }
}

/// Error responses `item355` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item355Error {}
impl Item355Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item355Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item355Error {}
impl ApiError for Item355Error {
    fn status(&self) -> u16 {
        Item355Error::status(self)
    }
}

/// Error responses `item356` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item356Error {}
impl Item356Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item356Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item356Error {}
impl ApiError for Item356Error {
    fn status(&self) -> u16 {
        Item356Error::status(self)
    }
}

/// Error responses `item357` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item357Error {}
impl Item357Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item357Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item357Error {}
impl ApiError for Item357Error {
    fn status(&self) -> u16 {
        Item357Error::status(self)
    }
}

/// Error responses `item358` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item358Error {}
impl Item358Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item358Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item358Error {}
impl ApiError for Item358Error {
    fn status(&self) -> u16 {
        Item358Error::status(self)
    }
}

/// Error responses `item359` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item359Error {}
impl Item359Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item359Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item359Error {}
impl ApiError for Item359Error {
    fn status(&self) -> u16 {
        Item359Error::status(self)
    }
}

/// Error responses `item360` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item360Error {}
impl Item360Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item360Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item360Error {}
impl ApiError for Item360Error {
    fn status(&self) -> u16 {
        Item360Error::status(self)
    }
}

/// Error responses `item361` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item361Error {}
impl Item361Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item361Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item361Error {}
impl ApiError for Item361Error {
    fn status(&self) -> u16 {
        Item361Error::status(self)
    }
}

/// Error responses `item362` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item362Error {}
impl Item362Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item362Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item362Error {}
impl ApiError for Item362Error {
    fn status(&self) -> u16 {
        Item362Error::status(self)
    }
}

/// Error responses `item363` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item363Error {}
impl Item363Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item363Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item363Error {}
impl ApiError for Item363Error {
    fn status(&self) -> u16 {
        Item363Error::status(self)
    }
}

/// Error responses `item364` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item364Error {}
impl Item364Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item364Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item364Error {}
impl ApiError for Item364Error {
    fn status(&self) -> u16 {
        Item364Error::status(self)
    }
}

/// Error responses `item365` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item365Error {}
impl Item365Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item365Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item365Error {}
impl ApiError for Item365Error {
    fn status(&self) -> u16 {
        Item365Error::status(self)
    }
}

/// Error responses `item366` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item366Error {}
impl Item366Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item366Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item366Error {}
impl ApiError for Item366Error {
    fn status(&self) -> u16 {
        Item366Error::status(self)
    }
}

/// Error responses `item367` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item367Error {}
impl Item367Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item367Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item367Error {}
impl ApiError for Item367Error {
    fn status(&self) -> u16 {
        Item367Error::status(self)
    }
}

/// Error responses `item368` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item368Error {}
impl Item368Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item368Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item368Error {}
impl ApiError for Item368Error {
    fn status(&self) -> u16 {
        Item368Error::status(self)
    }
}

/// Error responses `item369` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item369Error {}
impl Item369Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item369Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item369Error {}
impl ApiError for Item369Error {
    fn status(&self) -> u16 {
        Item369Error::status(self)
    }
}

/// Error responses `item370` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item370Error {}
impl Item370Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item370Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item370Error {}
impl ApiError for Item370Error {
    fn status(&self) -> u16 {
        Item370Error::status(self)
    }
}

/// Error responses `item371` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item371Error {}
impl Item371Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item371Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item371Error {}
impl ApiError for Item371Error {
    fn status(&self) -> u16 {
        Item371Error::status(self)
    }
}

/// Error responses `item372` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item372Error {}
impl Item372Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item372Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item372Error {}
impl ApiError for Item372Error {
    fn status(&self) -> u16 {
        Item372Error::status(self)
    }
}

/// Error responses `item373` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item373Error {}
impl Item373Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item373Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item373Error {}
impl ApiError for Item373Error {
    fn status(&self) -> u16 {
        Item373Error::status(self)
    }
}

/// Error responses `item374` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item374Error {}
impl Item374Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item374Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item374Error {}
impl ApiError for Item374Error {
    fn status(&self) -> u16 {
        Item374Error::status(self)
    }
}

/// Error responses `item375` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item375Error {}
impl Item375Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item375Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item375Error {}
impl ApiError for Item375Error {
    fn status(&self) -> u16 {
        Item375Error::status(self)
    }
}

/// Error responses `item376` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item376Error {}
impl Item376Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item376Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item376Error {}
impl ApiError for Item376Error {
    fn status(&self) -> u16 {
        Item376Error::status(self)
    }
}

/// Error responses `item377` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item377Error {}
impl Item377Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item377Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item377Error {}
impl ApiError for Item377Error {
    fn status(&self) -> u16 {
        Item377Error::status(self)
    }
}

/// Error responses `item378` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item378Error {}
impl Item378Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item378Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item378Error {}
impl ApiError for Item378Error {
    fn status(&self) -> u16 {
        Item378Error::status(self)
    }
}

/// Error responses `item379` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item379Error {}
impl Item379Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item379Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item379Error {}
impl ApiError for Item379Error {
    fn status(&self) -> u16 {
        Item379Error::status(self)
    }
}

/// Error responses `item380` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item380Error {}
impl Item380Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item380Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item380Error {}
impl ApiError for Item380Error {
    fn status(&self) -> u16 {
        Item380Error::status(self)
    }
}

/// Error responses `item381` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item381Error {}
impl Item381Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item381Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item381Error {}
impl ApiError for Item381Error {
    fn status(&self) -> u16 {
        Item381Error::status(self)
    }
}

/// Error responses `item382` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item382Error {}
impl Item382Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item382Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item382Error {}
impl ApiError for Item382Error {
    fn status(&self) -> u16 {
        Item382Error::status(self)
    }
}

/// Error responses `item383` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item383Error {}
impl Item383Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item383Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item383Error {}
impl ApiError for Item383Error {
    fn status(&self) -> u16 {
        Item383Error::status(self)
    }
}

/// Error responses `item384` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item384Error {}
impl Item384Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item384Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item384Error {}
impl ApiError for Item384Error {
    fn status(&self) -> u16 {
        Item384Error::status(self)
    }
}

/// Error responses `item385` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item385Error {}
impl Item385Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item385Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item385Error {}
impl ApiError for Item385Error {
    fn status(&self) -> u16 {
        Item385Error::status(self)
    }
}

/// Error responses `item386` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item386Error {}
impl Item386Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item386Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item386Error {}
impl ApiError for Item386Error {
    fn status(&self) -> u16 {
        Item386Error::status(self)
    }
}

/// Error responses `item387` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item387Error {}
impl Item387Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item387Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item387Error {}
impl ApiError for Item387Error {
    fn status(&self) -> u16 {
        Item387Error::status(self)
    }
}

/// Error responses `item388` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item388Error {}
impl Item388Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item388Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item388Error {}
impl ApiError for Item388Error {
    fn status(&self) -> u16 {
        Item388Error::status(self)
    }
}

/// Error responses `item389` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item389Error {}
impl Item389Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item389Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item389Error {}
impl ApiError for Item389Error {
    fn status(&self) -> u16 {
        Item389Error::status(self)
    }
}

/// Error responses `item390` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item390Error {}
impl Item390Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item390Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item390Error {}
impl ApiError for Item390Error {
    fn status(&self) -> u16 {
        Item390Error::status(self)
    }
}

/// Error responses `item391` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item391Error {}
impl Item391Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item391Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item391Error {}
impl ApiError for Item391Error {
    fn status(&self) -> u16 {
        Item391Error::status(self)
    }
}

/// Error responses `item392` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item392Error {}
impl Item392Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item392Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item392Error {}
impl ApiError for Item392Error {
    fn status(&self) -> u16 {
        Item392Error::status(self)
    }
}

/// Error responses `item393` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item393Error {}
impl Item393Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item393Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item393Error {}
impl ApiError for Item393Error {
    fn status(&self) -> u16 {
        Item393Error::status(self)
    }
}

/// Error responses `item394` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item394Error {}
impl Item394Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item394Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item394Error {}
impl ApiError for Item394Error {
    fn status(&self) -> u16 {
        Item394Error::status(self)
    }
}

/// Error responses `item395` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item395Error {}
impl Item395Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item395Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item395Error {}
impl ApiError for Item395Error {
    fn status(&self) -> u16 {
        Item395Error::status(self)
    }
}

/// Error responses `item396` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item396Error {}
impl Item396Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item396Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item396Error {}
impl ApiError for Item396Error {
    fn status(&self) -> u16 {
        Item396Error::status(self)
    }
}

/// Error responses `item397` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item397Error {}
impl Item397Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item397Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item397Error {}
impl ApiError for Item397Error {
    fn status(&self) -> u16 {
        Item397Error::status(self)
    }
}

/// Error responses `item398` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item398Error {}
impl Item398Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item398Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item398Error {}
impl ApiError for Item398Error {
    fn status(&self) -> u16 {
        Item398Error::status(self)
    }
}

/// Error responses `item399` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item399Error {}
impl Item399Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item399Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item399Error {}
impl ApiError for Item399Error {
    fn status(&self) -> u16 {
        Item399Error::status(self)
    }
}

/// Error responses `item400` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item400Error {}
impl Item400Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item400Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item400Error {}
impl ApiError for Item400Error {
    fn status(&self) -> u16 {
        Item400Error::status(self)
    }
}

/// Error responses `item401` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item401Error {}
impl Item401Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item401Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item401Error {}
impl ApiError for Item401Error {
    fn status(&self) -> u16 {
        Item401Error::status(self)
    }
}

/// Error responses `item402` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item402Error {}
impl Item402Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item402Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item402Error {}
impl ApiError for Item402Error {
    fn status(&self) -> u16 {
        Item402Error::status(self)
    }
}

/// Error responses `item403` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item403Error {}
impl Item403Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item403Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item403Error {}
impl ApiError for Item403Error {
    fn status(&self) -> u16 {
        Item403Error::status(self)
    }
}

/// Error responses `item404` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item404Error {}
impl Item404Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item404Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item404Error {}
impl ApiError for Item404Error {
    fn status(&self) -> u16 {
        Item404Error::status(self)
    }
}

/// Error responses `item405` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item405Error {}
impl Item405Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item405Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item405Error {}
impl ApiError for Item405Error {
    fn status(&self) -> u16 {
        Item405Error::status(self)
    }
}

/// Error responses `item406` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item406Error {}
impl Item406Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item406Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item406Error {}
impl ApiError for Item406Error {
    fn status(&self) -> u16 {
        Item406Error::status(self)
    }
}

/// Error responses `item407` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item407Error {}
impl Item407Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item407Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item407Error {}
impl ApiError for Item407Error {
    fn status(&self) -> u16 {
        Item407Error::status(self)
    }
}

/// Error responses `item408` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item408Error {}
impl Item408Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item408Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item408Error {}
impl ApiError for Item408Error {
    fn status(&self) -> u16 {
        Item408Error::status(self)
    }
}

/// Error responses `item409` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item409Error {}
impl Item409Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item409Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item409Error {}
impl ApiError for Item409Error {
    fn status(&self) -> u16 {
        Item409Error::status(self)
    }
}

/// Error responses `item410` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item410Error {}
impl Item410Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item410Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item410Error {}
impl ApiError for Item410Error {
    fn status(&self) -> u16 {
        Item410Error::status(self)
    }
}
