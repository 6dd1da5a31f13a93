//@ run-pass
//@ spec: 20.2
// `rest @ ..` binds the elements between a slice pattern's prefix and suffix: a slice
// behind a reference, an array (of the known count) by value or by reference.
fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [x, rest @ ..] => *x + sum(rest),
    }
}
fn main() {
    println!("{}", sum(&[1, 2, 3, 4]));
    let v = vec![10, 20, 30, 40, 50];
    if let [first, middle @ .., last] = v.as_slice() {
        println!("{} {:?} {}", first, middle, last);
    }
    if let [_, tail @ ..] = &v[3..] {
        println!("{:?}", tail);
    }
    let arr = [1u8, 2, 3, 4];
    let [p, q @ .., r] = arr;
    println!("{} {:?} {} {}", p, q, r, q.len());
    let [ref head @ .., _] = arr;
    println!("{:?}", head);
    let grid: &[[i64; 2]] = &[[1, 2], [3, 4], [5, 6]];
    if let [[a, b], rest @ .., [y, z]] = grid {
        println!("{} {} {:?} {} {}", a, b, rest, y, z);
    }
    let mut words = vec![String::from("a"), String::from("b"), String::from("c")];
    if let [w, rest @ ..] = words.as_mut_slice() {
        w.push('!');
        for r in rest {
            r.push('?');
        }
    }
    println!("{:?}", words);
}
