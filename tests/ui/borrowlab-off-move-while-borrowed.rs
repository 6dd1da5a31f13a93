//@ compile-flags: --borrowck=off
//@ spec: 21.4, 21.4a
//@ asan-clean
//@ nll-rejects: E0505
// A String moved while borrowed (E0505 under NLL). A move copies the String's three
// words and leaves the old storage as it was, unused: under `--borrowck=off` the
// reference still reads the old words, which point to the bytes `t` now owns. Nothing is
// freed before the last read, so ASan has nothing to report. The output was checked
// against rustc with `&s` replaced by a `*const String` read after the move.
fn main() {
    let s = String::from("moved");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
