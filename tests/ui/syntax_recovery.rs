//@ compile-fail
//@ spec: 2.3 10.11
// One syntax error per block is reported, and parsing resumes at the next item, so
// independent errors in different functions are all found without cascades.
fn first() {
    let x = 5 +; //~ ERROR expected expression, found `;`
    let y = ;
    println!("{}", y);
}

fn second() -> i32 {
    let a = (1, 2 3); //~ ERROR expected one of
    3
}

struct S { a: i32 b: i32 } //~ ERROR found `b`

fn third() {
    let v = 1 2; //~ ERROR expected one of
    if v > { }
    let ok = 4;
}

fn main() {}
