//! Which version of the data file a page was written from: a digest both
//! the build (`corridor-finish`, `corridor-check`) and the app compute, so
//! the app can tell whether the written first screen shows the file it has
//! loaded. It tells versions apart; it is no defence against forgery.

/// FNV-1a, 64 bits: a few lines, no dependency, linear in the file.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A data file's digest as the pages record it: 16 hex digits.
///
/// ```
/// use corridor::prerender::data_digest;
/// assert_eq!(data_digest(b""), "cbf29ce484222325");
/// assert_ne!(data_digest(b"a"), data_digest(b"b"));
/// ```
pub fn data_digest(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    format!("{hash:016x}")
}
