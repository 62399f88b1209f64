//! Reading a data file from disk for the native commands, bounded like the
//! loader: a file over [`MAX_FILE_BYTES`] is refused by its size before
//! reading, and a stream with no size (`/dev/zero`, a pipe) is read only
//! up to one byte past the limit.

use super::{ProblemKind, MAX_FILE_BYTES};
use std::io::Read;

/// The file's bytes, or the size problem; `Err` for the I/O error itself.
pub fn read_limited(file: &str) -> std::io::Result<Result<Vec<u8>, ProblemKind>> {
    let f = std::fs::File::open(file)?;
    let size = f.metadata()?.len();
    let limit = MAX_FILE_BYTES as u64;
    if size > limit {
        let bytes = usize::try_from(size).unwrap_or(usize::MAX);
        return Ok(Err(ProblemKind::TooLarge { bytes, limit: MAX_FILE_BYTES }));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    f.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Ok(Err(ProblemKind::TooLargeStream { limit: MAX_FILE_BYTES }));
    }
    Ok(Ok(bytes))
}
