//@ compile-fail
//@ spec: 2.6
// Brackets are checked before literals are parsed: with an unexpected `}`, the bad
// suffix on line 6 is never reported (rustc stops at the delimiter error).
fn main() {
    let x = 1sprK;
}
} //~ ERROR unexpected closing delimiter: `}`
