//@ compile-fail
//@ spec: 2.6
// An unknown literal suffix is reported by the parser, as rustc does: only when the
// brackets balance (else the delimiter error alone), every one of them, at the whole
// literal, a width that no type has in its own words.
fn main() {
    let x = 1sprK; //~ ERROR invalid suffix `sprK` for number literal
    let y = 2.0foo; //~ ERROR invalid suffix `foo` for float literal
    let z = 0x1fu9; //~ ERROR invalid width `9` for integer literal
    let w = 1e5f3; //~ ERROR invalid width `3` for float literal
    println!("{} {} {} {}", x, y, z, w);
}
