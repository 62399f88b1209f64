//! `corridor::model::load` on its own, as a WebAssembly module, so that
//! `scripts/loader-bench.sh` can time it in V8 (through Node), the engine
//! of the phones' browsers, tier by tier: the app reads the data file in
//! its start-up, where V8 runs each function in its baseline tier
//! (Liftoff), compiled on first call, before the optimising tier takes
//! over.

use std::cell::RefCell;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Makes room for a file of `len` bytes and returns where to write it.
#[no_mangle]
pub extern "C" fn input(len: usize) -> *mut u8 {
    INPUT.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.clear();
        buf.resize(len, 0);
        buf.as_mut_ptr()
    })
}

/// Loads the file written at `input`: how many problems were found, or
/// `u32::MAX` when the file could not be read as a corridor at all.
#[no_mangle]
pub extern "C" fn load() -> u32 {
    INPUT.with(|buf| {
        let report = corridor::model::load(&buf.borrow());
        match report.corridor {
            Some(_) => u32::try_from(report.problems.len()).unwrap_or(u32::MAX - 1),
            None => u32::MAX,
        }
    })
}
