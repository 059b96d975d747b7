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
