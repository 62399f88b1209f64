//! Precompressed copies for a static host: `file.gz` and `file.br` beside
//! each text file, made once at publish time at the strongest settings, so
//! the server sends them as they are (nginx `gzip_static`,
//! `brotli_static`) instead of compressing on every request.

use std::io::Write;

/// The kinds of file worth compressing: text, and WebAssembly (which
/// shrinks to about a third). Images are compressed already.
pub const COMPRESSED_EXTENSIONS: &[&str] =
    &["html", "js", "css", "wasm", "json", "geojson", "svg", "webmanifest", "txt"];

/// Whether a file of this name gets precompressed copies.
///
/// ```
/// use corridor::publish::compress::is_compressed_kind;
/// assert!(is_compressed_kind("jinshan-corridor-map-1_bg.wasm"));
/// assert!(!is_compressed_kind("icons/icon-192.png"));
/// assert!(!is_compressed_kind("index.html.gz"));
/// ```
pub fn is_compressed_kind(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| COMPRESSED_EXTENSIONS.contains(&ext))
}

/// gzip at level 9, with no file name or time in the header, so the same
/// input always gives the same bytes.
pub fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// Brotli at quality 11 with a 4 MiB window (the `brotli` command's
/// defaults).
pub fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        encoder.write_all(bytes)?;
        encoder.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_copies_give_back_the_file_and_are_smaller() {
        let text = "金山大道 Jinshan Avenue ".repeat(200);
        let gz = gzip(text.as_bytes()).expect("gzip");
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut back).expect("gunzip");
        assert_eq!(back, text);
        let br = brotli(text.as_bytes()).expect("brotli");
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096).read_to_string(&mut back).expect("unbrotli");
        assert_eq!(back, text);
        assert!(gz.len() < text.len() / 10 && br.len() < gz.len() + 16, "{} {} {}", text.len(), gz.len(), br.len());
        assert_eq!(gzip(text.as_bytes()).expect("again"), gz, "the same bytes each time");
    }
}
