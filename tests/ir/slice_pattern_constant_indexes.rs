//@ run-pass
//@ check-ir
//@ spec: 20.2
// The places a slice pattern binds: constant indexes from the start and from the end
// (`(*_1)[0 of 2]`, `(*_1)[-1 of 2]`), a slice's rest (`(*_1)[1:-1]`), an array's
// elements and rest (`_3[0 of 4]`, `_3[1:3]`), as rustc's MIR prints them.
fn ends(s: &[i32]) -> i32 {
    match s {
        [first, middle @ .., last] => first + last + middle.len() as i32,
        _ => 0,
    }
}
fn main() {
    let arr = [1, 2, 3, 4];
    let [a, rest @ .., d] = arr;
    println!("{} {:?} {} {}", a, rest, d, ends(&arr));
}
