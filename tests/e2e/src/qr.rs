//! Reading QR codes back from a picture (a PNG screenshot), as a phone
//! would, with the `rqrr` decoder.

/// The texts of every QR code `rqrr` finds in the PNG `bytes`.
pub fn decode_png(bytes: &[u8]) -> Result<Vec<String>, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| format!("not a PNG: {e}"))?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("the PNG is too large")?];
    let info = reader.next_frame(&mut buf).map_err(|e| format!("cannot read the PNG: {e}"))?;
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| -> u8 {
        let i = (y * w + x) * channels;
        let px = &buf[i..i + channels.min(3)];
        if px.len() == 3 {
            ((u32::from(px[0]) * 299 + u32::from(px[1]) * 587 + u32::from(px[2]) * 114) / 1000) as u8
        } else {
            px[0]
        }
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let mut found = Vec::new();
    for grid in img.detect_grids() {
        let (_, text) = grid.decode().map_err(|e| format!("a code was found but not read: {e:?}"))?;
        found.push(text);
    }
    Ok(found)
}
