//@ run-pass
//@ spec: 20.13
// Lexical checker rejects: `add` (capturing `count` by reference) is in scope at `count += a`.
fn main() {
    let mut count = 1;
    let add = |n: i32| {
        let double = |m: i32| m * 2;
        double(n) + count
    };
    let a = add(5);
    count += a;
    println!("{}", count);
}
