//@ compile-fail
//@ spec: 20.17
// NLL problem case #3: a reference returned on one path keeps the loan live on the other path
// too (its region is the caller's), so the push is rejected; Polonius would accept it.
fn get_or_insert(v: &mut Vec<i32>, key: i32) -> &mut i32 {
    if let Some(x) = v.iter_mut().find(|x| **x == key) {
        return x;
    }
    v.push(key); //~ ERROR E0499
    v.last_mut().unwrap() //~ ERROR E0499
}
fn main() {
    let mut v = vec![1, 2];
    *get_or_insert(&mut v, 3) += 10;
    println!("{:?}", v);
}
