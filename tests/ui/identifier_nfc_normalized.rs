//@ run-pass
//@ spec: 2.7
// Identifiers are compared in NFC: each name below is used in another spelling of the
// same text (combining accent, Angstrom sign, Hangul jamo, marks in another order).
fn main() {
    let café = 5;
    println!("{}", café);
    let Å = 7;
    println!("{}", Å);
    let 가 = 1;
    println!("{}", 가);
    let ạ̇ = 2;
    println!("{}", ạ̇);
}
