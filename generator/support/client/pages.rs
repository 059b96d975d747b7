// Support code oagen copies into the generated `client` module.
// When some operation is paginated: the `_stream` methods walk pages with these. Condition:
// `page_numbers` when some operation pages by number, `next_links` when some follows links.

/// Walks pages: `fetch` gets one page's parameters and returns the page's items and the next
/// page's parameters, `None` after the last page. Items come out one at a time; an error is the
/// stream's last item.
fn paginate<'a, P: 'a, T: 'a, E: 'a, Fut>(
    first: P,
    fetch: impl Fn(P) -> Fut + 'a,
) -> impl futures::Stream<Item = Result<T, Error<E>>> + 'a
where
    Fut: std::future::Future<Output = Result<(Vec<T>, Option<P>), Error<E>>> + 'a,
{
    let start = (Some(first), Vec::new().into_iter(), fetch);
    futures::stream::unfold(start, |(mut next, mut items, fetch)| async move {
        loop {
            if let Some(item) = items.next() {
                return Some((Ok(item), (next, items, fetch)));
            }
            let params = next.take()?;
            match fetch(params).await {
                Ok((page, after)) => {
                    items = page.into_iter();
                    next = after;
                }
                Err(err) => return Some((Err(err), (None, items, fetch))),
            }
        }
    })
}

/// A page number as a response states it; `0`, negative or fractional numbers mean no next page.
#[cfg(oagen = "page_numbers")]
trait PageNumber: Copy {
    fn page(self) -> Option<i64>;
}

#[cfg(oagen = "page_numbers")]
impl PageNumber for i32 {
    fn page(self) -> Option<i64> {
        (self > 0).then_some(i64::from(self))
    }
}

#[cfg(oagen = "page_numbers")]
impl PageNumber for i64 {
    fn page(self) -> Option<i64> {
        (self > 0).then_some(self)
    }
}

#[cfg(oagen = "page_numbers")]
impl PageNumber for f32 {
    fn page(self) -> Option<i64> {
        f64::from(self).page()
    }
}

#[cfg(oagen = "page_numbers")]
impl PageNumber for f64 {
    fn page(self) -> Option<i64> {
        // Integral and in range: the cast is exact.
        (self >= 1.0 && self.fract() == 0.0 && self < 9.0e15).then_some(self as i64)
    }
}

#[cfg(oagen = "next_links")]
/// The URL a next-page link names, resolved against the operation's own URL (so `?page=2` and
/// `/items?page=2` work too). Only links on the API's own origin (scheme, host and port) are
/// followed, so credentials never go elsewhere.
fn next_link(current: &reqwest::Url, link: &str) -> Result<reqwest::Url, Failure> {
    let url = current.join(link).map_err(|err| Failure::InvalidRequest(format!("next-page link `{link}`: {err}")))?;
    if url.origin() != current.origin() {
        return Err(Failure::InvalidRequest(format!("next-page link `{link}` leaves the API's origin; not followed")));
    }
    Ok(url)
}
