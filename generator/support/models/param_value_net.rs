// Support code oagen copies into the generated `models` module.
// When some type uses `std::net::Ipv4Addr` or `Ipv6Addr` (`format: ipv4`/`ipv6`).

impl ParamValue for std::net::Ipv4Addr {
    fn to_param(&self) -> String {
        self.to_string()
    }
    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: std::net::AddrParseError| err.to_string())
    }
}

impl ParamValue for std::net::Ipv6Addr {
    fn to_param(&self) -> String {
        self.to_string()
    }
    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: std::net::AddrParseError| err.to_string())
    }
}
