//@ spec: 17.10
// Slice methods on arrays, slices and Vecs: sort, search, swap, reverse, windows,
// chunks, to_vec, fill, join.
fn main() {
    let mut arr = [5, 3, 9, 1, 7];
    arr.sort();
    println!("{:?} {} {}", arr, arr.contains(&9), arr.contains(&4));
    arr.swap(0, 4);
    arr.reverse();
    println!("{:?} first {:?} last {:?} get {:?}", arr, arr.first(), arr.last(), arr.get(9));
    let s: &[i32] = &arr[1..4];
    for w in s.windows(2) {
        print!("{:?} ", w);
    }
    println!();
    for c in [1, 2, 3, 4, 5].chunks(2) {
        print!("{:?} ", c);
    }
    println!();
    let mut v = s.to_vec();
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut names = vec!["delta", "alpha", "charlie", "bo"];
    names.sort_by_key(|n| n.len());
    println!("{:?} {}", names, names.join("/"));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{} {}", owned.join(", "), owned.concat());
    let mut zeros = [0u8; 4];
    zeros.fill(7);
    println!("{:?}", zeros);
    if let Some(last) = v.last_mut() {
        *last = 100;
    }
    println!("{:?}", v);
}
