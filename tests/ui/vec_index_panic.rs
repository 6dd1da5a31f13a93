//@ run-fail
//@ spec: 17.7
// Indexing a Vec past its length panics like indexing the slice it derefs to.
fn main() {
    let v: Vec<u8> = vec![4, 5, 6];
    let i = v.len() + 2;
    println!("{}", v[1]);
    println!("{}", v[i]);
}
