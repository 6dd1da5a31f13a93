//@ run-fail
//@ spec: 8.2
// `assert_eq!` and `assert_ne!` compare as `==` does, for strs, Strings against `&str`,
// derived types, Options, tuples, arrays and Vecs (they crashed the compiler), and report
// a mismatch with both values in `{:?}` form and the optional message. The operands are
// borrowed, not moved.
#[derive(Debug, PartialEq)]
struct P(i32);
fn main() {
    let s = "ab";
    assert_eq!(s, "ab");
    let st = String::from("ab");
    assert_eq!(st, "ab");
    assert_eq!(Some(P(3)), Some(P(3)));
    assert_eq!((1, 'a'), (1, 'a'));
    assert_eq!([1, 2], [1, 2]);
    let x = 5;
    assert_eq!(x, 5);
    assert_ne!(2.5, 3.0);
    let v = vec![String::from("a")];
    assert_eq!(v, vec![String::from("a")]);
    println!("all equal, {:?} and {} still usable", v, st);
    assert_eq!(vec![1, 2], vec![1, 3], "vectors differ at {}", 1);
}
