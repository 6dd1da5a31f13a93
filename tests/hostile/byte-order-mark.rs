// A UTF-8 byte-order mark before the code is skipped.
//@ hostile-exit: 0
//@ hostile-first-line:
//@ hostile-run: bom
fn main() {
    println!("bom");
}
