//@ run-pass
//@ spec: 17.10
// split_at on arrays, slices and Vecs (by deref), at both ends and in the middle.
fn halves(s: &[i64]) -> (i64, i64) {
    let (l, r) = s.split_at(s.len() / 2);
    (l.iter().sum(), r.iter().sum())
}

fn main() {
    let a = [5_u8, 6, 7, 8, 9];
    let (l, r) = a.split_at(2);
    println!("{:?} {:?} {} {}", l, r, l.len(), r.len());
    println!("{:?} {:?}", a.split_at(0), a.split_at(5));
    let v: Vec<i64> = (1..=9).collect();
    println!("{:?}", halves(&v));
    let (x, y) = v[2..].split_at(3);
    println!("{:?} {:?} {:?}", x, y, x.first());
    let words = vec![String::from("a"), String::from("bc")];
    let (first, rest) = words.split_at(1);
    println!("{} {}", first[0], rest.len());
}
