#!/usr/bin/env run-cargo-script
//@ run-pass
//@ spec: 2.1 2.6
// Lexical forms: shebang, nested comments, raw and escaped strings, byte literals,
// Unicode identifiers and chars, integer bases and suffixes, tuple indices.
/* outer /* nested */ still comment */
fn main() {
    let café = 3;
    let π_ish = 314u32;
    let t = ((1, 2), (3, (4, 5)));
    println!("{} {} {}", café, π_ish, t.1.1.0);
    println!("{}", r"raw \n stays");
    println!("{}", r##"hashes "# inside"##);
    println!("{}", "esc: \t|\\|\"|\x41|\u{3bb}|\0end");
    println!("{} {} {}", b'a', b'\n', b'\x7f');
    println!("{} {} {} {}", 0xDEAD_BEEFu32, 0o755, 0b1111_0000u8, 1_000i64);
    println!("{}", 'ñ' as u32);
    let line = "continued \
                line";
    println!("{}", line);
}
